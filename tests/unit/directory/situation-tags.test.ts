import { describe, expect, it } from 'vitest';
import { ALL_RESOURCES } from '../../../data/directory/index';
import { GUIDES } from '../../../data/guides';
import { SITUATION_TAGS } from '../../../data/situation-tags';
import { guideSearchId } from '../../../lib/directory/guides';
import { isSituation } from '../../../lib/directory/situations';
import { SITUATIONS as JUDGED } from '../../fixtures/queries/check';

const ids = new Set([...ALL_RESOURCES.map((r) => r.id), ...GUIDES.map((g) => guideSearchId(g.id))]);

describe('situation tags', () => {
  it.each(Object.entries(SITUATION_TAGS))('%s exists and names known situations', (id, tags) => {
    expect(ids.has(id), `${id} is neither a directory entry nor a guide`).toBe(true);
    for (const t of tags) {
      const [s, fit] = typeof t === 'string' ? [t, 1] : t;
      expect(isSituation(s), s).toBe(true);
      expect(fit).toBeGreaterThan(0);
      expect(fit).toBeLessThanOrEqual(1);
    }
    const named = tags.map((t) => (typeof t === 'string' ? t : t[0]));
    expect(new Set(named).size, 'a situation tagged twice').toBe(named.length);
  });

  it('says what every line to reach now is for, beyond emergency numbers', () => {
    const untagged = ALL_RESOURCES.filter(
      (r) =>
        r.crisis &&
        r.kind !== 'emergency' &&
        !SITUATION_TAGS[r.id] &&
        r.audiences.includes('experienced-violence'),
    ).map((r) => r.id);
    expect(untagged).toEqual([]);
  });

  it('speaks the judged query set’s situations', () => {
    expect(JUDGED.filter((s) => !isSituation(s))).toEqual([]);
  });
});
