import { useT } from '../i18n-context';
import { ConfirmButton } from './ConfirmButton';
import { Section } from './Section';

/** Reset to defaults, behind a confirmation. */
export function ResetSettings({ onReset }: { onReset: () => void }) {
  const t = useT();
  return (
    <Section id="reset" title={t('sectionReset')}>
      <ConfirmButton
        label={t('resetButton')}
        question={t('resetConfirm')}
        yes={t('resetYes')}
        no={t('resetNo')}
        onConfirm={onReset}
      />
    </Section>
  );
}
