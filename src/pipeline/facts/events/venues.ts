// Named seats of national institutions (data/event-venues.json): places as well as bodies. "The
// Commons vote" is held in the House of Commons, and a story that names it is set in its country.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../../paths.js';
import type { Place, PlaceMention, Syntax } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { children, dependents, relationMatches, wordOfToken } from '../../syntax/query.js';

interface VenueEntry {
  name: string;
  forms: string[];
  /** Forms that are common words as well ("Number 10" is a shirt too): the venue only as a phrase of their own. */
  bareForms?: string[];
  country: string;
  countryCode: string;
  lat: number;
  lon: number;
}

interface VenueForm {
  words: string[];
  place: Place;
  bare: boolean;
}

let forms: VenueForm[] | undefined;

function venueForms(): VenueForm[] {
  if (forms) return forms;
  const data = JSON.parse(readFileSync(projectPath('data', 'event-venues.json'), 'utf8')) as { venues: VenueEntry[] };
  forms = data.venues.flatMap((v) => {
    const place: Place = { name: v.name, country: v.country, countryCode: v.countryCode, lat: v.lat, lon: v.lon, kind: 'site', ref: `chronicle:venue/${v.name.toLowerCase().replace(/\s+/g, '-')}` };
    return v.forms.map((f) => ({ words: f.split(/\s+/), place, bare: v.bareForms?.includes(f) ?? false }));
  });
  // longest first: "House of Commons" before "Commons"
  forms.sort((a, b) => b.words.length - a.words.length);
  return forms;
}

const cache = new WeakMap<FactsContext, PlaceMention[]>();

/**
 * Venues named in the document, as written (capitalised, word for word). A form that continues a
 * longer capitalised name ("Creative Commons") is that other name, not the venue.
 */
export function venuesIn(ctx: FactsContext): PlaceMention[] {
  const known = cache.get(ctx);
  if (known) return known;
  const out: PlaceMention[] = [];
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    for (const f of venueForms()) {
      if (!f.words.every((w, k) => toks[i + k]?.text === w)) continue;
      const prev = toks[i - 1];
      if (prev && prev.sentence === toks[i].sentence && /^[A-Z]/.test(prev.text) && i - 1 > ctx.sentStart[prev.sentence]) break;
      if (f.bare && !standsAlone(ctx, i, i + f.words.length)) continue;
      const end = toks[i + f.words.length - 1].end;
      out.push({ start: toks[i].start, end, text: ctx.text.slice(toks[i].start, end), place: f.place });
      i += f.words.length - 1;
      break;
    }
  }
  cache.set(ctx, out);
  return out;
}

const DETERMINERS_AND_POSSESSIVES = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', "'s", '’s']);

/**
 * Does the phrase at tokens [a, b) stand as a name of its own: no determiner or possessive before it ("his
 * Number 10", "the club's Number 10"), by the parse no noun after it that it modifies ("the Number 10 shirt"),
 * and not what a verb's doer has or is given ("wears Number 10 for the national side"): the seat of government
 * speaks or is where things happen, it is not worn.
 */
function standsAlone(ctx: FactsContext, a: number, b: number): boolean {
  if (DETERMINERS_AND_POSSESSIVES.has(ctx.low[a - 1] ?? '')) return false;
  const syn = ctx.syntax;
  const next = syn && b < ctx.toks.length ? wordOfToken(syn, b) : -1;
  if (next >= 0 && syn!.words[next].upos === 'NOUN' && /^[a-z]/.test(ctx.toks[b].text)) return false;
  if (!syn) return true;
  const heads = phraseHeads(ctx, a, b);
  const marked = heads.some((h) => caseOfPhrase(syn, h));
  return !heads.some((w) => isHeld(syn, w, marked));
}

/** Does a case word ("at", "in") open the phrase headed by w, on the head or on one of its own words? */
function caseOfPhrase(syn: Syntax, w: number): boolean {
  return dependents(syn, w, 'case').length > 0 || children(syn, w).some((c) => dependents(syn, c, 'case').length > 0);
}

/** A phrase head the parse makes a thing someone has or is given: an object, or a bare oblique with no case word ("wears Number 10"). */
function isHeld(syn: Syntax, w: number, marked: boolean): boolean {
  const rel = syn.words[w].deprel;
  if (rel === 'obj' || rel === 'iobj') return true;
  return (relationMatches(rel, 'nmod') || relationMatches(rel, 'obl')) && rel !== 'nmod:poss' && !marked;
}

/** The parse words of tokens [a, b) whose heads lie outside them: the phrase's own head(s). */
function phraseHeads(ctx: FactsContext, a: number, b: number): number[] {
  const syn = ctx.syntax!;
  const words = new Set<number>();
  for (let k = a; k < b; k++) {
    const w = wordOfToken(syn, k);
    if (w >= 0) words.add(w);
  }
  return [...words].filter((w) => !words.has(syn.words[w].head));
}

/** The venue at token k, or null. */
export function venueAt(ctx: FactsContext, k: number): PlaceMention | null {
  const venues = venuesIn(ctx);
  if (!venues.length) return null;
  const off = ctx.toks[k].start;
  return venues.find((v) => v.start <= off && off < v.end) ?? null;
}

/** The venue a story names most (first on ties): where a vote it places nowhere was held. */
export function leadingVenue(ctx: FactsContext): PlaceMention | null {
  const counts = new Map<string, { first: PlaceMention; n: number }>();
  for (const v of venuesIn(ctx)) {
    const c = counts.get(v.place.ref);
    if (c) c.n++;
    else counts.set(v.place.ref, { first: v, n: 1 });
  }
  let best: { first: PlaceMention; n: number } | null = null;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first ?? null;
}
