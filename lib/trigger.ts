/**
 * The panic key sequence as a pure state machine. The content script feeds it every keydown and
 * keyup; it answers `true` on the keydown that completes the sequence. Kept tiny: it is bundled
 * into the content script that runs in every frame.
 */

export interface TriggerConfig {
  /** `KeyboardEvent.key` of the key to press: `Shift`, `Escape`, `F2`… */
  key: string;
  /** How many presses in a row (2–5). */
  presses: number;
  /** Longest gap between two presses, in ms (500–3000). */
  windowMs: number;
}

export const DEFAULT_TRIGGER: TriggerConfig = { key: 'Shift', presses: 3, windowMs: 2000 };

/** Keys a person may choose: ones that are rarely pressed on their own many times in a row. */
export const TRIGGER_KEYS = [
  'Shift',
  'Control',
  'Alt',
  'Escape',
  'F1',
  'F2',
  'F3',
  'F4',
  'F5',
  'F6',
  'F7',
  'F8',
  'F9',
  'F10',
  'F11',
  'F12',
] as const;
const TRIGGER_KEY_RE = /^(?:Shift|Control|Alt|Escape|F[1-9]|F1[0-2])$/;

export const PRESSES_RANGE = [2, 5] as const;
export const WINDOW_RANGE = [500, 3000] as const;

/** The parts of a `KeyboardEvent` the trigger reads (`type` is `keydown` or `keyup`). */
export interface KeyInput {
  type: string;
  key: string;
  repeat: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  timeStamp: number;
}

const inRange = (v: unknown, [lo, hi]: readonly [number, number]): v is number =>
  Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

/** Reads a trigger from untrusted input, keeping each valid field and defaulting the rest. */
export function parseTrigger(raw: unknown): TriggerConfig {
  const r = Object(raw) as Partial<TriggerConfig>;
  return {
    key: typeof r.key === 'string' && TRIGGER_KEY_RE.test(r.key) ? r.key : DEFAULT_TRIGGER.key,
    presses: inRange(r.presses, PRESSES_RANGE) ? r.presses : DEFAULT_TRIGGER.presses,
    windowMs: inRange(r.windowMs, WINDOW_RANGE) ? r.windowMs : DEFAULT_TRIGGER.windowMs,
  };
}

/**
 * Returns a function to call with each keydown and keyup; it returns `true` when the sequence
 * completes. A press counts when the key goes down and comes back up with nothing else pressed
 * in between (so Shift held to type a capital never counts); any other key starts over. The
 * final press fires on keydown, for speed.
 */
export function createTrigger({ key, presses, windowMs }: TriggerConfig): (e: KeyInput) => boolean {
  let count = 0;
  let last = 0;
  let pendingAt = -1;
  // Another modifier held with the key (Ctrl+Shift, Shift+Escape) is a shortcut, not a press.
  const chord = (e: KeyInput) =>
    (e.shiftKey && key !== 'Shift') ||
    (e.ctrlKey && key !== 'Control') ||
    (e.altKey && key !== 'Alt') ||
    e.metaKey;

  return (e) => {
    if (e.type === 'keyup') {
      if (e.key === key && pendingAt >= 0) {
        count++;
        last = pendingAt;
      }
      pendingAt = -1;
      return false;
    }
    if (e.repeat) return false;
    if (e.key !== key || chord(e)) {
      count = 0;
      pendingAt = -1;
      return false;
    }
    if (e.timeStamp - last > windowMs) count = 0;
    pendingAt = count + 1 < presses ? e.timeStamp : -1;
    if (pendingAt >= 0) return false;
    count = 0;
    return true;
  };
}
