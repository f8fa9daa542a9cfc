import { takeCodeLine } from '../../lib/disguise/notes';
import { useT } from '../i18n-context';
import type { DecoyProps } from './decoy-props';
import { useFocusOnOpen } from './focus-on-open';

interface Props extends DecoyProps {
  text: string;
  onText: (text: string) => void;
  /** Show that the notes are kept (they are saved as they are typed). */
  saved?: boolean;
}

/**
 * A notepad whose text the page keeps. Enter at the end of a line that is exactly the code takes
 * that line out and calls `onUnlock`; any other Enter just starts a new line.
 */
export function Notepad({ text, onText, isCode, onUnlock, autoFocus, saved }: Props) {
  const t = useT();
  const area = useFocusOnOpen<HTMLTextAreaElement>(autoFocus, (el) =>
    el.setSelectionRange(el.value.length, el.value.length),
  );
  return (
    <div class="notes">
      <label for="notes-text" class="notes-label">
        {t('notesLabel')}
      </label>
      <textarea
        id="notes-text"
        ref={area}
        value={text}
        rows={10}
        spellcheck
        placeholder={t('notesPlaceholder')}
        onInput={(e) => onText(e.currentTarget.value)}
        onKeyDown={(e) => {
          const el = e.currentTarget;
          if (e.key !== 'Enter' || e.shiftKey || e.ctrlKey || e.altKey || e.metaKey || e.isComposing) return;
          if (el.selectionStart !== el.selectionEnd) return;
          const taken = takeCodeLine(el.value, el.selectionStart, isCode);
          if (!taken) return;
          e.preventDefault();
          el.value = taken.text;
          el.setSelectionRange(taken.caret, taken.caret);
          onText(taken.text);
          onUnlock();
        }}
      />
      <p class="muted notes-status" aria-live="polite">
        {saved ? t('notesSaved') : ''}
      </p>
    </div>
  );
}
