// Gold spans read off MEANTIME's tokens are over the tokens' own text; the pipeline analyses that
// text after extraction, which may trim or reflow it. A gold span is found again as the same
// occurrence of its text, counted from the start.
import type { Span } from '../../types.js';

/** Where each gold span's text stands in the analysed text: the same occurrence of it, counted from the start. */
export function relocate<T extends Span & { text: string }>(source: string, target: string, items: T[]): T[] {
  const out: T[] = [];
  for (const it of items) {
    let k = 0;
    for (let at = source.indexOf(it.text); at >= 0 && at < it.start; at = source.indexOf(it.text, at + 1)) k++;
    let at = target.indexOf(it.text);
    for (let i = 0; i < k && at >= 0; i++) at = target.indexOf(it.text, at + 1);
    if (at >= 0) out.push({ ...it, start: at, end: at + it.text.length });
  }
  return out;
}
