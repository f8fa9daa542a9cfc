import { useT } from './i18n-context';

/** The always-visible way out. */
export function QuickExitButton({ onExit }: { onExit: () => void }) {
  const t = useT();
  return (
    <button type="button" class="quick-exit" onClick={onExit} title={t('quickExitTitle')}>
      {t('quickExit')}
    </button>
  );
}
