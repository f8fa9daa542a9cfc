import type { MessageKey } from '../../data/messages';
import { useT } from '../i18n-context';
import { Section } from './Section';

export type OptionalCleanup = 'cleanDownloads' | 'cleanSiteData';

interface Props {
  cleanDownloads: boolean;
  cleanSiteData: boolean;
  removedCount: number | undefined;
  denied: OptionalCleanup | null;
  onToggle: (field: OptionalCleanup, on: boolean) => void;
}

const CANNOT: MessageKey[] = [
  'cannot_sync',
  'cannot_account',
  'cannot_network',
  'cannot_spyware',
  'cannot_phone',
];

/** What is cleaned (history always; downloads and site data on request) and what cannot be. */
export function CleaningSettings(p: Props) {
  const t = useT();
  return (
    <Section id="cleaning" title={t('sectionCleaning')}>
      <label class="check">
        <input type="checkbox" checked disabled />
        <span>{t('cleanHistory')}</span>
      </label>
      {(['cleanDownloads', 'cleanSiteData'] as const).map((field) => (
        <div key={field}>
          <label class="check">
            <input
              type="checkbox"
              checked={p[field]}
              onChange={(e) => p.onToggle(field, e.currentTarget.checked)}
            />
            <span>{t(field)}</span>
          </label>
          {p.denied === field && (
            <p class="error" role="alert">
              {t('permissionDenied')}
            </p>
          )}
        </div>
      ))}
      {p.removedCount !== undefined && <p class="muted">{t('removedCount', p.removedCount)}</p>}
      <div class="cannot">
        <h3>{t('cannotTitle')}</h3>
        <ul>
          {CANNOT.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
