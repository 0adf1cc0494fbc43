// The country a document is set in: the one its resolved place names, named venues and the country
// adjectives of its organisations ("the Australian government") point to clearly more often than any
// other, else its dateline's. A domestic event (an election, a court step, an arrest) the text places
// nowhere is placed there, marked as inferred.
import type { EventRole, Place, PlaceMention } from '../../../types.js';
import { firstTokenAtOrAfter, type FactsContext } from '../../context/document.js';
import { gazetteer } from '../../gazetteer/gazetteer.js';
import { countryPlace } from '../../places/index.js';
import { nameKey } from '../../gazetteer/normalize.js';
import { wordOfToken } from '../../syntax/query.js';
import { rangeIs } from '../../senses/word-senses.js';
import { venuesIn } from './venues.js';

/** Fewest place mentions of a country, and its lead over the next, for it to be the setting. */
const MIN_MENTIONS = 2;

export type InferredPlace = EventRole & { place?: Place; inferred: true };

/** A country adjective on an organisation ("the Australian government" → Australia): says which country a story is about, never where an event was. */
export interface CountryAdjective {
  start: number;
  end: number;
  country: string;
  /** The adjective as written ("Australian"). */
  text: string;
}

/**
 * The document's country as an event place (cited at its first mention), or null when no country
 * leads. Where none leads, a dateline's place ("ANKARA, March 3 (Agency) -") says where the story is
 * filed from: its country is the setting. (A story filed from one capital about another country names
 * that country more, and the count wins.)
 */
export function documentCountry(places: readonly PlaceMention[], dateline: PlaceMention | null = null, adjectives: readonly CountryAdjective[] = []): InferredPlace | null {
  const sorted = [...places].sort((a, b) => a.start - b.start);
  const country = leadingCountry([...places.map((p) => p.place.country), ...adjectives.map((a) => a.country)]) ?? dateline?.place.country ?? null;
  if (!country) return null;
  const named = sorted.find((p) => p.place.kind === 'country' && p.place.country === country);
  const first = named ?? sorted.find((p) => p.place.country === country) ?? adjectives.find((a) => a.country === country)!;
  // never named: cited at the text it is inferred from (a town in it, a country adjective), which
  // the span covers as written; the country it stands for is the place
  const place = named ? named.place : countryPlace(country);
  return { start: first.start, end: first.end, text: named ? named.text : first.text, ...(place ? { place } : {}), inferred: true };
}

/** The country most place names and adjectives point to, at least MIN_MENTIONS times and twice as often as any other. */
function leadingCountry(countries: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const c of countries) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length) return null;
  const [country, n] = ranked[0];
  const runnerUp = ranked[1]?.[1] ?? 0;
  return n >= MIN_MENTIONS && n >= 2 * runnerUp ? country : null;
}

const settings = new WeakMap<FactsContext, InferredPlace | null>();

/** The country a story is set in (documentCountry over its places, venues, organisations' country adjectives and dateline), once per document. */
export function storySetting(ctx: FactsContext): InferredPlace | null {
  if (!settings.has(ctx)) {
    const dateline = ctx.places.find((p) => ctx.inDateline[firstTokenAtOrAfter(ctx.toks, p.start)]) ?? null;
    settings.set(ctx, documentCountry([...ctx.places, ...venuesIn(ctx)], dateline, countryAdjectives(ctx)));
  }
  return settings.get(ctx) ?? null;
}

/**
 * Country adjectives on organisations ("the Australian government", "an Australian mining firm"): a
 * capitalised word the gazetteer knows as the adjective of exactly one country, modifying a word for
 * an organisation. A person's nationality ("the Australian strategist") says who, not where the story is.
 */
export function countryAdjectives(ctx: FactsContext): CountryAdjective[] {
  const out: CountryAdjective[] = [];
  if (!ctx.syntax) return out;
  for (let t = 0; t < ctx.toks.length; t++) {
    const w = ctx.toks[t];
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.text) || !describesOrganisation(ctx, t)) continue;
    const country = adjectiveCountry(w.text);
    if (country) out.push({ start: w.start, end: w.end, country, text: w.text });
  }
  return out;
}

/**
 * Every country adjective in the text, inside names too ("the Iraqi Interior Ministry", "Syrian officials"):
 * not where an event was, but a sign of which countries a story is about.
 */
function countryWords(ctx: FactsContext): CountryAdjective[] {
  const out: CountryAdjective[] = [];
  for (const w of ctx.toks) {
    if (!/^\p{Lu}\p{Ll}+$/u.test(w.text)) continue;
    const country = adjectiveCountry(w.text);
    if (country) out.push({ start: w.start, end: w.end, country, text: w.text });
  }
  return out;
}

/** Is token t a modifier of a word for an organisation ("government", "firm"), outside any name? */
function describesOrganisation(ctx: FactsContext, t: number): boolean {
  const syn = ctx.syntax!;
  // the tagger calls a nationality MISC; inside another name ("Australian Financial Review") it is that name
  if (ctx.mentionAt[t] >= 0 && ctx.mentions[ctx.mentionAt[t]].type !== 'MISC') return false;
  const w = wordOfToken(syn, t);
  if (w < 0 || syn.words[w].deprel !== 'amod' || syn.words[w].head < 0) return false;
  const head = firstTokenAtOrAfter(ctx.toks, syn.words[syn.words[w].head].start);
  return ctx.mentionAt[head] < 0 && rangeIs(ctx, head, head + 1, 'organisation');
}

/** The one country a word is the adjective of ("Australian" → Australia), or null. */
export function adjectiveCountry(word: string): string | null {
  const ccs = gazetteer().demonym(nameKey(word));
  if (!ccs || ccs.size !== 1) return null;
  return gazetteer().country([...ccs][0])?.name ?? null;
}

/** Share of the article's resolved place names one country must hold for any event to be set there. */
const NEARLY_ALL = 0.9;

const articleCountries = new WeakMap<FactsContext, InferredPlace | null>();

/**
 * The country nearly all of the article's resolved place names (its dateline among them) lie in, by the
 * gazetteer's hierarchy, cited at its first naming: where an event its own sentence places nowhere most
 * likely happened. Country level only: a town named once says where one thing happened, not the story.
 * Null when fewer than two names, or more than a tenth of them lie elsewhere (or in no country: "Asia").
 */
export function articleCountry(ctx: FactsContext): InferredPlace | null {
  if (!articleCountries.has(ctx)) articleCountries.set(ctx, nearlyAllIn([...ctx.places, ...venuesIn(ctx)], countryWords(ctx)));
  return articleCountries.get(ctx) ?? null;
}

/**
 * The country nearly all places and country adjectives point to. The adjectives count against it too:
 * a story filed from Washington about "the Iraqi police" names mostly American places but is not set only in America.
 */
export function nearlyAllIn(places: readonly PlaceMention[], adjectives: readonly CountryAdjective[] = []): InferredPlace | null {
  const total = places.length + adjectives.length;
  if (places.length < MIN_MENTIONS) return null;
  const counts = new Map<string, number>();
  for (const c of [...places.map((p) => p.place.country), ...adjectives.map((a) => a.country)]) if (c) counts.set(c, (counts.get(c) ?? 0) + 1);
  const [country, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (!country || n < MIN_MENTIONS || n < NEARLY_ALL * total) return null;
  const inCountry = places.filter((p) => p.place.country === country);
  return inCountry.length ? documentCountry(inCountry) : null;
}
