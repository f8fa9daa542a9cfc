import type { MessageKey } from '../data/messages';
import type { Labels } from '../lib/directory/listing';
import type { RegionGuess } from '../lib/directory/region';
import { PICKABLE_REGIONS, type PickableRegion, type RegionChoice } from '../lib/directory/region-choice';
import type { Lang } from '../lib/i18n-key';
import { useT } from './i18n-context';

interface SelectProps {
  id: string;
  value: RegionChoice;
  /** The browser's guess, named in the first option (the default). */
  guessed: RegionGuess;
  labels: Labels;
  onChange: (choice: RegionChoice) => void;
}

const inCountry = (country: string) => PICKABLE_REGIONS.filter((c) => c.startsWith(`${country}-`));
const COUNTRIES = PICKABLE_REGIONS.filter((c) => !c.includes('-'));

/**
 * One native select for the region: the browser's guess first, then every province and territory,
 * the UK's nations, the other countries, and "somewhere else". Keyboard and screen readers get the
 * browser's own list behaviour.
 */
export function RegionSelect({ id, value, guessed, labels, onChange }: SelectProps) {
  const t = useT();
  const byName = (list: readonly PickableRegion[]) =>
    [...list].sort((a, b) => labels.region(a).localeCompare(labels.region(b)));
  const options = (list: readonly PickableRegion[]) =>
    list.map((code) => (
      <option key={code} value={code}>
        {labels.region(code)}
      </option>
    ));
  const guessName = guessed.subdivision ?? guessed.country;
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as RegionChoice)}>
      <option value="auto">
        {t('regionAuto', guessName ? labels.region(guessName) : t('regionElsewhere'))}
      </option>
      <optgroup label={labels.region('CA')}>{options(byName(inCountry('CA')))}</optgroup>
      <optgroup label={labels.region('GB')}>{options(inCountry('GB'))}</optgroup>
      <optgroup label={t('regionOtherCountries')}>{options(byName(COUNTRIES))}</optgroup>
      <option value="elsewhere">{t('regionElsewhere')}</option>
    </select>
  );
}

/** A language's name in that language, marked so screen readers read it in its own voice. */
export function LanguageName({ lang }: { lang: Lang }) {
  const t = useT();
  return <span lang={lang}>{t(`languageOwnName_${lang}` as MessageKey)}</span>;
}

interface BarProps extends Omit<SelectProps, 'id'> {
  lang: Lang;
  onLang: (lang: Lang) => void;
}

/** The popup's one-line place bar: the region select and a button to switch language. */
export function RegionPicker({ lang, onLang, ...select }: BarProps) {
  const t = useT();
  const other: Lang = lang === 'fr' ? 'en' : 'fr';
  return (
    <div class="place">
      <label for="region">{t('regionLabel')}</label>
      <RegionSelect id="region" {...select} />
      <button
        type="button"
        id="language-switch"
        class="link-button"
        lang={other}
        onClick={() => onLang(other)}
      >
        {t(`languageOwnName_${other}` as MessageKey)}
      </button>
    </div>
  );
}
