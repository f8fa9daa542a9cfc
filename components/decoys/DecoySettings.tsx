import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { MessageKey } from '../../data/messages';
import { DECIMALS, type Decimals } from '../../lib/disguise/calculator';
import { type CodeError, codeError } from '../../lib/disguise/code';
import { codeKindOf } from '../../lib/settings/disguise';
import type { Disguise } from '../../lib/settings/settings';
import { useT } from '../i18n-context';
import { ChoiceGroup } from '../options/ChoiceGroup';
import { ConfirmButton } from '../options/ConfirmButton';
import { Section } from '../options/Section';
import { CodeField } from './CodeField';

interface Props {
  look: Exclude<Disguise, 'none'>;
  decimals: Decimals;
  largeText: boolean;
  /** The typed way back (`#new-code`): offer to choose a new code. */
  recovery: boolean;
  status: string;
  onDecimals: (d: Decimals) => void;
  onLargeText: (on: boolean) => void;
  onClearNotes: () => void;
  /** Saves a new code that `codeError` accepted. */
  onNewCode: (code: string) => void;
  /** The working look, to try it (and to use the code in). */
  children: ComponentChildren;
}

/** The settings page of a look: only what such a tool would have, and the tool itself to try. */
export function DecoySettings(p: Props) {
  const t = useT();
  const [code, setCode] = useState('');
  const [error, setError] = useState<CodeError | null>(null);
  const kind = codeKindOf(p.look);
  return (
    <main class="options decoy-settings">
      <h1>{t(`decoyTitle_${p.look}` as MessageKey)}</h1>
      <p>{t('decoyIntro')}</p>
      <p class="status" role="status" aria-live="polite">
        {p.status}
      </p>
      {p.recovery && (
        <Section id="new-code" title={t('newCodeTitle')}>
          <p>{t(`newCodeHow_${p.look}` as MessageKey)}</p>
          <form
            class="row"
            onSubmit={(e) => {
              e.preventDefault();
              const problem = codeError(kind, code);
              setError(problem);
              if (!problem) p.onNewCode(code);
            }}
          >
            <CodeField
              id="new-code-input"
              label={t('newCodeLabel')}
              kind={kind}
              value={code}
              error={error}
              onInput={(v) => {
                setCode(v);
                setError(null);
              }}
            />
            <button type="submit">{t('newCodeSave')}</button>
          </form>
        </Section>
      )}
      <Section id="try" title={t('decoyTry')}>
        <div class={`decoy-frame${p.largeText ? ' decoy-large' : ''}`}>{p.children}</div>
      </Section>
      <Section id="display" title={t('decoyDisplay')}>
        {p.look !== 'notes' && (
          <ChoiceGroup
            legend={t('decoyDecimals')}
            name="decimals"
            value={String(p.decimals)}
            onChange={(v) => p.onDecimals(v === 'auto' ? 'auto' : (Number(v) as Decimals))}
            choices={DECIMALS.map((d) => ({
              value: String(d),
              label: d === 'auto' ? t('decimals_auto') : String(d),
            }))}
          />
        )}
        <label class="check">
          <input
            type="checkbox"
            checked={p.largeText}
            onChange={(e) => p.onLargeText(e.currentTarget.checked)}
          />
          {t('decoyLargeText')}
        </label>
      </Section>
      {p.look === 'notes' && (
        <Section id="clear-notes" title={t('notesClear')}>
          <ConfirmButton
            label={t('notesClear')}
            question={t('notesClearConfirm')}
            yes={t('notesClearYes')}
            no={t('resetNo')}
            onConfirm={p.onClearNotes}
          />
        </Section>
      )}
    </main>
  );
}
