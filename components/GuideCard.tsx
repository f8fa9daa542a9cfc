import type { Range } from '../lib/directory/normalize';
import { Highlight } from './Highlight';
import { useT } from './i18n-context';

interface Props {
  id: string;
  title: string;
  summary: string;
  highlights?: { name: Range[]; description: Range[] };
  onOpen: (id: string) => void;
  /** Offers to open the guide in a private window (where the browser can). */
  onOpenPrivately?: (id: string) => void;
}

/** A guide in the directory: opens in a tab of its own, bundled, offline. */
export function GuideCard({ id, title, summary, highlights, onOpen, onOpenPrivately }: Props) {
  const t = useT();
  const headingId = `g-${id}`;
  return (
    <li class="card guide" tabIndex={-1} aria-labelledby={headingId} data-id={`guide:${id}`}>
      <h3 id={headingId}>
        <Highlight text={title} ranges={highlights?.name} />
      </h3>
      <p class="meta">{t('guideLabel')}</p>
      <p class="desc">
        <Highlight text={summary} ranges={highlights?.description} />
      </p>
      <div class="actions">
        <button
          type="button"
          class="action action-call"
          data-action="guide"
          aria-label={t('openGuideLabel', title)}
          onClick={() => onOpen(id)}
        >
          {t('openGuide')}
        </button>
        {onOpenPrivately && (
          <button
            type="button"
            class="action action-private"
            aria-label={t('openGuidePrivateLabel', title)}
            onClick={() => onOpenPrivately(id)}
          >
            {t('actionPrivate')}
          </button>
        )}
      </div>
    </li>
  );
}
