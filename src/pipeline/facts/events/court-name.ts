// Where a named court sits, from its own name: "the Moscow City Court" sits in the Moscow the story
// places elsewhere (its dateline, another sentence). The tagger keeps the court's name whole as an
// organisation, so the place inside it is no place mention of its own; the story's other mentions of
// the same words say which place that name is, and a name the story resolves two ways says nothing.
import type { Place } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { nameKey } from '../../gazetteer/normalize.js';

export interface NamedCourtPlace {
  /** The place's words inside the court's name (the citation). */
  start: number;
  end: number;
  text: string;
  place: Place;
}

/** The place the words of the court name before its court word (token `court`) name, or null. */
export function namedCourtPlace(ctx: FactsContext, court: number): NamedCourtPlace | null {
  const m = ctx.mentions[ctx.mentionAt[court]];
  if (!m || m.type !== 'ORG') return null;
  const words = ctx.text.slice(m.start, ctx.toks[court].start);
  let best: NamedCourtPlace | null = null;
  for (const pm of ctx.places) {
    // only the story's own mentions elsewhere, not one overlapping the court's name
    if (pm.end > m.start && pm.start < m.end) continue;
    const at = wordIndex(words, pm.text);
    if (at < 0) continue;
    const key = nameKey(pm.text);
    const rivals = ctx.places.filter((o) => nameKey(o.text) === key && o.place.ref !== pm.place.ref);
    if (rivals.length) continue;
    // the longest name wins: "New York" over "York"
    if (!best || pm.text.length > best.text.length) best = { start: m.start + at, end: m.start + at + pm.text.length, text: ctx.text.slice(m.start + at, m.start + at + pm.text.length), place: pm.place };
  }
  return best;
}

/** Where `name` stands as whole words in `words`, whatever its case ("MOSCOW" in "The Moscow City"), or -1. */
function wordIndex(words: string, name: string): number {
  const low = words.toLowerCase();
  const want = name.toLowerCase();
  for (let i = low.indexOf(want); i >= 0; i = low.indexOf(want, i + 1)) {
    const before = i === 0 ? ' ' : low[i - 1];
    const after = i + want.length >= low.length ? ' ' : low[i + want.length];
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return i;
  }
  return -1;
}
