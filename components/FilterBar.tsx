import type { MessageKey } from '../data/messages';
import type { FilterChoice } from '../lib/directory/filter-choices';
import type { Filters } from '../lib/directory/listing';
import { useT } from './i18n-context';

interface Props {
  filters: Filters;
  choices: Record<keyof Filters, FilterChoice[]>;
  onChange: (filters: Filters) => void;
}

const FIELDS: { key: keyof Filters; label: MessageKey }[] = [
  { key: 'audience', label: 'filterAudience' },
  { key: 'region', label: 'filterRegion' },
  { key: 'kind', label: 'filterKind' },
  { key: 'language', label: 'filterLanguage' },
];

/** Four selects that narrow the list; they combine with the search and with each other. */
export function FilterBar({ filters, choices, onChange }: Props) {
  const t = useT();
  const active = FIELDS.some(({ key }) => filters[key]);
  return (
    <fieldset class="filters">
      <legend class="visually-hidden">{t('filtersLabel')}</legend>
      {FIELDS.map(({ key, label }) => (
        <label key={key} class="filter">
          <span>{t(label)}</span>
          <select
            value={filters[key] ?? ''}
            onChange={(e) => onChange({ ...filters, [key]: e.currentTarget.value || undefined })}
          >
            <option value="">{t('filterAny')}</option>
            {choices[key].map((c) => (
              <option key={c.value} value={c.value}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      ))}
      {active && (
        <button type="button" class="link-button" onClick={() => onChange({})}>
          {t('clearFilters')}
        </button>
      )}
    </fieldset>
  );
}
