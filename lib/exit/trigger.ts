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

/** Allowed ranges, for the options form (`parseTrigger` spells them out to stay small). */
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
  /** True when `key` names a modifier that is down (`Shift` on Shift's own keydown). */
  getModifierState(key: string): boolean;
}

const inRange = (v: unknown, lo: number, hi: number): v is number =>
  Number.isInteger(v) && (v as number) >= lo && (v as number) <= hi;

/** Reads a trigger from untrusted input, keeping each valid field and defaulting the rest. */
export function parseTrigger(raw: unknown): TriggerConfig {
  const r = Object(raw) as Partial<TriggerConfig>;
  return {
    // Only a string: `['Alt']` or an object with a `toString` would pass the test as text.
    key: typeof r.key === 'string' && TRIGGER_KEY_RE.test(r.key) ? r.key : DEFAULT_TRIGGER.key,
    presses: inRange(r.presses, 2, 5) ? r.presses : DEFAULT_TRIGGER.presses,
    windowMs: inRange(r.windowMs, 500, 3000) ? r.windowMs : DEFAULT_TRIGGER.windowMs,
  };
}

/** What a key event means for the exit (a const enum: the bundler inlines the numbers). */
export enum Signal {
  None = 0,
  /** The last press went down: hide now, in this event, before anything else can paint. */
  Arm = 1,
  /** That press came back up alone: leave. */
  Fire = 2,
  /** Another key joined it (a capital being typed): show the page again, nothing happened. */
  Disarm = 3,
}

/**
 * Returns a function to call with each keydown and keyup; `config` is read live. A press counts when the key goes down
 * and comes back up with nothing else pressed in between, so Shift held to type a capital never
 * counts, and any other key starts over. The last press arms on keydown (the page hides at once)
 * and fires on keyup; if another key comes first, it disarms.
 */
export function createTrigger(config: Readonly<TriggerConfig>): (e: KeyInput) => Signal {
  let count = 0;
  let last = 0;
  let pendingAt = -1;
  let armed = false;
  // Another modifier held with the key (Ctrl+Shift, Shift+Escape) is a shortcut, not a press.
  // A modifier key's own flag is set on its keydown, so it may hold one modifier: itself.
  const chord = (e: KeyInput, key: string) =>
    +e.shiftKey + +e.ctrlKey + +e.altKey + +e.metaKey > +e.getModifierState(key);

  return (e) => {
    // Read on every event: the caller may update `config` in place when settings change, and a
    // count under way is kept (settings arrive while a page loads; early presses must count).
    const { key, presses, windowMs } = config;
    if (e.type === 'keyup') {
      const at = e.key === key ? pendingAt : -1;
      pendingAt = -1;
      if (at < 0) {
        // Another key let go while armed cancels the press: the page must come back.
        if (!armed) return Signal.None;
        armed = false;
        count = 0;
        return Signal.Disarm;
      }
      if (armed) {
        armed = false;
        count = 0;
        return Signal.Fire;
      }
      count++;
      last = at;
      return Signal.None;
    }
    if (e.repeat) return Signal.None;
    if (e.key !== key || chord(e, key)) {
      const was = armed;
      armed = false;
      count = 0;
      pendingAt = -1;
      return was ? Signal.Disarm : Signal.None;
    }
    if (e.timeStamp - last > windowMs) count = 0;
    pendingAt = e.timeStamp;
    // Armed before but not now (the last keyup never came): show the page again.
    const was = armed;
    armed = count + 1 >= presses;
    return armed ? Signal.Arm : was ? Signal.Disarm : Signal.None;
  };
}
