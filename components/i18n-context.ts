/** Components read translated strings through this context, so they stay free of `browser.*`. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { MessageKey } from '../data/messages';

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export const I18nContext = createContext<Translate>((key) => key);

export const useT = (): Translate => useContext(I18nContext);
