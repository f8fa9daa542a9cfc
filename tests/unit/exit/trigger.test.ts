import { describe, expect, it } from 'vitest';
import {
  createTrigger,
  DEFAULT_TRIGGER,
  type KeyInput,
  parseTrigger,
  Signal,
  TRIGGER_KEYS,
  type TriggerConfig,
} from '../../../lib/exit/trigger';

describe('parseTrigger', () => {
  it.each<[string, unknown, TriggerConfig]>([
    [
      'a valid config',
      { key: 'Escape', presses: 2, windowMs: 1500 },
      { key: 'Escape', presses: 2, windowMs: 1500 },
    ],
    ['the lowest bounds', { key: 'F1', presses: 2, windowMs: 500 }, { key: 'F1', presses: 2, windowMs: 500 }],
    [
      'the highest bounds',
      { key: 'F12', presses: 5, windowMs: 3000 },
      { key: 'F12', presses: 5, windowMs: 3000 },
    ],
    ['an empty object', {}, DEFAULT_TRIGGER],
    [
      'an unknown key',
      { key: 'a', presses: 4, windowMs: 1000 },
      { key: 'Shift', presses: 4, windowMs: 1000 },
    ],
    ['a key in lower case', { key: 'shift', presses: 4 }, { key: 'Shift', presses: 4, windowMs: 2000 }],
    ['F0', { key: 'F0' }, DEFAULT_TRIGGER],
    ['F13', { key: 'F13' }, DEFAULT_TRIGGER],
    ['a key with extra text', { key: 'Shift ' }, DEFAULT_TRIGGER],
    ['Meta (not offered)', { key: 'Meta' }, DEFAULT_TRIGGER],
    ['a key that is an array', { key: ['Alt'] }, DEFAULT_TRIGGER],
    ['one press', { key: 'Alt', presses: 1 }, { key: 'Alt', presses: 3, windowMs: 2000 }],
    ['six presses', { presses: 6 }, DEFAULT_TRIGGER],
    ['fractional presses', { presses: 2.5 }, DEFAULT_TRIGGER],
    ['presses as a string', { presses: '4' }, DEFAULT_TRIGGER],
    ['NaN presses', { presses: Number.NaN }, DEFAULT_TRIGGER],
    ['a window too short', { windowMs: 499 }, DEFAULT_TRIGGER],
    ['a window too long', { windowMs: 3001 }, DEFAULT_TRIGGER],
    ['an infinite window', { windowMs: Number.POSITIVE_INFINITY }, DEFAULT_TRIGGER],
    ['a fractional window', { key: 'F5', windowMs: 1000.5 }, { key: 'F5', presses: 3, windowMs: 2000 }],
    ['null', null, DEFAULT_TRIGGER],
    ['undefined', undefined, DEFAULT_TRIGGER],
    ['a number', 42, DEFAULT_TRIGGER],
    ['a string', 'Escape', DEFAULT_TRIGGER],
    ['an array', ['Escape', 2, 1000], DEFAULT_TRIGGER],
  ])('%s', (_, raw, expected) => {
    expect(parseTrigger(raw)).toEqual(expected);
  });

  it.each(TRIGGER_KEYS)('keeps the offered key %s', (key) => {
    expect(parseTrigger({ key }).key).toBe(key);
  });

  it('never returns a key that is not a string, even from an object that stringifies to one', () => {
    const sneaky = { toString: () => 'Escape' };
    const parsed = parseTrigger({ key: sneaky });
    expect(parsed.key).toBe('Shift');
    expect(typeof parsed.key).toBe('string');
  });
});

const MODIFIERS: Record<string, keyof Pick<KeyInput, 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>> = {
  Shift: 'shiftKey',
  Control: 'ctrlKey',
  Alt: 'altKey',
  Meta: 'metaKey',
};

/**
 * A key event as the browser sends it: `held` names the modifiers down during the event. A
 * modifier's own keydown reports itself as held; its keyup does not.
 */
function key(type: 'keydown' | 'keyup', k: string, timeStamp: number, held: string[] = [], repeat = false) {
  const down = new Set(held);
  if (k in MODIFIERS) {
    if (type === 'keydown') down.add(k);
    else down.delete(k);
  }
  const e: KeyInput = {
    type,
    key: k,
    repeat,
    shiftKey: down.has('Shift'),
    ctrlKey: down.has('Control'),
    altKey: down.has('Alt'),
    metaKey: down.has('Meta'),
    timeStamp,
    getModifierState: (m) => m in MODIFIERS && down.has(m),
  };
  return e;
}
const down = (k: string, t: number, ...held: string[]) => key('keydown', k, t, held);
const up = (k: string, t: number, ...held: string[]) => key('keyup', k, t, held);
const repeat = (k: string, t: number, ...held: string[]) => key('keydown', k, t, held, true);
/** The same event from the left or right key (`KeyboardEvent.code`); the trigger reads `key` only. */
const side = (e: KeyInput, code: string): KeyInput => Object.assign(e, { code });
/** A clean press: down at `t`, up 80 ms later. */
const press = (k: string, t: number, ...held: string[]) => [down(k, t, ...held), up(k, t + 80, ...held)];
/** Shift held to type a capital letter. */
const capital = (letter: string, t: number) => [
  down('Shift', t),
  down(letter, t + 40, 'Shift'),
  up(letter, t + 90, 'Shift'),
  up('Shift', t + 120),
];

const N = Signal.None;
const A = Signal.Arm;
const F = Signal.Fire;
const D = Signal.Disarm;

function run(config: TriggerConfig, events: KeyInput[]): Signal[] {
  const onKey = createTrigger(config);
  return events.map((e) => onKey(e));
}

const SHIFT3 = DEFAULT_TRIGGER;
const ESC2: TriggerConfig = { key: 'Escape', presses: 2, windowMs: 2000 };
const F2X4: TriggerConfig = { key: 'F2', presses: 4, windowMs: 1000 };

describe('createTrigger', () => {
  it.each<[string, TriggerConfig, KeyInput[], Signal[]]>([
    [
      'Shift×3 arms on the third keydown and fires on its keyup',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 1300), ...press('Shift', 1600)],
      [N, N, N, N, A, F],
    ],
    [
      'left, right, left Shift (both report key "Shift")',
      SHIFT3,
      [
        side(down('Shift', 1000), 'ShiftLeft'),
        side(up('Shift', 1080), 'ShiftLeft'),
        side(down('Shift', 1300), 'ShiftRight'),
        side(up('Shift', 1380), 'ShiftRight'),
        side(down('Shift', 1600), 'ShiftLeft'),
        side(up('Shift', 1680), 'ShiftLeft'),
      ],
      [N, N, N, N, A, F],
    ],
    ['two presses do nothing', SHIFT3, [...press('Shift', 1000), ...press('Shift', 1300)], [N, N, N, N]],
    [
      'a capital letter typed after two presses arms, disarms and resets the count',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 1200), ...capital('A', 1400), ...press('Shift', 1600)],
      [N, N, N, N, A, D, N, N, N, N],
    ],
    [
      'after a capital, three fresh presses still fire',
      SHIFT3,
      [...capital('A', 1000), ...press('Shift', 1200), ...press('Shift', 1400), ...press('Shift', 1600)],
      [N, N, N, N, N, N, N, N, A, F],
    ],
    [
      'presses 2.1 s apart never fire',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 3100), ...press('Shift', 5200), ...press('Shift', 7300)],
      [N, N, N, N, N, N, N, N],
    ],
    [
      'presses 1.9 s apart fire',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 2900), ...press('Shift', 4800)],
      [N, N, N, N, A, F],
    ],
    [
      'a gap of exactly the window still counts',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 3000), ...press('Shift', 5000)],
      [N, N, N, N, A, F],
    ],
    [
      'one slow gap starts the count over from that press',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 4000), ...press('Shift', 4300), ...press('Shift', 4600)],
      [N, N, N, N, N, N, A, F],
    ],
    [
      'Shift, Shift, Shift+A arms then disarms, never fires',
      SHIFT3,
      [
        ...press('Shift', 1000),
        ...press('Shift', 1300),
        down('Shift', 1600),
        down('A', 1650, 'Shift'),
        up('A', 1700, 'Shift'),
        up('Shift', 1750),
      ],
      [N, N, N, N, A, D, N, N],
    ],
    [
      'holding Shift (key repeat) counts as one press',
      SHIFT3,
      [
        down('Shift', 1000),
        repeat('Shift', 1500, 'Shift'),
        repeat('Shift', 1530, 'Shift'),
        repeat('Shift', 1560, 'Shift'),
        up('Shift', 1600),
        ...press('Shift', 1800),
      ],
      [N, N, N, N, N, N, N],
    ],
    [
      'a held Shift and two more presses fire',
      SHIFT3,
      [
        down('Shift', 1000),
        repeat('Shift', 1500, 'Shift'),
        up('Shift', 1600),
        ...press('Shift', 1800),
        ...press('Shift', 2000),
      ],
      [N, N, N, N, N, A, F],
    ],
    [
      'the repeats of the last press neither fire nor disarm',
      SHIFT3,
      [
        ...press('Shift', 1000),
        ...press('Shift', 1200),
        down('Shift', 1400),
        repeat('Shift', 1900, 'Shift'),
        up('Shift', 2000),
      ],
      [N, N, N, N, A, N, F],
    ],
    [
      'a Ctrl+Shift chord does not count and resets',
      SHIFT3,
      [
        ...press('Shift', 1000),
        ...press('Shift', 1200),
        down('Control', 1400),
        down('Shift', 1420, 'Control'),
        up('Shift', 1480, 'Control'),
        up('Control', 1500),
        ...press('Shift', 1600),
      ],
      [N, N, N, N, N, N, N, N, N, N],
    ],
    [
      'Shift pressed while Alt is held does not arm',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 1200), ...press('Shift', 1400, 'Alt')],
      [N, N, N, N, N, N],
    ],
    [
      'Shift pressed while Meta is held does not arm',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 1200), ...press('Shift', 1400, 'Meta')],
      [N, N, N, N, N, N],
    ],
    [
      'any other key between presses resets',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 1200), ...press('x', 1300), ...press('Shift', 1400)],
      [N, N, N, N, N, N, N, N],
    ],
    [
      'another key pressed during a press cancels that press',
      SHIFT3,
      [
        ...press('Shift', 1000),
        down('Shift', 1200),
        down('Tab', 1220, 'Shift'),
        up('Tab', 1240, 'Shift'),
        up('Shift', 1260),
        ...press('Shift', 1400),
      ],
      [N, N, N, N, N, N, N, N],
    ],
    ['Escape×2 fires', ESC2, [...press('Escape', 1000), ...press('Escape', 1500)], [N, N, A, F]],
    [
      'Escape with Shift held does not count',
      ESC2,
      [
        ...press('Escape', 1000),
        down('Shift', 1200),
        down('Escape', 1250, 'Shift'),
        up('Escape', 1300, 'Shift'),
        up('Shift', 1350),
        ...press('Escape', 1500),
      ],
      [N, N, N, N, N, N, N, N],
    ],
    [
      'Escape×2 after a Shift+Escape still fires',
      ESC2,
      [...press('Escape', 1000, 'Shift'), ...press('Escape', 1500), ...press('Escape', 1700)],
      [N, N, N, N, A, F],
    ],
    [
      'Shift does not count towards an Escape trigger',
      ESC2,
      [...press('Escape', 1000), ...press('Shift', 1200), ...press('Escape', 1400)],
      [N, N, N, N, N, N],
    ],
    [
      'F2×4 arms on the fourth press only',
      F2X4,
      [...press('F2', 1000), ...press('F2', 1200), ...press('F2', 1400), ...press('F2', 1600)],
      [N, N, N, N, N, N, A, F],
    ],
    [
      'F2×3 is not enough for F2×4',
      F2X4,
      [...press('F2', 1000), ...press('F2', 1200), ...press('F2', 1400)],
      [N, N, N, N, N, N],
    ],
    [
      'after a Fire the count starts over',
      SHIFT3,
      [
        ...press('Shift', 1000),
        ...press('Shift', 1200),
        ...press('Shift', 1400),
        ...press('Shift', 1600),
        ...press('Shift', 1800),
        ...press('Shift', 2000),
      ],
      [N, N, N, N, A, F, N, N, N, N, A, F],
    ],
    [
      'a keyup without a matching keydown does nothing',
      SHIFT3,
      [
        up('Shift', 1000),
        up('Shift', 1100),
        up('Shift', 1200),
        ...press('Shift', 1300),
        ...press('Shift', 1500),
      ],
      [N, N, N, N, N, N, N],
    ],
    [
      'a stray keyup of another key at rest does nothing',
      SHIFT3,
      [
        up('a', 900),
        ...press('Shift', 1000),
        up('b', 1150),
        ...press('Shift', 1200),
        ...press('Shift', 1400),
      ],
      [N, N, N, N, N, N, A, F],
    ],
    [
      'a stray keyup of another key while armed disarms (the page must come back)',
      SHIFT3,
      [
        ...press('Shift', 1000),
        ...press('Shift', 1200),
        down('Shift', 1400),
        up('a', 1420),
        up('Shift', 1480),
      ],
      [N, N, N, N, A, D, N],
    ],
    [
      'an armed press whose keyup was lost disarms on a late press',
      SHIFT3,
      [...press('Shift', 1000), ...press('Shift', 1200), down('Shift', 1400), ...press('Shift', 9000)],
      [N, N, N, N, A, D, N],
    ],
  ])('%s', (_, config, events, expected) => {
    expect(run(config, events)).toEqual(expected);
  });

  it('never leaves the page hidden: a keydown that does not arm finds it shown', () => {
    // Mostly Shift, with other keys let go and pressed in between, at gaps around the window.
    const actions = [
      ...Array<[string, 'keydown' | 'keyup']>(3).fill(['Shift', 'keydown']),
      ...Array<[string, 'keydown' | 'keyup']>(3).fill(['Shift', 'keyup']),
      ['a', 'keydown'],
      ['a', 'keyup'],
      ['Control', 'keyup'],
    ] as const;
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 48271) % 2147483647;
      return seed % n;
    };
    const onKey = createTrigger(SHIFT3);
    let t = 1000;
    let hidden = false;
    const seen = { [A]: 0, [F]: 0, [D]: 0, [N]: 0 };
    for (let i = 0; i < 20_000; i++) {
      t += rand(8) === 0 ? 2100 + rand(1000) : 50 + rand(600);
      const [k, type] = actions[rand(actions.length)]!;
      const e = key(type, k, t);
      const s = onKey(e);
      seen[s]++;
      if (s === F || s === D) expect(hidden).toBe(true);
      if (s === A) hidden = true;
      else if (s === F || s === D) hidden = false;
      if (type === 'keydown') expect(hidden).toBe(s === A);
    }
    expect(seen[F]).toBeGreaterThan(50);
    expect(seen[D]).toBeGreaterThan(50);
  });

  it('each trigger keeps its own count', () => {
    const a = createTrigger(SHIFT3);
    const b = createTrigger(SHIFT3);
    for (const e of [...press('Shift', 1000), ...press('Shift', 1200)]) a(e);
    expect([down('Shift', 1400), up('Shift', 1480)].map((e) => b(e))).toEqual([N, N]);
    expect([down('Shift', 1400), up('Shift', 1480)].map((e) => a(e))).toEqual([A, F]);
  });
});
