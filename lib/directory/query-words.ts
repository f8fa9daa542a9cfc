/**
 * The words of a query as the situation layer reads them: normalised like the search (case,
 * accents), but French elisions and English clitics split (`m'a frappée` → `m a frappee`, `jai` →
 * `j ai`, `he'll` → `he ll`) and negations kept whole (`don't` → `dont`), so phrase patterns can see
 * who does what.
 */
import { APOSTROPHE_CHARS } from '../web-address';
import { normalize } from './normalize';

/** Longest text read, as in `prepareQuery`: a huge paste cannot freeze the popup. */
const MAX_CHARS = 400;
const MAX_WORDS = 40;

/** French words that elide before a vowel: `l'`, `m'`, `j'`, `qu'`… */
const ELIDED = new Set(['l', 'm', 't', 's', 'j', 'd', 'n', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu']);

/** English endings after an apostrophe that stand for a word of their own. */
const CLITICS = new Set(['ll', 're', 've', 'd', 'm', 's']);

/** Spellings typed without the apostrophe or in speech-like Canadian French, as the words they stand for. */
const EXPANSIONS: Readonly<Record<string, string>> = {
  jai: 'j ai',
  jsuis: 'je suis',
  chu: 'je suis',
  jme: 'je me',
  jle: 'je le',
  jla: 'je la',
  mas: 'm as',
  mont: 'm ont',
  cest: 'c est',
  jetais: 'j etais',
  jpeux: 'je peux',
  jveux: 'je veux',
  jsais: 'je sais',
  lai: 'l ai',
  quil: 'qu il',
  quelle: 'qu elle',
  im: 'i m',
  ive: 'i ve',
};

/**
 * Splits raw input into normalised words. French elisions and English clitics become two words;
 * negations stay one (`dont`, `cant`); known apostrophe-less spellings are expanded.
 */
export function queryWords(raw: string): string[] {
  let text = raw.slice(0, MAX_CHARS);
  for (const ch of APOSTROPHE_CHARS) text = text.split(ch).join("'");
  const out: string[] = [];
  for (const piece of text.split(/[^\p{L}\p{N}']+/u)) {
    if (!piece) continue;
    const parts = piece.split("'").filter(Boolean);
    const head = normalize(parts[0] ?? '');
    const tail = normalize(parts.slice(1).join(''));
    // French elisions and English `'ll 're 've 'd 'm 's` split; `n't` stays whole (`dont`).
    const split = parts.length > 1 && (ELIDED.has(head) || CLITICS.has(tail));
    const words = split ? [head, tail] : [normalize(parts.join(''))];
    for (const w of words) {
      if (!w) continue;
      // Own entries only: "constructor" is a word someone may type, not the object's function.
      const expanded = Object.hasOwn(EXPANSIONS, w) ? EXPANSIONS[w] : undefined;
      if (expanded) out.push(...expanded.split(' '));
      else out.push(w);
    }
  }
  return out.slice(0, MAX_WORDS);
}

/**
 * Edit distance with transpositions (optimal string alignment), giving up past `max`: returns
 * `max + 1` as soon as the distance must exceed it.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}
