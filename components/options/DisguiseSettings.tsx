import { lookOf } from '../../lib/settings/disguise';
import { DISGUISES, type Disguise } from '../../lib/settings/settings';
import { useT } from '../i18n-context';
import { ChoiceGroup } from './ChoiceGroup';
import { Section } from './Section';

/** Toolbar looks that pass for ordinary tools; each shows its icon beside its name. */
export function DisguiseSettings({ value, onChange }: { value: Disguise; onChange: (d: Disguise) => void }) {
  const t = useT();
  return (
    <Section id="disguise" title={t('sectionDisguise')}>
      <p>{t('disguiseHelp')}</p>
      <ChoiceGroup
        legend={t('sectionDisguise')}
        hideLegend
        name="disguise"
        value={value}
        onChange={onChange}
        choices={DISGUISES.map((d) => ({
          value: d,
          label: (
            <>
              <img src={lookOf(d).icon[32]} alt="" width={20} height={20} class="look-icon" />
              {t(lookOf(d).titleKey)}
            </>
          ),
        }))}
      />
    </Section>
  );
}
