import { useState } from 'preact/hooks';
import type { GuideBlock, GuideText } from '../lib/directory/guide-schema';
import { useT } from './i18n-context';

/** A private checklist: ticks live in this page's memory only and vanish when it closes. */
function Checklist({ items, id }: { items: string[]; id: string }) {
  const t = useT();
  const [ticked, setTicked] = useState<boolean[]>(() => items.map(() => false));
  return (
    <fieldset class="checklist">
      <legend>{t('checklistNote')}</legend>
      {items.map((item, i) => (
        <label key={item} class="check">
          <input
            type="checkbox"
            id={`${id}-${i}`}
            checked={ticked[i]}
            onChange={(e) => {
              const checked = e.currentTarget.checked;
              setTicked((prev) => prev.map((v, j) => (j === i ? checked : v)));
            }}
          />
          <span>{item}</span>
        </label>
      ))}
    </fieldset>
  );
}

function List({ items, class: className }: { items: readonly string[]; class?: string }) {
  return (
    <ul class={className}>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

function Block({ block, id, limits }: { block: GuideBlock; id: string; limits: readonly string[] }) {
  switch (block.type) {
    case 'p':
      return <p>{block.text}</p>;
    case 'note':
      return (
        <aside class="note" role="note">
          <p>{block.text}</p>
        </aside>
      );
    case 'list':
      return <List items={block.items} />;
    case 'checklist':
      return <Checklist items={block.items} id={id} />;
    case 'limits':
      return <List items={limits} class="limits" />;
  }
}

/**
 * A guide's sections: each an `<h2>` and its paragraphs, lists, notes and checklists. `limits` is
 * what Waypoint cannot do in the person's state (`lib/limits.ts`), shown where a guide asks.
 */
export function GuideBody({ text, limits }: { text: GuideText; limits: readonly string[] }) {
  return (
    <>
      {text.sections.map((section, s) => (
        <section key={section.heading} aria-labelledby={`s-${s}`}>
          <h2 id={`s-${s}`}>{section.heading}</h2>
          {section.blocks.map((block, b) => (
            <Block key={`${s}-${b}`} block={block} id={`c-${s}-${b}`} limits={limits} />
          ))}
        </section>
      ))}
    </>
  );
}
