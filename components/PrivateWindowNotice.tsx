import { useEffect, useRef } from 'preact/hooks';
import { useT } from './i18n-context';

interface Props {
  /** Why the private window did not open. */
  reason: 'not-allowed' | 'failed';
  firefox: boolean;
  onClose: () => void;
}

/** Says, in plain words, why a private window could not open and how to allow it. */
export function PrivateWindowNotice({ reason, firefox, onClose }: Props) {
  const t = useT();
  // The button that asked may be far down the page: bring the answer to where the person is.
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView({ block: 'nearest' });
    box.current?.focus();
  }, [reason]);
  return (
    <div class="notice private-notice" role="alert" tabIndex={-1} ref={box}>
      {reason === 'failed' ? (
        <p>{t('privateFailed')}</p>
      ) : (
        <>
          <p>{t('privateNotAllowed')}</p>
          <p>{t(firefox ? 'privateHow_firefox' : 'privateHow_chrome')}</p>
        </>
      )}
      <p class="meta">{t('privateLimits')}</p>
      <button type="button" class="link-button" onClick={onClose}>
        {t('close')}
      </button>
    </div>
  );
}
