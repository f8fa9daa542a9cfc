import type { Filters, Labels } from './listing';
import { AUDIENCES, KINDS, type Resource } from './resource-schema';

export interface FilterChoice {
  value: string;
  label: string;
}

/** The options each filter offers: only values some entry actually has, labelled and sorted. */
export function filterChoices(
  list: readonly Resource[],
  labels: Labels,
): Record<keyof Filters, FilterChoice[]> {
  const used = (pick: (r: Resource) => readonly string[]) => new Set(list.flatMap(pick));
  const audiences = used((r) => r.audiences);
  const kinds = used((r) => [r.kind]);
  const regions = used((r) => r.regions);
  const languages = used((r) => r.languages);
  const byLabel = (a: FilterChoice, b: FilterChoice) => a.label.localeCompare(b.label);
  return {
    audience: AUDIENCES.filter((a) => audiences.has(a)).map((a) => ({ value: a, label: labels.audience(a) })),
    kind: KINDS.filter((k) => kinds.has(k)).map((k) => ({ value: k, label: labels.kind(k) })),
    region: [...regions].map((r) => ({ value: r, label: labels.region(r) })).sort(byLabel),
    language: [...languages].map((l) => ({ value: l, label: labels.language(l) })).sort(byLabel),
  };
}
