// Places stage: resolves LOC mentions (and "X Airport" sites) to gazetteer places, offline.
// The gazetteer loads lazily on the first document that has a place mention.
import type { Mention, Place, PlaceMention, Span as TextSpan } from '../../types.js';
import { contextWithout, documentContext } from './context.js';
import { gazetteer, type Entry, type Gazetteer } from '../gazetteer/gazetteer.js';
import { DIRECTION_BEFORE, kindWordAfter, namesOrganisation, parsePlaceName, stripDecorations } from '../gazetteer/mention.js';
import { candidates, choose, isFirstLevel, mentions as countryMentions, resolveName, standing, toPlace, type CountryContext } from '../gazetteer/resolve.js';
import { placeDisplayName } from '../gazetteer/display-name.js';
import { looksAbbreviated, resolveInState, stateAbbreviated, stateAfter, stateNamed, stateWritten, townInState } from '../gazetteer/states.js';
import { nameKey } from '../gazetteer/normalize.js';
import { divisionsNamedByInstitutions } from './institutions.js';

export { gazetteerLoadMs } from '../gazetteer/gazetteer.js';

/** A currency symbol (Unicode category Sc: $, £, €, ¥ …). */
const CURRENCY_SIGN = /\p{Sc}/u;

/**
 * Mentions this stage tries: places (not "the Ifo institute"), airports whatever the tagger called
 * them, and what is written as a state's abbreviation, which the tagger often makes an organisation
 * ("a Calif. company").
 */
function isCandidate(text: string, m: Mention): boolean {
  // a currency sign makes the name a currency ("US$", "C$"), whatever country it recalls
  if (CURRENCY_SIGN.test(m.text)) return false;
  if (m.type === 'LOC') return !namesOrganisation(text, m.end);
  return parsePlaceName(m.text).want === 'site' || looksAbbreviated(text, m);
}

export function resolvePlaces(text: string, mentions: Mention[], opts: { dateline?: string } = {}): PlaceMention[] {
  const chosen = mentions.filter((m) => isCandidate(text, m));
  if (!chosen.length) return [];
  const g = gazetteer();
  // A kind word right after the mention belongs to the name ("Krasnodar territory").
  const spans = chosen.map((m) => {
    const extra = m.type === 'LOC' ? kindWordAfter(text, m.end) : 0;
    return { start: m.start, end: m.end + extra, text: extra ? text.slice(m.start, m.end + extra) : m.text };
  });
  const dated = chosen.map((m) => m.dateline === true);
  const found = documentContext(g, text, spans.map((s) => s.text), opts.dateline, dated);
  const { anchors } = found;
  // ", Calif." after a name: the state it lies in, and a place of that country for the whole story
  const states = spans.map((s, i) => stateAfter(g, text, s.end) ?? stateInFull(g, text, s, spans[i + 1], spans[i + 2]));
  const context = withStates(found.context, states, dated);
  const keys = spans.map((s) => nameKey(s.text));
  const shortForms = countryShortForms(g, spans.map((s) => s.text));
  const inState = (i: number): Place | null => {
    const state = states[i];
    return state && candidates(g, spans[i].text).want !== 'site' ? resolveInState(g, spans[i].text, state) : null;
  };
  const qualified = sameEverywhere(keys, spans.map((_, i) => inState(i)));
  // "the Georgia Supreme Court … Georgia": the state its institutions name, not the country
  const byInstitution = divisionsNamedByInstitutions(g, mentions, context);
  // One piece of evidence among others: it yields where the rest of the document places the country by a town
  // more than the division's ("Niger State Government … the coup in Niamey … Niger"). Only such strong evidence
  // counts: an adjective or country name is weak, and one the state shares ("a Georgian immigrant") says nothing.
  const institutionDivision = (key: string, name: string, ctx: CountryContext): Place | null => {
    const e = byInstitution.get(key);
    if (!e) return null;
    const said = (cc: string): number => ctx.strong.get(cc) ?? 0;
    const countries = candidates(g, name).entries.filter((c) => c.kind === 'C' && c.cc !== e.cc);
    return countries.some((c) => said(c.cc) > said(e.cc)) ? null : toPlace(g, e);
  };
  const out: PlaceMention[] = [];
  // A mention does not vouch for itself, nor do its repeats: a name written five times is no more
  // evidence of its usual country than once ("Melbourne" in a sports page beside Palm Bay and
  // Merritt Island), nor through the region the name also means ("Bethlehem" the governorate).
  // So each name is resolved against the context without every anchor of that name.
  const withoutName = new Map<string, CountryContext>();
  keys.forEach((k, j) => withoutName.set(k, contextWithout(withoutName.get(k) ?? context, anchors[j])));
  spans.forEach((s, i) => {
    const ctx = withoutName.get(keys[i]) ?? context;
    const abbreviation = stateWritten(g, text, s.start, s.text) ?? stateAbbreviatedIn(g, text, s, ctx);
    // an organisation or other name tried only as a state's abbreviation is no place otherwise
    if (!abbreviation && chosen[i].type !== 'LOC' && parsePlaceName(chosen[i].text).want !== 'site') return;
    const place = abbreviation
      ? toPlace(g, abbreviation)
      : (inState(i) ?? qualified.get(keys[i]) ?? institutionDivision(keys[i], s.text, ctx) ?? containerAfterTown(g, text, spans[i - 1], s, spans[i + 1], ctx) ?? areaAfterDirection(g, text, s, ctx) ?? resolveName(g, s.text, ctx, containerCountries(g, text, s, spans[i + 1]), shortForms.get(nameKey(s.text))));
    if (place) out.push({ start: s.start, end: s.end, text: s.text, place });
  });
  return out;
}

/**
 * "lawmakers in N.Y.", "a Calif. company": a state's abbreviation standing alone means the state
 * where the rest of the text speaks of its country (a town or state of it, the dateline, the
 * country's own name or adjective); elsewhere "Wash." or "Mass." is as likely a clipped word or a name's part.
 */
function stateAbbreviatedIn(g: Gazetteer, text: string, s: Span, ctx: CountryContext): Entry | undefined {
  const state = stateAbbreviated(g, text, s.start, s.text);
  return state && countryMentions(ctx, state.cc) > 0 ? state : undefined;
}

/**
 * A name the text once places by its state ("its Bloomington, Ill., plant … the Bloomington
 * plant") means that place wherever it stands alone; not when the text places it in two states.
 */
function sameEverywhere(keys: readonly string[], placed: ReadonlyArray<Place | null>): Map<string, Place> {
  const out = new Map<string, Place>();
  const split = new Set<string>();
  placed.forEach((p, i) => {
    if (!p) return;
    const seen = out.get(keys[i]);
    if (seen && seen.ref !== p.ref) split.add(keys[i]);
    else out.set(keys[i], p);
  });
  for (const k of split) out.delete(k);
  return out;
}

/**
 * "CANTON, Ohio", "London, Ontario": a state or province written in full right after a town and a
 * comma is where the town lies, when a namesake lies there; not inside a list of places ("London,
 * Washington and Tokyo"), nor for a town that has none there ("Tbilisi, Georgia" is the country).
 */
function stateInFull(g: Gazetteer, text: string, town: Span, next: Span | undefined, after: Span | undefined): Entry | undefined {
  if (!next || !/^\s*,\s*$/.test(text.slice(town.end, next.start))) return undefined;
  if (after && /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(text.slice(next.end, after.start))) return undefined;
  const state = stateNamed(g, next.text);
  return state && townInState(g, town.text, state) ? state : undefined;
}

/** A place mention's span with its text. */
type Span = TextSpan & { text: string };

/** The context with each state named after a place counted as a place of its country (the dateline's apart too). */
function withStates(ctx: CountryContext, states: ReadonlyArray<Entry | undefined>, dated: readonly boolean[]): CountryContext {
  const named = states.filter((e): e is Entry => e !== undefined);
  if (!named.length) return ctx;
  const strong = new Map(ctx.strong);
  const fromDateline = new Map(ctx.dated);
  states.forEach((e, i) => {
    if (!e) return;
    strong.set(e.cc, (strong.get(e.cc) ?? 0) + 1);
    if (dated[i]) fromDateline.set(e.cc, (fromDateline.get(e.cc) ?? 0) + 1);
  });
  const inText = states.filter((e, i): e is Entry => e !== undefined && !dated[i]);
  return { ...ctx, strong, dated: fromDateline, regions: [...(ctx.regions ?? []), ...named], textRegions: [...(ctx.textRegions ?? []), ...inText] };
}

/** A country's formal name: a form of state, "of", then the name it is known by ("Democratic Republic of the Congo"). */
const FORMAL_NAME = /^.+?\s+of\s+(?:the\s+)?(\S.*)$/i;

/**
 * "Democratic Republic of Congo … eastern Congo": a country the document names in full lends its short name
 * (what follows "of") a reading, which the document's context then weighs against the gazetteer's own
 * (the smaller Republic of the Congo). Only countries: "Gulf of Mexico" lends "Mexico" nothing.
 */
function countryShortForms(g: Gazetteer, names: string[]): Map<string, Entry[]> {
  const out = new Map<string, Entry[]>();
  for (const name of names) {
    const m = FORMAL_NAME.exec(name.trim());
    if (!m) continue;
    const country = candidates(g, name).entries.find((e) => e.kind === 'C');
    if (!country) continue;
    const key = nameKey(m[1]);
    const list = out.get(key) ?? [];
    if (!list.includes(country)) list.push(country);
    out.set(key, list);
  }
  return out;
}

/**
 * "Bramalea, Ontario", "Atlanta, Georgia": a name right after a place and a comma qualifies it, so
 * it means a state, province or country of that name, chosen among them by the context; not where
 * it most plausibly names a town ("… Amphitheatre – St. Louis, St. Louis"), nor inside a list.
 */
function containerAfterTown(g: Gazetteer, text: string, prev: { end: number } | undefined, s: { start: number; end: number; text: string }, next: { start: number } | undefined, ctx: CountryContext): Place | null {
  if (!prev || !/^\s*,\s*$/.test(text.slice(prev.end, s.start))) return null;
  // a list of places goes on after it ("Basle, Berne, Geneva, Lausanne and Zurich"): one of them
  if (next && /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(text.slice(s.end, next.start))) return null;
  const { entries, want } = candidates(g, s.text);
  if (want !== 'any' || !entries.length || entries.reduce((a, b) => (standing(b, entries) > standing(a, entries) ? b : a)).kind === 'P') return null;
  const containers = entries.filter((e) => e.kind === 'C' || isFirstLevel(e));
  const choice = containers.length ? choose(containers, ctx, nameKey(s.text), want) : null;
  return choice ? toPlace(g, choice.entry, undefined, placeDisplayName(g, choice.entry, s.text)) : null;
}

/**
 * "northern New York", "eastern Washington": an adjective of direction speaks of part of an area,
 * so a name that is both a town and a country, state or region means the area (the state, not
 * the city); names that are only towns ("western Sydney"), or only areas, are left to the context.
 */
function areaAfterDirection(g: Gazetteer, text: string, s: Span, ctx: CountryContext): Place | null {
  // written before the mention, or inside it where the tagger took it in ("northern Aegean")
  const inside = /^\S+\s+/.exec(s.text)?.[0] ?? '';
  if (!DIRECTION_BEFORE.test(text.slice(Math.max(0, s.start - 20), s.start)) && !DIRECTION_BEFORE.test(inside)) return null;
  const { entries, want } = candidates(g, s.text);
  const areas = entries.filter((e) => e.kind === 'C' || e.kind === 'M' || isFirstLevel(e));
  if (!areas.length || areas.length === entries.length) return null;
  const choice = choose(areas, ctx, nameKey(stripDecorations(s.text)), want);
  return choice ? toPlace(g, choice.entry, undefined, placeDisplayName(g, choice.entry, s.text)) : null;
}

/**
 * "Moscow, Idaho": the countries the mention right after a comma can be, when it is a region or
 * country. Not when it most plausibly names a town: in "the Casino Amphitheatre – St. Louis,
 * St. Louis, MO" the second St. Louis is the city, not a Senegalese region of that name.
 */
function containerCountries(g: Gazetteer, text: string, m: { end: number }, next: { start: number; text: string } | undefined): Set<string> | undefined {
  if (!next || !/^\s*,\s*$/.test(text.slice(m.end, next.start))) return undefined;
  const entries = candidates(g, next.text).entries;
  if (!entries.length || entries.reduce((a, b) => (standing(b, entries) > standing(a, entries) ? b : a)).kind === 'P') return undefined;
  const ccs = entries.filter((e) => e.kind === 'C' || e.kind === 'R').map((e) => e.cc);
  return ccs.length ? new Set(ccs) : undefined;
}

/** Resolves one place name, optionally preferring places in the given countries. */
export function lookupPlace(name: string, context: { countryCodes?: string[] } = {}): Place | null {
  // Countries the caller vouches for count like places named in a document.
  const strong = new Map<string, number>();
  for (const cc of context.countryCodes ?? []) strong.set(cc.toUpperCase(), (strong.get(cc.toUpperCase()) ?? 0) + 1);
  return resolveName(gazetteer(), name, { strong, weak: new Map() });
}

/** The country of that name ("Russia", as a place's `country` gives it) as a place, or null. */
export function countryPlace(name: string): Place | null {
  const g = gazetteer();
  const e = g.byKey(nameKey(name)).find((x) => x.kind === 'C');
  return e ? toPlace(g, e) : null;
}
