/**
 * Writes `lib/traces/address-keys.ts`: what the address screen looks for, chosen from the help
 * vocabulary by `addressKeys()`. Run after changing the vocabulary:
 *
 *   npx tsx scripts/address-keys.ts
 *
 * A unit test fails while the written keys differ from the vocabulary's.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addressKeys } from '../lib/traces/address-key-choice';

/** The module's text for the given keys, one line per initial letter. */
export function addressKeysModule(keys = addressKeys()): string {
  const lines = (list: readonly string[]) => {
    const byLetter = new Map<string, string[]>();
    for (const key of list) byLetter.set(key[0]!, [...(byLetter.get(key[0]!) ?? []), key]);
    return [...byLetter.values()].map((keys) => `    '${keys.join(' ')}',`).join('\n');
  };
  return `/**
 * What the address screen looks for, chosen from the help vocabulary by \`addressKeys()\`
 * (\`address-key-choice.ts\`). Written by \`npx tsx scripts/address-keys.ts\`: do not edit.
 */

/** Stems that begin a word, then words looked for whole; space-separated. */
export const ADDRESS_KEYS = {
  stems: [
${lines(keys.stems)}
  ]
    .join(' ')
    .split(' '),
  words: [
${lines(keys.words)}
  ]
    .join(' ')
    .split(' '),
};
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../lib/traces/address-keys.ts', import.meta.url), addressKeysModule());
}
