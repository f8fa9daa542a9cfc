import type { ComponentChildren } from 'preact';

interface Props {
  children: ComponentChildren;
  /** Called when ArrowUp leaves the first result: focus goes back to the search field. */
  onLeaveTop: () => void;
}

const cards = (root: HTMLElement) => [...root.querySelectorAll<HTMLElement>('li.card')];

/**
 * Keyboard movement through every result card inside it: ArrowDown/ArrowUp, Home/End; Enter on a
 * focused card takes its first action (call, text, chat or website).
 */
export function ResultsNav({ children, onLeaveTop }: Props) {
  const onKeyDown = (e: KeyboardEvent) => {
    const root = e.currentTarget as HTMLElement;
    const card = (e.target as HTMLElement).closest<HTMLElement>('li.card');
    if (!card) return;
    const list = cards(root);
    const i = list.indexOf(card);
    let next: HTMLElement | undefined;
    if (e.key === 'ArrowDown') next = list[i + 1];
    else if (e.key === 'ArrowUp') {
      if (i === 0) {
        e.preventDefault();
        onLeaveTop();
        return;
      }
      next = list[i - 1];
    } else if (e.key === 'Home') next = list[0];
    else if (e.key === 'End') next = list[list.length - 1];
    else if (e.key === 'Enter' && e.target === card) {
      e.preventDefault();
      card.querySelector<HTMLElement>('[data-action]')?.click();
      return;
    } else return;
    e.preventDefault();
    next?.focus();
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates arrow keys for the cards inside.
    <div class="results" onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

/** Focuses the first result card inside `root`, if any. */
export function focusFirstCard(root: HTMLElement | null): void {
  if (root) cards(root)[0]?.focus();
}
