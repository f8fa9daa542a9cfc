import type { Labels } from '../../lib/directory/listing';
import type { RegionGuess } from '../../lib/directory/region';
import type { LanguageChoice, RegionChoice } from '../../lib/directory/region-choice';
import type { Lang } from '../../lib/i18n-key';
import { useT } from '../i18n-context';
import { LanguageName, RegionSelect } from '../RegionPicker';
import { ChoiceGroup } from './ChoiceGroup';
import { Section } from './Section';

interface Props {
  region: RegionChoice;
  language: LanguageChoice;
  /** The browser's own guess and language, named in the "automatic" choices. */
  guessed: RegionGuess;
  browserLang: Lang;
  labels: Labels;
  onRegion: (region: RegionChoice) => void;
  onLanguage: (language: LanguageChoice) => void;
}

/** The region the directory is ordered for and the interface language, as in the popup. */
export function PlaceSettings({
  region,
  language,
  guessed,
  browserLang,
  labels,
  onRegion,
  onLanguage,
}: Props) {
  const t = useT();
  return (
    <Section id="place" title={t('sectionPlace')}>
      <p>{t('placeHelp')}</p>
      <div class="row">
        <label for="region">{t('regionLabel')}</label>
        <RegionSelect id="region" value={region} guessed={guessed} labels={labels} onChange={onRegion} />
      </div>
      <ChoiceGroup
        legend={t('languageLabel')}
        name="language"
        value={language}
        onChange={onLanguage}
        choices={[
          { value: 'auto', label: t('languageAuto', t(`languageOwnName_${browserLang}`)) },
          { value: 'en', label: <LanguageName lang="en" /> },
          { value: 'fr', label: <LanguageName lang="fr" /> },
        ]}
      />
    </Section>
  );
}
