/**
 * The unit-converter look: length, mass, temperature and volume, converted on the device. Pure:
 * factors are exact definitions (an international inch is 2.54 cm, a pound 0.45359237 kg, a US
 * gallon 231 cubic inches).
 */

export const CATEGORIES = ['length', 'mass', 'temperature', 'volume'] as const;
export type Category = (typeof CATEGORIES)[number];

interface Unit {
  category: Category;
  /** Value in the category's base unit (m, kg, L) of one of this unit; temperature has its own rule. */
  factor: number;
}

const IN = 0.0254;
const US_GALLON = 231 * IN ** 3 * 1000;

export const UNITS = {
  m: { category: 'length', factor: 1 },
  km: { category: 'length', factor: 1000 },
  cm: { category: 'length', factor: 0.01 },
  mm: { category: 'length', factor: 0.001 },
  mi: { category: 'length', factor: 1760 * 36 * IN },
  yd: { category: 'length', factor: 36 * IN },
  ft: { category: 'length', factor: 12 * IN },
  in: { category: 'length', factor: IN },
  kg: { category: 'mass', factor: 1 },
  g: { category: 'mass', factor: 0.001 },
  lb: { category: 'mass', factor: 0.45359237 },
  oz: { category: 'mass', factor: 0.45359237 / 16 },
  c: { category: 'temperature', factor: 1 },
  f: { category: 'temperature', factor: 1 },
  k: { category: 'temperature', factor: 1 },
  l: { category: 'volume', factor: 1 },
  ml: { category: 'volume', factor: 0.001 },
  gal: { category: 'volume', factor: US_GALLON },
  cup: { category: 'volume', factor: US_GALLON / 16 },
  floz: { category: 'volume', factor: US_GALLON / 128 },
} as const satisfies Record<string, Unit>;
export type UnitId = keyof typeof UNITS;

/** The units of a category, in display order. */
export function unitsOf(category: Category): UnitId[] {
  return (Object.keys(UNITS) as UnitId[]).filter((u) => UNITS[u].category === category);
}

/** The first two units of each category, the pair shown when it is chosen. */
export function defaultPair(category: Category): [UnitId, UnitId] {
  if (category === 'temperature') return ['c', 'f'];
  const [a, b] = unitsOf(category);
  return [a!, b!];
}

const toCelsius = (v: number, from: UnitId) =>
  from === 'f' ? ((v - 32) * 5) / 9 : from === 'k' ? v - 273.15 : v;
const fromCelsius = (c: number, to: UnitId) => (to === 'f' ? (c * 9) / 5 + 32 : to === 'k' ? c + 273.15 : c);

/** Converts between two units of the same category; `null` across categories. */
export function convert(value: number, from: UnitId, to: UnitId): number | null {
  const a = UNITS[from];
  const b = UNITS[to];
  if (a.category !== b.category) return null;
  if (a.category === 'temperature') return fromCelsius(toCelsius(value, from), to);
  return (value * a.factor) / b.factor;
}

/** Reads a number as people type it: `1.5`, `1,5`, `-3`, ` 12 `; `null` when it is not one. */
export function parseAmount(typed: string): number | null {
  const text = typed.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (!/^-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}
