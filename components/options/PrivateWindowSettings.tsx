import { useT } from '../i18n-context';
import { Section } from './Section';

interface Props {
  /** Whether the browser lets Waypoint run in private windows; `undefined` while unknown. */
  allowed: boolean | undefined;
  firefox: boolean;
  /** Opens the browser's extensions page at Waypoint (Chromium; Firefox lets no add-on open about:addons). */
  onOpenExtensions: () => void;
}

/** Whether Waypoint runs in private windows, and how to allow it in this browser. */
export function PrivateWindowSettings({ allowed, firefox, onOpenExtensions }: Props) {
  const t = useT();
  if (allowed === undefined) return null;
  return (
    <Section id="private" title={t('sectionPrivate')}>
      <p class={allowed ? undefined : 'notice'}>{t(allowed ? 'privateAllowed' : 'privateNotRunning')}</p>
      {!allowed && (
        <p>
          {t(firefox ? 'privateHowFirefox' : 'privateHowChromium')}{' '}
          {!firefox && (
            <button type="button" class="link-button" onClick={onOpenExtensions}>
              {t('privateOpen')}
            </button>
          )}
        </p>
      )}
      <p>{t('privateLimits')}</p>
    </Section>
  );
}
