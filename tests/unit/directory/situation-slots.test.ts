/**
 * Patterns whose alternatives were whole phrases ("pin code", "no one", "carte bancaire") were
 * written as one slot each and so could never match as meant: a slot holds one word. Each phrase
 * here reads as the situation it names; and the situations added after the third query set's first
 * figure (neighbours overheard, money asked for or owed), each with phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { analyzeQuery } from '../../../lib/directory/intent';

const read = (q: string, lang: 'en' | 'fr') => analyzeQuery(q, lang);

describe('phrases that were split across slots', () => {
  it.each([
    ['he wants my pin code', 'en', 'tech-safety'],
    ['she made me tell her my pin number', 'en', 'tech-safety'],
    ['scared to tell anyone', 'en', 'general'],
    ['nobody believes me', 'en', 'general'],
    ['program for abusers near me', 'en', 'used-violence'],
    ['rapport sexuel forcé par mon mari', 'fr', 'sexual'],
    ['je suis bispirituelle', 'fr', 'lgbtq2s'],
    ['violence envers les hommes', 'fr', 'male-victim'],
    ['il menace de se suicider si je pars', 'fr', 'general'],
    ['il a pris ma carte bancaire', 'fr', 'financial'],
    ['garde partagée avec un ex violent', 'fr', 'children'],
    ['il exige que je réponde immédiatement', 'fr', 'coercive-control'],
  ] as const)('%j (%s) reads %s', (q, lang, situation) => {
    expect([...read(q, lang).situations.keys()]).toContain(situation);
  });
});

describe('neighbours overheard, and money asked for or owed', () => {
  it.each([
    ['i can hear the neighbors screaming again', 'en'],
    ['do i call the cops on my neighbour', 'en'],
    ['mes voisins se disputent tous les soirs', 'fr'],
    ['des cris chez mes voisins', 'fr'],
  ] as const)('%j (%s) → supporter', (q, lang) => {
    expect(read(q, lang).speaker).toBe('supporter');
  });
  it.each([
    ['my neighbour is a nurse', 'en'],
    ['bruit des voisins la nuit', 'fr'],
  ] as const)('%j (%s) is not a supporter', (q, lang) => {
    expect(read(q, lang).speaker).not.toBe('supporter');
  });
  it.each([
    ['he keeps my bank details', 'en'],
    ['she says i owe her for everything', 'en'],
    ['je dois mendier pour avoir de l argent', 'fr'],
  ] as const)('%j (%s) reads financial', (q, lang) => {
    expect([...read(q, lang).situations.keys()]).toContain('financial');
  });
});
