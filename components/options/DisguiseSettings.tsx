import { useEffect, useState } from 'preact/hooks';
import type { MessageKey } from '../../data/messages';
import type { Decimals } from '../../lib/disguise/calculator';
import { codeError, codeMatches, normalizeCode } from '../../lib/disguise/code';
import { codeKindOf, isDisguised, lookOf } from '../../lib/settings/disguise';
import { DISGUISES, type Disguise } from '../../lib/settings/settings';
import { CodeField } from '../decoys/CodeField';
import { Decoy } from '../decoys/Decoy';
import { useT } from '../i18n-context';
import { ChoiceGroup } from './ChoiceGroup';
import { Section } from './Section';

interface Props {
  value: Disguise;
  code: string;
  decimals: Decimals;
  separator: '.' | ',';
  /** Saves a look with its code (`none` with ''). */
  onChange: (disguise: Disguise, code: string) => void;
}

/**
 * The discreet look: choose a tool, set its code, use the code once in a practice copy of the
 * tool, and only then turn it on, so nobody locks themselves out with a typo.
 */
export function DisguiseSettings({ value, code, decimals, separator, onChange }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<Disguise>(value);
  const [draftCode, setDraftCode] = useState('');
  const [practised, setPractised] = useState(false);
  const [changing, setChanging] = useState(false);
  const [practiceNotes, setPracticeNotes] = useState('');
  // The stored look changed (turned on here, reset, or changed in another tab): show it.
  useEffect(() => setDraft(value), [value]);
  const on = draft === value && isDisguised({ disguise: value, unlockCode: code });
  const kind = codeKindOf(draft);
  const error = draftCode ? codeError(kind, draftCode) : null;
  const ready = draftCode !== '' && error === null && practised;

  const choose = (next: Disguise) => {
    setDraft(next);
    setPractised(false);
    setChanging(false);
    if (next === 'none') onChange('none', '');
  };

  return (
    <Section id="disguise" title={t('sectionDisguise')}>
      <p>{t('disguiseHelp')}</p>
      <ChoiceGroup
        legend={t('sectionDisguise')}
        hideLegend
        name="disguise"
        value={draft}
        onChange={choose}
        choices={DISGUISES.map((d) => ({
          value: d,
          label: (
            <>
              <img src={lookOf(d).icon[32]} alt="" width={20} height={20} class="look-icon" />
              {t(lookOf(d).titleKey)}
            </>
          ),
        }))}
      />
      {draft !== 'none' && on && !changing && (
        <div class="look-setup">
          <p class="practice-result">{t('disguiseOn')}</p>
          <p>{t(`disguiseHow_${draft}` as MessageKey)}</p>
          <button type="button" onClick={() => setChanging(true)}>
            {t('disguiseChangeCode')}
          </button>
        </div>
      )}
      {draft !== 'none' && (!on || changing) && (
        <div class="look-setup">
          {draft === value && !on && <p class="notice">{t('disguiseToolbarOnly')}</p>}
          <div class="row">
            <CodeField
              id="look-code"
              label={t(`disguiseCode_${kind}` as MessageKey)}
              kind={kind}
              value={draftCode}
              error={error}
              onInput={(v) => {
                setDraftCode(v);
                setPractised(false);
              }}
            />
          </div>
          <p>{t(`disguiseHow_${draft}` as MessageKey)}</p>
          <div class="practice">
            <h3>{t('disguisePractice')}</h3>
            <Decoy
              key={draft}
              look={draft}
              decimals={decimals}
              separator={separator}
              notes={practiceNotes}
              onNotes={setPracticeNotes}
              isCode={(typed) => !error && codeMatches(draftCode, typed)}
              onUnlock={() => setPractised(true)}
            />
            <p class="practice-result" role="status" aria-live="polite">
              {practised ? t('disguisePracticeOk') : ''}
            </p>
          </div>
          {!ready && <p class="muted">{t('disguiseNeedPractice')}</p>}
          <button
            type="button"
            disabled={!ready}
            onClick={() => {
              onChange(draft, normalizeCode(draftCode));
              setDraftCode('');
              setPractised(false);
              setChanging(false);
            }}
          >
            {t('disguiseTurnOn')}
          </button>
        </div>
      )}
      {draft !== 'none' && <p class="muted">{t('disguiseForgot')}</p>}
    </Section>
  );
}
