import { useT } from '../i18n-context';
import { Section } from './Section';

export type OptionalCleanup = 'cleanDownloads' | 'cleanSiteData';

interface Props {
  cleanDownloads: boolean;
  cleanSiteData: boolean;
  removedCount: number | undefined;
  denied: OptionalCleanup | null;
  onToggle: (field: OptionalCleanup, on: boolean) => void;
  /** What Waypoint cannot do in this state, in the page's language (`lib/limits.ts`). */
  cannot: readonly string[];
}

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
          {p.cannot.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </div>
    </Section>
  );
}
