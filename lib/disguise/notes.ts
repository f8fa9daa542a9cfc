/**
 * The notepad look: the person's notes, kept in `storage.local` under their own key (`notes`),
 * apart from Waypoint's settings so a settings reset never touches them. Pure: reading stored
 * notes, and taking the code out of the text when it is typed on a line of its own.
 */

/** `storage.local` key of the notepad's text. */
export const NOTES_KEY = 'notes';

/** Longest text kept (characters): a notepad, not a file store. */
export const MAX_NOTES = 100_000;

/** The stored notes as text: anything that is not a string reads as no notes. */
export function parseNotes(raw: unknown): string {
  return typeof raw === 'string' ? raw.slice(0, MAX_NOTES) : '';
}

export interface CodeLine {
  /** The text without the code's line. */
  text: string;
  /** Where the caret goes: where the line was. */
  caret: number;
}

/**
 * When Enter is pressed at the end of a line that is exactly the code, returns the text without
 * that line; otherwise `null` (Enter then just starts a new line, and nothing else happens).
 */
export function takeCodeLine(
  text: string,
  caret: number,
  isCode: (line: string) => boolean,
): CodeLine | null {
  const end = text.indexOf('\n', caret);
  const lineEnd = end === -1 ? text.length : end;
  if (text.slice(caret, lineEnd).trim()) return null;
  const lineStart = text.lastIndexOf('\n', caret - 1) + 1;
  if (!isCode(text.slice(lineStart, caret))) return null;
  // Drop the line and one of the line breaks around it.
  const before = text.slice(0, lineStart);
  const after = text.slice(end === -1 ? lineEnd : lineEnd + 1);
  const joined = end === -1 && before.endsWith('\n') ? before.slice(0, -1) + after : before + after;
  return { text: joined, caret: Math.min(lineStart, joined.length) };
}
