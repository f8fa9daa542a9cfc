import { useEffect, useRef } from 'preact/hooks';

/**
 * A ref for the field a look focuses when its window opens (so typing works at once); `ready`
 * runs once it is focused (select the amount, put the caret after the notes).
 */
export function useFocusOnOpen<T extends HTMLElement>(on: boolean | undefined, ready?: (el: T) => void) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (!on || !ref.current) return;
    ref.current.focus();
    ready?.(ref.current);
  }, [on]);
  return ref;
}
