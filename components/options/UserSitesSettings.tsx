import { useState } from 'preact/hooks';
import type { MessageKey } from '../../data/messages';
import { ruleLabel } from '../../lib/settings/rule-label';
import { parseUserRule } from '../../lib/settings/user-rules';
import type { SiteRule } from '../../lib/traces/site-rules';
import { useT } from '../i18n-context';
import { Section } from './Section';

interface Props {
  sites: readonly SiteRule[];
  /** The built-in rules: a site they already cover is a duplicate. */
  builtIn: readonly SiteRule[];
  onChange: (sites: SiteRule[]) => void;
}

/** The person's own help sites: add with validation and a clear message, remove one by one. */
export function UserSitesSettings({ sites, builtIn, onChange }: Props) {
  const t = useT();
  const [input, setInput] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);

  const add = (e: Event) => {
    e.preventDefault();
    const result = parseUserRule(input, [...builtIn, ...sites]);
    if (!result.ok) {
      setError(`siteError_${result.reason}` as MessageKey);
      return;
    }
    setError(null);
    setInput('');
    onChange([...sites, result.rule]);
  };

  return (
    <Section id="sites" title={t('sectionSites')}>
      <p>{t('sitesHelp')}</p>
      <form class="row" onSubmit={add} noValidate>
        <label for="site-input">{t('sitesInputLabel')}</label>
        <input
          id="site-input"
          type="text"
          value={input}
          autocomplete="off"
          spellcheck={false}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setInput(e.currentTarget.value)}
        />
        <button type="submit">{t('sitesAdd')}</button>
        {error && (
          <p id="site-error" class="error" role="alert">
            {t(error)}
          </p>
        )}
      </form>
      {sites.length ? (
        <ul class="sites">
          {sites.map((rule, i) => (
            <li key={ruleLabel(rule)}>
              <span>{ruleLabel(rule)}</span>
              <button
                type="button"
                class="link-button"
                aria-label={t('sitesRemove', ruleLabel(rule))}
                onClick={() => onChange(sites.filter((_, j) => j !== i))}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t('sitesEmpty')}</p>
      )}
    </Section>
  );
}
