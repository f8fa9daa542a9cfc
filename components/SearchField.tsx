import type { Ref } from 'preact';
import { useT } from './i18n-context';

interface Props {
  value: string;
  inputRef: Ref<HTMLInputElement>;
  onInput: (value: string) => void;
  onArrowDown: () => void;
}

/** The search box: focused on open, `type="search"`, labelled for screen readers. */
export function SearchField({ value, inputRef, onInput, onArrowDown }: Props) {
  const t = useT();
  return (
    <div class="search">
      <label for="q" class="visually-hidden">
        {t('searchLabel')}
      </label>
      <input
        id="q"
        ref={inputRef}
        type="search"
        value={value}
        placeholder={t('searchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        maxLength={10000}
        // biome-ignore lint/a11y/noAutofocus: the popup exists to search; focus on open is expected.
        autoFocus
        onInput={(e) => onInput(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            onArrowDown();
          }
        }}
      />
    </div>
  );
}
