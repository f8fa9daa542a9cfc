import type { Range } from '../lib/directory/normalize';

/** Text with the matched ranges wrapped in `<mark>`. */
export function Highlight({ text, ranges }: { text: string; ranges?: readonly Range[] }) {
  if (!ranges?.length) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
