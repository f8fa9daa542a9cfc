import { useRef, useState } from 'preact/hooks';
import type { MessageKey } from '../../data/messages';
import {
  type CalcKey,
  calcKeyFor,
  EMPTY_CALC,
  formatExpr,
  formatResult,
  press,
} from '../../lib/disguise/calculator';
import { useT } from '../i18n-context';
import type { NumericDecoyProps } from './decoy-props';
import { useFocusOnOpen } from './focus-on-open';

/** The keypad, row by row; each key's spoken name when it is a symbol. */
const ROWS: [CalcKey, string, MessageKey?][][] = [
  [
    ['clear', 'C', 'calcKey_clear'],
    ['back', '⌫', 'calcKey_back'],
    ['÷', '÷', 'calcKey_divide'],
    ['×', '×', 'calcKey_times'],
  ],
  [
    ['7', '7'],
    ['8', '8'],
    ['9', '9'],
    ['−', '−', 'calcKey_minus'],
  ],
  [
    ['4', '4'],
    ['5', '5'],
    ['6', '6'],
    ['+', '+', 'calcKey_plus'],
  ],
  [
    ['1', '1'],
    ['2', '2'],
    ['3', '3'],
    ['=', '=', 'calcKey_equals'],
  ],
  [
    ['0', '0'],
    ['.', '.', 'calcKey_point'],
  ],
];

/**
 * A working calculator. Pressing `=` after typing exactly the code also calls `onUnlock`; any
 * other expression is simply computed, so a wrong code shows nothing but its own result.
 */
export function Calculator({ isCode, onUnlock, decimals, separator, autoFocus }: NumericDecoyProps) {
  const t = useT();
  const [state, setState] = useState(EMPTY_CALC);
  // The latest state, read synchronously: keys can arrive faster than renders.
  const current = useRef(EMPTY_CALC);
  const first = useFocusOnOpen<HTMLButtonElement>(autoFocus);
  const key = (k: CalcKey) => {
    if (k === '=' && isCode(current.current.expr)) onUnlock();
    current.current = press(current.current, k);
    setState(current.current);
  };
  const result =
    state.result &&
    (state.result.ok ? formatResult(state.result.value, decimals, separator) : t('calcError'));
  return (
    <fieldset
      class="calc"
      onKeyDown={(e) => {
        if (e.ctrlKey || e.altKey || e.metaKey) return;
        // Space on a focused key presses that key (its click); Enter always means =, as on a
        // desktop calculator, so typing a sum and pressing Enter works wherever focus is.
        const k = calcKeyFor(e.key);
        if (!k) return;
        e.preventDefault();
        key(k);
      }}
    >
      <legend class="visually-hidden">{t('disguise_calculator')}</legend>
      <output class="calc-display" aria-label={t('calcDisplay')}>
        <span class="calc-expr">{formatExpr(state.expr, separator) || (state.result ? '' : '0')}</span>
        <span class="calc-result">{result ?? ''}</span>
      </output>
      <div class="calc-keys">
        {ROWS.flat().map(([k, label, name], i) => (
          <button
            key={k}
            type="button"
            class={`calc-key${k === '=' ? ' calc-equals' : ''}${k === '0' ? ' calc-wide' : ''}`}
            aria-label={name ? t(name) : undefined}
            ref={i === 4 ? first : undefined}
            onClick={() => key(k)}
          >
            {k === '.' ? separator : label}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
