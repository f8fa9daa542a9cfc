import { useState } from 'preact/hooks';
import type { MessageKey } from '../../data/messages';
import { formatResult } from '../../lib/disguise/calculator';
import {
  CATEGORIES,
  type Category,
  convert,
  defaultPair,
  parseAmount,
  type UnitId,
  unitsOf,
} from '../../lib/disguise/converter';
import { useT } from '../i18n-context';
import type { NumericDecoyProps } from './decoy-props';
import { useFocusOnOpen } from './focus-on-open';

/**
 * A unit converter that converts as the amount is typed. Enter in the amount field when it holds
 * exactly the code also calls `onUnlock`; any other Enter does nothing.
 */
export function Converter(props: NumericDecoyProps) {
  const { isCode, onUnlock, decimals, separator } = props;
  const t = useT();
  const [category, setCategory] = useState<Category>('length');
  const [[from, to], setPair] = useState<[UnitId, UnitId]>(defaultPair('length'));
  const [amount, setAmount] = useState('1');
  const input = useFocusOnOpen<HTMLInputElement>(props.autoFocus, (el) => el.select());
  const value = parseAmount(amount);
  const converted = value === null ? null : convert(value, from, to);
  const unitName = (u: UnitId) => t(`unit_${u}` as MessageKey);
  const unitSelect = (id: string, label: string, unit: UnitId, pick: (u: UnitId) => void) => (
    <label for={id}>
      {label}
      <select id={id} value={unit} onChange={(e) => pick(e.currentTarget.value as UnitId)}>
        {unitsOf(category).map((u) => (
          <option key={u} value={u}>
            {unitName(u)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <fieldset class="conv">
      <legend class="visually-hidden">{t('disguise_converter')}</legend>
      <label for="conv-category">
        {t('convCategory')}
        <select
          id="conv-category"
          value={category}
          onChange={(e) => {
            const next = e.currentTarget.value as Category;
            setCategory(next);
            setPair(defaultPair(next));
          }}
        >
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category_${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
      <label for="conv-amount">
        {t('convAmount')}
        <input
          id="conv-amount"
          type="text"
          inputMode="decimal"
          autocomplete="off"
          value={amount}
          ref={input}
          onInput={(e) => setAmount(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (isCode(e.currentTarget.value)) onUnlock();
          }}
        />
      </label>
      {unitSelect('conv-from', t('convFrom'), from, (u) => setPair([u, to]))}
      <button type="button" class="conv-swap" onClick={() => setPair([to, from])}>
        {t('convSwap')}
      </button>
      {unitSelect('conv-to', t('convTo'), to, (u) => setPair([from, u]))}
      <output class="conv-result" for="conv-amount conv-from conv-to" aria-label={t('convResult')}>
        {converted === null
          ? t('convInvalid')
          : `${formatResult(converted, decimals, separator)} ${unitName(to)}`}
      </output>
    </fieldset>
  );
}
