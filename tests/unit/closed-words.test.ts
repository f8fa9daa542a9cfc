import { describe, expect, it } from 'vitest';
import { messagesEn, messagesFr } from '../../data/messages';
import { closedWords } from '../fixtures/closed-words';

describe('closedWords', () => {
  it.each<[string, string[]]>([
    ['Find help offline', ['help']],
    ['Quick exit: hide help', ['hide', 'help']],
    ['leave no trail, no traces', ['trail', 'traces']],
    ['Helpline for victims of abuse', ['helpline', 'victims', 'abuse']],
    ['Sortie rapide : masquer l’aide', ['masquer', 'aide']],
    ['Violence conjugale et abus', ['violence', 'abus']],
    ['comment s’échapper', ['s’échapper']],
    ['An offline directory and history cleanup', []],
    ['Tracks, tractor, helmet, aider-mémoire? hideous', ['aider']],
    ['shipped, abuseless', []],
  ])('%s → %j', (text, words) => {
    expect(closedWords(text)).toEqual(words);
  });

  it('finds none in the strings that describe a discreet look', () => {
    const lookKeys = (k: string) =>
      /^(calc|notes|conv|category_|unit_|decoy|decimals_|newCode|codeError_|disguise_(?!none)|saved$|resetNo$)/.test(
        k,
      );
    for (const catalog of [messagesEn, messagesFr])
      for (const [key, text] of Object.entries(catalog))
        if (lookKeys(key)) expect(closedWords(text), key).toEqual([]);
  });
});
