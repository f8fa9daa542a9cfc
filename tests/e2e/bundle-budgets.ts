import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Size budgets of the built extension (KB = 1024 bytes), shared by the Chromium and Firefox tests. */

/** The popup's scripts before its first paint: no more than before the directory grew (issue 13). */
export const POPUP_FIRST_PAINT_BUDGET = 127 * 1024;

/**
 * The background script: the cleaner, the exit and the messages, without the directory.
 * Issue 13 asked for 40 KB once the directory left the background (it has: 53 KB went). Issue 11
 * then brought the vocabulary that recognises help pages and searches no list names: about
 * 64 KB of words, site rules, names and typo guard (`lib/traces/help-lexicon.ts` 33 KB,
 * `data/help-site-list.ts` 13 KB, `data/help-search-names.ts` 9 KB, the real words typo
 * correction leaves alone 4.5 KB, the generated address keys 3 KB), which is what reading
 * unlisted pages costs; each listed organisation adds about 25 bytes. The list then grew from
 * about 560 to about 910 organisations' own sites (9 KB), and the vocabulary with the sixth search
 * set's families, then to about 1,010 sites, the inventory of acts (with French tenses generated from
 * the verbs, and the acts turned to the third person for someone close), the families found by our
 * own look-alikes, money, devices and other forms of control, consent in a couple, and the typo
 * guard's words near the new vocabulary: about 162 KB; then about 1,230 sites and 125 more organisations'
 * names searched for (about 171 KB). The vocabulary then shipped compiled at build time
 * (`lib/traces/vocabulary-form.ts`: its words and minimised trie, about 58 KB, in place of the
 * phrase lists and their compiler): about 169 KB; the families from a fourth page set and a tenth
 * search set, the words both languages spell alike and a probe of common phrasings (devices named as
 * people name them, French control, money, images, trackers): about 178 KiB; with the eleventh set's
 * families (partner killings in the news, harm told in the third person, reproductive and sexual
 * coercion, passwords, money withheld) and the elisions' dictionary guard, about 188 KiB; with the
 * twelfth set's (gaslighting, drugging, consent when drunk, debts in one's name, orders broken, the
 * other parent named as a partner, homeless shelters), about 195 KiB; with the thirteenth set's (a
 * partner hitting one's child, a way out barred, pay taken, threats over papers, the field's French
 * terms), about 200.5 KiB, so the budget went from 200 to 210 KiB (a woken worker: 86 ms for a
 * listed site, 175 ms for a page known by its title, on a machine where the last stop measured 77
 * and 128 ms). Writing each trie node's words as steps from the one before (a sixth of the
 * vocabulary's string) then brought it to about 190 KiB, and the budget back to 200 KiB; the
 * fourteenth and fifteenth sets' families took it near 200 KiB again, and front-coding the words in
 * alphabetical order (each word's shared start with the one before, as a letter: half their string)
 * brought it to about 191 KiB. This budget
 * holds that with some room for the list and the vocabulary to keep growing; the 40 KB bar is missed, knowingly (issue 13 is blocked on it), and
 * reported in the README. What the size costs is what a woken worker does with it, measured in
 * `bench/cleaning.ts` (visit → entry gone with the worker stopped first): since the vocabulary is
 * compiled only when a text must be read, a listed site's visit is judged from the site rules
 * alone (about 70–80 ms, against 150 ms when the budget was 120 KB and every wake compiled it; an
 * unlisted page known by its title about 105 ms since the vocabulary is compiled at build time,
 * against a 5 s bar).
 */
export const BACKGROUND_BUDGET = 200 * 1024;

/**
 * Whether the background still reads the directory for resource names (until a curated names
 * module replaces it in `platform/trace-matcher.ts`); the background budget applies once it doesn't.
 */
export function backgroundLoadsDirectory(root: string): boolean {
  return readFileSync(resolve(root, 'platform/trace-matcher.ts'), 'utf8').includes('data/directory');
}
