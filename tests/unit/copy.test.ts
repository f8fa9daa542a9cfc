import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GUIDES } from '../../data/guides';
import { LIMITS } from '../../data/limits';
import {
  checkPassages,
  findCopiedRuns,
  guidePassages,
  limitPassages,
  loadSeeds,
} from '../../scripts/check-copy';

const SEEDS_DIR = new URL('../../../shared/seeds/', import.meta.url);
const seeds = loadSeeds(SEEDS_DIR);
const noSeeds = !seeds || seeds.length === 0;
if (noSeeds)
  console.warn(
    `copy.test: seed articles not found at ${fileURLToPath(SEEDS_DIR)}; skipping the guide copy check.`,
  );

describe('findCopiedRuns', () => {
  const source = 'When the storm passed, the old fisherman mended every single net before sunrise.';

  it.each([
    {
      name: 'catches a planted run of 8 words',
      text: 'By morning the old fisherman mended every single net before lunch.',
      runs: ['the old fisherman mended every single net before'],
    },
    {
      name: 'catches a run of exactly 6 words',
      text: 'A young fisherman mended every single net before dawn.',
      runs: ['fisherman mended every single net before'],
    },
    {
      name: 'ignores a 5-word overlap',
      text: 'Then the old fisherman mended a boat.',
      runs: [],
    },
    {
      name: 'ignores case, curly quotes and punctuation',
      text: 'THE STORM PASSED; the Old Fisherman… mended it.',
      runs: ['the storm passed the old fisherman mended'],
    },
    {
      name: 'treats curly and straight apostrophes alike',
      text: 'She said: “don’t give up on the people you love.”',
      runs: ['dont give up on the people you'],
      sources: ["Please don't give up on the people you meet."],
    },
  ])('$name', ({ text, runs, sources }) => {
    expect(findCopiedRuns(text, sources ?? [source])).toEqual(runs);
  });

  it('honours a custom run length', () => {
    const text = 'Then the old fisherman mended a boat.';
    expect(findCopiedRuns(text, [source], 5)).toEqual([]);
    expect(findCopiedRuns(text, [source], 4)).toEqual(['the old fisherman mended']);
  });

  it('merges overlapping matches into one run and reports each run once', () => {
    const text =
      'the old fisherman mended every single net. Later: the old fisherman mended every single net.';
    expect(findCopiedRuns(text, [source])).toEqual(['the old fisherman mended every single net']);
  });
});

describe.skipIf(noSeeds)('guides are written in our own words (no 6-word runs from the seeds)', () => {
  it.each(GUIDES.map((g) => [g.id, g] as const))('%s', (_id, guide) => {
    const hits = checkPassages(guidePassages(guide), seeds ?? []);
    expect(hits.map((h) => `${h.where}: "${h.runs.join('", "')}"`)).toEqual([]);
  });

  it('the limits list', () => {
    const hits = checkPassages(limitPassages(LIMITS), seeds ?? []);
    expect(hits.map((h) => `${h.where}: "${h.runs.join('", "')}"`)).toEqual([]);
  });
});
