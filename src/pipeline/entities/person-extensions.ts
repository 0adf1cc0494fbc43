// Extending a person mention over words written right after it that belong to the name (a
// generation numeral, a lower-case Arabic article surname): shared by those passes.
import type { Mention } from '../../types.js';

/**
 * Person mentions extended over what `follower` (anchored at the mention's end) matches within
 * `reach` characters. A mention inside the added words is dropped, unless `blocks` says it is more
 * than a part of the name (it runs on past the words, or is of another type): then the person
 * stays as it was.
 */
export function extendPersons(text: string, mentions: Mention[], follower: RegExp, reach: number, blocks: (inside: Mention, end: number) => boolean): Mention[] {
  const drop = new Set<Mention>();
  const out = mentions.map((m) => {
    if (m.type !== 'PER') return m;
    const next = follower.exec(text.slice(m.end, m.end + reach));
    if (!next) return m;
    const end = m.end + next[0].length;
    const inside = mentions.filter((o) => o !== m && o.start >= m.end && o.start < end);
    if (inside.some((o) => blocks(o, end))) return m;
    for (const o of inside) drop.add(o);
    return { ...m, end, text: text.slice(m.start, end) };
  });
  return drop.size ? out.filter((m) => !drop.has(m)) : out;
}
