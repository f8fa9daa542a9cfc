/**
 * What a worker woken for one visit builds. The vocabulary and the address screen cost tens of
 * milliseconds to compile; a listed site's visit needs neither, and a few unlisted addresses
 * are read in full rather than paying for the screen (which pays off over a sweep).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';

const built = vi.hoisted(() => ({ screens: 0, vocabularies: 0 }));

vi.mock('../../../lib/traces/address-screen', async (original) => {
  const real = await original<typeof import('../../../lib/traces/address-screen')>();
  return {
    ...real,
    createAddressScreen: (...args: Parameters<typeof real.createAddressScreen>) => {
      built.screens++;
      return real.createAddressScreen(...args);
    },
  };
});

vi.mock('../../../lib/traces/help-topic', async (original) => {
  const real = await original<typeof import('../../../lib/traces/help-topic')>();
  return {
    ...real,
    createTopicReaders: (...args: Parameters<typeof real.createTopicReaders>) => {
      built.vocabularies++;
      return real.createTopicReaders(...args);
    },
  };
});

const { createMatcher } = await import('../../../lib/traces/url-matcher');

const matcher = () =>
  createMatcher({ rules: [{ type: 'domain', domain: 'sheltersafe.ca' }], resourceNames: ['Interval House'] });

describe('a matcher built when the worker wakes', () => {
  beforeEach(() => {
    built.vocabularies = 0;
  });

  it('judges a listed site without compiling the vocabulary', () => {
    const m = matcher();
    expect(m.classify('https://sheltersafe.ca/find', 'Find a shelter near you')).toBe('site');
    expect(m.classify('https://www.sheltersafe.ca/')).toBe('site');
    expect(built.vocabularies).toBe(0);
  });

  it('compiles the vocabulary once, on the first text it has to read', () => {
    const m = matcher();
    expect(m.classify('https://news.test/a', 'Shelters for women leaving domestic violence')).toBe('page');
    expect(m.classify('https://www.google.com/search?q=interval+house+toronto')).toBe('search');
    expect(m.isHelpQuery('recipes for lentil soup')).toBe(false);
    expect(built.vocabularies).toBe(1);
  });

  it('reads its first addresses in full and builds the address screen only for a sweep', () => {
    const m = matcher();
    for (let i = 0; i < 32; i++) m.classify(`https://example.org/page/${i}`);
    expect(built.screens).toBe(0);
    for (let i = 0; i < 100; i++) m.classify(`https://example.org/more/${i}`);
    expect(built.screens).toBe(1);
    // Built once per background, kept when the matcher is rebuilt (the person's own sites changed).
    const again = matcher();
    again.classify('https://example.org/other');
    expect(built.screens).toBe(1);
    expect(again.classify('https://example.org/help/domestic-violence/shelters')).toBe('page');
  });
});
