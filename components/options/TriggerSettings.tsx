import type { MessageKey } from '../../data/messages';
import { DEFAULT_TRIGGER, TRIGGER_KEYS, type TriggerConfig } from '../../lib/exit/trigger';
import { useT } from '../i18n-context';
import { ChoiceGroup } from './ChoiceGroup';
import { Section } from './Section';

type Preset = 'shift3' | 'esc2' | 'custom';

const ESC2: TriggerConfig = { key: 'Escape', presses: 2, windowMs: 2000 };
const WINDOWS = [500, 1000, 1500, 2000, 2500, 3000];

function presetOf(t: TriggerConfig): Preset {
  if (t.key === 'Shift' && t.presses === 3) return 'shift3';
  if (t.key === 'Escape' && t.presses === 2) return 'esc2';
  return 'custom';
}

interface Props {
  trigger: TriggerConfig;
  rehearsal: boolean;
  practiced: boolean;
  shortcut: string | null | undefined;
  firefox: boolean;
  onTrigger: (trigger: TriggerConfig) => void;
  onRehearsal: (on: boolean) => void;
  onOpenShortcuts: () => void;
}

/** The quick-exit keys, practice mode, and the browser shortcut's status. */
export function TriggerSettings(p: Props) {
  const t = useT();
  const preset = presetOf(p.trigger);
  const keyName = (k: string) => (k.startsWith('F') ? k : t(`key_${k}` as MessageKey));
  const choose = (next: Preset) => {
    if (next === 'shift3') p.onTrigger({ ...DEFAULT_TRIGGER, windowMs: p.trigger.windowMs });
    else if (next === 'esc2') p.onTrigger({ ...ESC2, windowMs: p.trigger.windowMs });
    else p.onTrigger({ key: 'F2', presses: 3, windowMs: p.trigger.windowMs });
  };
  return (
    <Section id="trigger" title={t('sectionTrigger')}>
      <p>{t('triggerHelp')}</p>
      <ChoiceGroup
        legend={t('sectionTrigger')}
        hideLegend
        name="trigger"
        value={preset}
        onChange={choose}
        choices={[
          { value: 'shift3', label: t('triggerShift3') },
          { value: 'esc2', label: t('triggerEsc2') },
          { value: 'custom', label: t('triggerCustom') },
        ]}
      />
      {preset === 'custom' && (
        <div class="row">
          <label>
            {t('triggerKey')}
            <select
              value={p.trigger.key}
              onChange={(e) => p.onTrigger({ ...p.trigger, key: e.currentTarget.value })}
            >
              {TRIGGER_KEYS.map((k) => (
                <option key={k} value={k}>
                  {keyName(k)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('triggerPresses')}
            <select
              value={String(p.trigger.presses)}
              onChange={(e) => p.onTrigger({ ...p.trigger, presses: Number(e.currentTarget.value) })}
            >
              {[2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <label class="row">
        {t('triggerWindow')}
        <select
          value={String(p.trigger.windowMs)}
          onChange={(e) => p.onTrigger({ ...p.trigger, windowMs: Number(e.currentTarget.value) })}
        >
          {WINDOWS.map((ms) => (
            <option key={ms} value={ms}>
              {t('seconds', (ms / 1000).toLocaleString())}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={p.rehearsal}
          onChange={(e) => p.onRehearsal(e.currentTarget.checked)}
        />
        <span>{t('rehearsalLabel')}</span>
      </label>
      {p.rehearsal && (
        <div class="practice">
          <p>{t('rehearsalHelp')}</p>
          <label>
            {t('practiceBox')}
            <textarea rows={2} />
          </label>
          <p role="status" class="practice-result">
            {p.practiced ? t('practiceResult') : ''}
          </p>
        </div>
      )}
      {p.shortcut !== undefined && (
        <p class="shortcut">
          {p.shortcut ? t('shortcutSet', p.shortcut) : t('shortcutUnset')}{' '}
          {p.firefox ? (
            <span>{t('shortcutFirefox')}</span>
          ) : (
            <button type="button" class="link-button" onClick={p.onOpenShortcuts}>
              {t('shortcutOpen')}
            </button>
          )}
        </p>
      )}
    </Section>
  );
}
