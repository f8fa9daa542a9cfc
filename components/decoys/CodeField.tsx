import type { MessageKey } from '../../data/messages';
import { CODE_DIGITS, CODE_WORD, type CodeError, type CodeKind } from '../../lib/disguise/code';
import { useT } from '../i18n-context';

interface Props {
  id: string;
  label: string;
  kind: CodeKind;
  value: string;
  error: CodeError | null;
  onInput: (value: string) => void;
}

/** A code field: plain text (a password field would invite the browser to save it), with its error. */
export function CodeField({ id, label, kind, value, error, onInput }: Props) {
  const t = useT();
  const { min, max } = kind === 'digits' ? CODE_DIGITS : CODE_WORD;
  const bound = error === 'too-short' ? min : max;
  return (
    <>
      <label for={id}>
        {label}
        <input
          id={id}
          type="text"
          inputMode={kind === 'digits' ? 'numeric' : 'text'}
          autocomplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => onInput(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p id={`${id}-error`} class="error">
          {t(`codeError_${error}` as MessageKey, bound)}
        </p>
      )}
    </>
  );
}
