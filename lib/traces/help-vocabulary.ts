/**
 * The help vocabulary compiled (`vocabulary-form.ts`). Here it is compiled from the phrases when
 * this module loads, as tests and scripts do; the extension's build replaces this module with the
 * value it computes in Node (`wxt.config.ts`), so the background script ships the compiled form
 * and neither the phrase lists nor their compiler, and a woken worker only reads it.
 */

import { LEXICON } from './help-lexicon';
import { phraseWords } from './phrase-words';
import { compileVocabulary, type VocabularyForm } from './vocabulary-form';

export const VOCABULARY: VocabularyForm = compileVocabulary(LEXICON, phraseWords);

/** The module the build writes in this one's place. */
export const vocabularyModule = (form: VocabularyForm = VOCABULARY): string =>
  `export const VOCABULARY = ${JSON.stringify(form)};\n`;
