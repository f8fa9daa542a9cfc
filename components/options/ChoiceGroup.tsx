import type { ComponentChildren } from 'preact';

export interface Choice<T extends string> {
  value: T;
  label: ComponentChildren;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  /** Visually hide the legend when a section heading already says it. */
  hideLegend?: boolean;
}

/** Radio buttons in a fieldset: arrow keys move between them, the legend names the group. */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  choices,
  onChange,
  hideLegend,
}: Props<T>) {
  return (
    <fieldset class="choices">
      <legend class={hideLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} class="choice">
          <input
            type="radio"
            name={name}
            value={c.value}
            checked={c.value === value}
            onChange={() => onChange(c.value)}
          />
          <span>{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
