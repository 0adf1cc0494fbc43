// The country a name or adjective stands for ("US", "American" → US), and the countries an article
// gives its organisations ("US planemaker Boeing", "Italian carmaker Fiat"), so that "the Italian
// company said" goes to an Italian company, not to the nearest one.
import type { Mention } from '../../types.js';
import type { DocumentContext } from '../context/document.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey } from '../gazetteer/normalize.js';
import { isCode } from '../gazetteer/format.js';

/** The country codes a place or nationality mention can stand for ("American": US and its territories), or null. */
export function countryOf(ctx: DocumentContext, m: Mention): ReadonlySet<string> | null {
  const place = ctx.places.find((p) => p.start === m.start && p.end === m.end);
  if (place?.place.countryCode) return place.place.kind === 'country' ? new Set([place.place.countryCode]) : null;
  const g = gazetteer();
  const countries = (isCode(m.text) ? g.byCode(m.text) : g.byKey(nameKey(m.text))).filter((e) => e.kind === 'C');
  if (countries.length) return new Set(countries.map((e) => e.cc));
  return g.demonym(nameKey(m.text)) ?? null;
}

/**
 * Per organisation (by entity id, else name): the countries the article writes in front of it, a
 * place or nationality followed only by one to four lower-case words ("US planemaker Boeing").
 */
export function organisationCountries(ctx: DocumentContext, tokenAt: (offset: number) => number): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (let k = 0; k < ctx.mentions.length; k++) {
    const m = ctx.mentions[k];
    if (m.type !== 'ORG') continue;
    // "US planemaker Boeing", or set off by a comma: "Irish low-cost airline, Ryanair"
    const first = tokenAt(m.start) - (ctx.toks[tokenAt(m.start) - 1]?.text === ',' ? 2 : 1);
    let t = first;
    while (t > first - 4 && t >= 0 && ctx.mentionAt[t] < 0 && /^[a-z][a-z-]*$/.test(ctx.toks[t].text)) t--;
    if (t < 0 || t === first || ctx.mentionAt[t] < 0) continue;
    const modifier = ctx.mentions[ctx.mentionAt[t]];
    if (modifier.type !== 'LOC' && modifier.type !== 'MISC') continue;
    const ccs = countryOf(ctx, modifier);
    if (!ccs) continue;
    const key = m.entityId ?? m.canonical ?? m.text;
    const set = out.get(key) ?? new Set<string>();
    for (const cc of ccs) set.add(cc);
    out.set(key, set);
  }
  return out;
}
