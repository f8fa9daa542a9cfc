import { useState } from 'preact/hooks';
import { useT } from '../i18n-context';
import { Section } from './Section';

/** Reset to defaults, behind a confirmation. */
export function ResetSettings({ onReset }: { onReset: () => void }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  return (
    <Section id="reset" title={t('sectionReset')}>
      {confirming ? (
        <div class="row">
          <p>{t('resetConfirm')}</p>
          <button
            type="button"
            class="danger"
            onClick={() => {
              setConfirming(false);
              onReset();
            }}
          >
            {t('resetYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('resetNo')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('resetButton')}
        </button>
      )}
    </Section>
  );
}
