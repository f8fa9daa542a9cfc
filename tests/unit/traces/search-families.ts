// Shared by the help-search family tests: each family's help searches must be caught and its
// everyday searches left alone.
import { describe, expect, it } from 'vitest';
import { createTopicClassifier } from '../../../lib/traces/help-topic';

export type SearchFamilies = Record<string, { help: string[]; ordinary: string[] }>;

export function describeSearchFamilies(title: string, families: SearchFamilies): void {
  const topic = createTopicClassifier();
  describe(title, () => {
    for (const [family, { help, ordinary }] of Object.entries(families)) {
      it(`${family}: help`, () => {
        expect(help.filter((q) => !topic.isHelpQuery(q))).toEqual([]);
      });
      it(`${family}: everyday searches stay`, () => {
        expect(ordinary.filter((q) => topic.isHelpQuery(q))).toEqual([]);
      });
    }
  });
}
