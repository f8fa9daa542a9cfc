/**
 * Writes `lib/traces/typo-guard.ts`: the real words (English and French dictionaries, folded as
 * `helpWords` folds text) that the search typo fixer would otherwise read as a help word
 * ("violin" → violent, "asphalt" → assault, "conjugate" → conjugal), or split as a French elision
 * typed without its apostrophe ("manger" is not "m'anger"). Run after changing the
 * vocabulary or the fixer's distances, on a machine with Debian's word lists (wamerican,
 * wbritish, wfrench):
 *
 *   npx tsx scripts/typo-guard.ts
 *
 * A unit test fails while the written words differ from these (skipped where the lists are missing).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LEXICON } from '../lib/traces/help-lexicon';
import { elisionSplit, phraseWords, singularIn, vocabularyTypoTargets } from '../lib/traces/help-topic';
import { createTypoFixer } from '../lib/traces/help-typos';
import { helpWords } from '../lib/traces/help-words';
import { buildWordFilter, RANGE_BITS, RICE_BITS } from '../lib/traces/word-filter';

export const DICTIONARIES = ['american-english', 'british-english', 'french'].map(
  (name) => `/usr/share/dict/${name}`,
);

export const dictionariesPresent = () => DICTIONARIES.every((path) => existsSync(path));

/** The dictionary words the fixer would correct or split, sorted. */
export function typoGuard(): string[] {
  const phrases = Object.values(LEXICON).flatMap((list: readonly string[]) => list.map(phraseWords));
  const vocab = new Set(phrases.flat());
  const fix = createTypoFixer(vocabularyTypoTargets(phrases), []);
  const guard = new Set<string>();
  for (const path of DICTIONARIES) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      for (const word of helpWords(line, 1000)) {
        // The classifier corrects a word only after reading it as the vocabulary's singular.
        if (vocab.has(singularIn(vocab, word))) continue;
        if (fix(word) !== undefined || elisionSplit(word, vocab) !== undefined) guard.add(word);
      }
    }
  }
  return [...guard].sort();
}

/** The module's text for the given words: their filter, 76 characters a line. */
export function typoGuardModule(words = typoGuard()): string {
  const lines = buildWordFilter(words).match(/.{1,76}/g) ?? [];
  return `/**
 * Real words (English and French dictionaries) a misspelt help word could be taken for, as a
 * word filter (\`word-filter.ts\`): the search typo fixer never corrects them. ${words.length} words,
 * a Golomb-coded set of their hashes in 2^${RANGE_BITS} with ${RICE_BITS}-bit remainders.
 * Written by \`npx tsx scripts/typo-guard.ts\`: do not edit.
 */
export const TYPO_GUARD = [
${lines.map((line) => `  '${line}',`).join('\n')}
].join('');
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../lib/traces/typo-guard.ts', import.meta.url), typoGuardModule());
}
