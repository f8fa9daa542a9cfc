import { Fragment } from 'preact';
import type { Action } from '../lib/directory/contact-actions';
import type { Labels } from '../lib/directory/listing';
import type { Range } from '../lib/directory/normalize';
import type { Resource } from '../lib/directory/resource-schema';
import { Highlight } from './Highlight';
import { useT } from './i18n-context';

interface Props {
  resource: Resource;
  name: string;
  description: string;
  highlights?: { name: Range[]; description: Range[] };
  actions: Action[];
  copyable?: string;
  /** Opening hours in the person's language, when not 24/7. */
  hoursText?: string;
  labels: Labels;
  onCopy: (number: string) => void;
  /** Offers to open the website in a private window (nothing written to history). */
  onOpenPrivately?: (url: string) => void;
}

function ActionLink({ action, name }: { action: Action; name: string }) {
  const t = useT();
  const external = action.type === 'website' || action.type === 'chat';
  let text: string;
  let label: string | undefined;
  switch (action.type) {
    case 'call':
      text = t('actionCall', action.display);
      break;
    case 'tty':
      text = t('actionTty', action.display);
      break;
    case 'text':
      text = action.keyword
        ? t('actionTextKeyword', action.keyword, action.display)
        : t('actionText', action.display);
      break;
    case 'chat':
      text = t('actionChat');
      label = t('actionChatLabel', name);
      break;
    default:
      text = t('actionWebsite');
      label = t('actionWebsiteLabel', name);
  }
  return (
    <a
      class={`action action-${action.type}`}
      data-action={action.type}
      href={action.href}
      aria-label={label}
      {...(external ? { target: '_blank', rel: 'noreferrer noopener' } : {})}
    >
      {text}
    </a>
  );
}

/** One directory entry: name, kind, description, hours, languages and its actions. */
export function ResourceCard(props: Props) {
  const {
    resource,
    name,
    description,
    highlights,
    actions,
    copyable,
    hoursText,
    labels,
    onCopy,
    onOpenPrivately,
  } = props;
  const t = useT();
  const headingId = `r-${resource.id}`;
  const meta = [labels.kind(resource.kind), resource.regions.map(labels.region).join(', ')];
  if (resource.hours?.always) meta.push(t('hoursAlways'));
  if (resource.cost === 'free') meta.push(t('costFree'));
  return (
    <li class="card" tabIndex={-1} aria-labelledby={headingId} data-id={resource.id}>
      <h3 id={headingId}>
        <Highlight text={name} ranges={highlights?.name} />
      </h3>
      <p class="meta">{meta.join(' · ')}</p>
      <p class="desc">
        <Highlight text={description} ranges={highlights?.description} />
      </p>
      {hoursText && <p class="meta">{hoursText}</p>}
      <p class="meta">
        {t('languagesLabel', resource.languages.map(labels.language).join(', '))}
        {resource.by ? ` · ${t('byLabel', resource.by)}` : ''}
      </p>
      {(actions.length > 0 || copyable) && (
        <div class="actions">
          {actions.map((a) => (
            <Fragment key={a.href}>
              <ActionLink action={a} name={name} />
              {a.type === 'website' && onOpenPrivately && (
                <button
                  type="button"
                  class="action action-private"
                  aria-label={t('actionPrivateLabel', name)}
                  onClick={() => onOpenPrivately(a.href)}
                >
                  {t('actionPrivate')}
                </button>
              )}
            </Fragment>
          ))}
          {copyable && (
            <button
              type="button"
              class="action action-copy"
              aria-label={t('actionCopyLabel', copyable)}
              onClick={() => onCopy(copyable)}
            >
              {t('actionCopy')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
