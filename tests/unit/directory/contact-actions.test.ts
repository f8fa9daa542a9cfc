import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES as RESOURCES } from '../../../data/directory/index';
import {
  type Action,
  actionsFor,
  copyableNumber,
  smsHref,
  telHref,
} from '../../../lib/directory/contact-actions';
import type { Resource } from '../../../lib/directory/resource-schema';

const byId = (id: string): Resource => {
  const r = RESOURCES.find((x) => x.id === id);
  if (!r) throw new Error(`no resource ${id}`);
  return r;
};

const base: Resource = {
  id: 'test-line',
  name: 'Test line',
  kind: 'hotline',
  description: { en: 'A line for tests.' },
  audiences: ['anyone'],
  regions: ['CA'],
  languages: ['en'],
};

describe('telHref and smsHref', () => {
  it.each<[string, string]>([
    ['+18668630511', 'tel:+18668630511'],
    ['988', 'tel:988'],
    ['911', 'tel:911'],
  ])('tel for %s', (number, href) => {
    expect(telHref(number)).toBe(href);
  });

  it.each<[string, string | undefined, string]>([
    ['686868', 'CONNECT', 'sms:686868?body=CONNECT'],
    ['741741', undefined, 'sms:741741'],
    ['741741', '', 'sms:741741'],
    ['88788', 'START NOW', 'sms:88788?body=START%20NOW'],
    ['88788', 'A&B=C', 'sms:88788?body=A%26B%3DC'],
  ])('sms for %s with %j', (number, keyword, href) => {
    expect(smsHref(number, keyword)).toBe(href);
  });
});

describe('actionsFor', () => {
  it.each<[string, Action[]]>([
    [
      'assaulted-womens-helpline',
      [
        { type: 'call', href: 'tel:+18668630511', number: '+18668630511', display: '1-866-863-0511' },
        { type: 'tty', href: 'tel:+18668637868', number: '+18668637868', display: '1-866-863-7868' },
        { type: 'website', href: 'https://www.awhl.org/' },
      ],
    ],
    [
      'kids-help-phone',
      [
        { type: 'call', href: 'tel:+18006686868', number: '+18006686868', display: '1-800-668-6868' },
        {
          type: 'text',
          href: 'sms:686868?body=CONNECT',
          number: '686868',
          display: '686868',
          keyword: 'CONNECT',
          lang: 'en',
        },
        { type: 'website', href: 'https://kidshelpphone.ca/' },
      ],
    ],
    [
      'us-national-dv-hotline',
      [
        { type: 'call', href: 'tel:+18007997233', number: '+18007997233', display: '1-800-799-7233' },
        {
          type: 'text',
          href: 'sms:88788?body=START',
          number: '88788',
          display: '88788',
          keyword: 'START',
          lang: 'en',
        },
        { type: 'tty', href: 'tel:+18007873224', number: '+18007873224', display: '1-800-787-3224' },
        { type: 'website', href: 'https://www.thehotline.org/' },
      ],
    ],
  ])('%s: call, text, TTY, website, in that order', (id, expected) => {
    expect(actionsFor(byId(id))).toEqual(expected);
  });

  it('puts every kind of action in the documented order', () => {
    const r: Resource = {
      ...base,
      website: 'https://line.example/',
      contacts: {
        chatUrl: 'https://line.example/chat',
        tty: [{ number: '+15555550102', display: '555-555-0102' }],
        text: [{ number: '741741', display: '741741' }],
        phone: [
          { number: '+15555550100', display: '555-555-0100' },
          { number: '911', display: '911' },
        ],
      },
    };
    expect(actionsFor(r)).toEqual([
      { type: 'call', href: 'tel:+15555550100', number: '+15555550100', display: '555-555-0100' },
      { type: 'call', href: 'tel:911', number: '911', display: '911' },
      { type: 'text', href: 'sms:741741', number: '741741', display: '741741' },
      { type: 'tty', href: 'tel:+15555550102', number: '+15555550102', display: '555-555-0102' },
      { type: 'chat', href: 'https://line.example/chat' },
      { type: 'website', href: 'https://line.example/' },
    ]);
  });

  it.each<[string, Resource, Action[]]>([
    ['no contacts and no website', base, []],
    [
      'only a website',
      { ...base, website: 'https://x.example/' },
      [{ type: 'website', href: 'https://x.example/' }],
    ],
    [
      'only a chat',
      { ...base, contacts: { chatUrl: 'https://x.example/chat' } },
      [{ type: 'chat', href: 'https://x.example/chat' }],
    ],
    ['empty contact lists', { ...base, contacts: { phone: [], text: [], tty: [] } }, []],
  ])('%s', (_, r, expected) => {
    expect(actionsFor(r)).toEqual(expected);
  });

  it('gives every crisis line in the data at least one action, all with a usable link', () => {
    for (const r of RESOURCES.filter((x) => x.crisis)) {
      const actions = actionsFor(r);
      expect(actions.length, r.id).toBeGreaterThan(0);
      for (const a of actions)
        expect(a.href, r.id).toMatch(/^(?:tel:\+?\d+|sms:\+?\d+(?:\?body=\w+)?|https:\/\/)/);
    }
  });
});

describe('copyableNumber', () => {
  it.each<[string, Resource, string | undefined]>([
    ['the first phone line', byId('assaulted-womens-helpline'), '1-866-863-0511'],
    ['the phone before the text line', byId('kids-help-phone'), '1-800-668-6868'],
    [
      'the text line when there is no phone',
      { ...base, contacts: { text: [{ number: '741741', display: '741741', keyword: 'HOME' }] } },
      '741741',
    ],
    [
      'never the TTY line',
      { ...base, contacts: { tty: [{ number: '+15555550102', display: '555-555-0102' }] } },
      undefined,
    ],
    ['nothing without contacts', base, undefined],
    ['nothing with only a chat', { ...base, contacts: { chatUrl: 'https://x.example/chat' } }, undefined],
  ])('%s', (_, r, expected) => {
    expect(copyableNumber(r)).toBe(expected);
  });
});
