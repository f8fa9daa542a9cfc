import { useState } from 'preact/hooks';
import type { MessageKey } from '../../data/messages';
import { NEUTRAL_PRESETS, parseNeutralUrl } from '../../lib/exit/neutral-site';
import { useT } from '../i18n-context';
import { ChoiceGroup } from './ChoiceGroup';
import { Section } from './Section';

interface Props {
  url: string;
  onSave: (url: string) => void;
}

/** Presets, or a custom address that is saved only once it is a valid http(s) address. */
export function NeutralSiteSettings({ url, onSave }: Props) {
  const t = useT();
  const preset = NEUTRAL_PRESETS.find((p) => p.url === url)?.id;
  const [custom, setCustom] = useState(preset ? '' : url);
  const [showCustom, setShowCustom] = useState(!preset);
  const [error, setError] = useState<MessageKey | null>(null);

  const submit = (e: Event) => {
    e.preventDefault();
    const result = parseNeutralUrl(custom);
    if (!result.ok) {
      setError(`neutralError_${result.reason}` as MessageKey);
      return;
    }
    setError(null);
    setCustom(result.url);
    onSave(result.url);
  };

  return (
    <Section id="neutral" title={t('sectionNeutral')}>
      <p>{t('neutralHelp')}</p>
      <ChoiceGroup
        legend={t('sectionNeutral')}
        hideLegend
        name="neutral"
        value={showCustom ? 'custom' : (preset ?? 'custom')}
        onChange={(v) => {
          if (v === 'custom') setShowCustom(true);
          else {
            setShowCustom(false);
            setError(null);
            onSave(NEUTRAL_PRESETS.find((p) => p.id === v)!.url);
          }
        }}
        choices={[
          ...NEUTRAL_PRESETS.map((p) => ({ value: p.id, label: t(`preset_${p.id}` as MessageKey) })),
          { value: 'custom', label: t('neutralCustom') },
        ]}
      />
      {showCustom && (
        <form class="row" onSubmit={submit} noValidate>
          <label for="neutral-url">{t('neutralCustomLabel')}</label>
          <input
            id="neutral-url"
            type="url"
            inputMode="url"
            value={custom}
            autocomplete="off"
            spellcheck={false}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'neutral-error' : undefined}
            onInput={(e) => setCustom(e.currentTarget.value)}
          />
          <button type="submit">{t('neutralUse')}</button>
          {error && (
            <p id="neutral-error" class="error" role="alert">
              {t(error)}
            </p>
          )}
        </form>
      )}
    </Section>
  );
}
