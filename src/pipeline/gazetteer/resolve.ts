// Picks the place a name means: candidates from the gazetteer, scored by kind, population and
// whether their country is attested elsewhere in the document. Returns null rather than guess.
import type { Place } from '../../types.js';
import { placeDisplayName } from './display-name.js';
import { type Entry, type Gazetteer } from './gazetteer.js';
import { kmApart, liesIn } from './geo.js';
import { isKnownPlace, isPlainlyKnown } from './known-places.js';
import { parsePlaceName, stripDecorations, withoutCompassWord, type Want } from './mention.js';
import { looseKey, nameKey } from './normalize.js';

/**
 * Countries attested in the document, with how many times. `strong`: a city or region of that
 * country is named, or the dateline is there. `weak`: only the country itself or its adjective is
 * named ("American officials" says nothing about whether "Georgia" is the US state).
 */
export interface CountryContext {
  strong: ReadonlyMap<string, number>;
  weak: ReadonlyMap<string, number>;
  /** The part of `strong` that only the dateline gives (its place, and its state: "MEMPHIS, Tenn."). */
  dated?: ReadonlyMap<string, number>;
  /** First-level regions the document names ("Florida", ", Calif."): they vouch for a namesake within them. */
  regions?: readonly Entry[];
  /** Towns the document names that point to their country unaided ("Tampa"): they vouch for a namesake beside them. */
  towns?: readonly Entry[];
  /** The parts of `regions` and `towns` named beyond the dateline: only they vouch for a namesake no dictionary knows. */
  textRegions?: readonly Entry[];
  textTowns?: readonly Entry[];
}

export const NO_CONTEXT: CountryContext = { strong: new Map(), weak: new Map() };

const COUNTRY_PRIOR = 14;
const MACRO_PRIOR = 12;
const REGION_PRIOR = 5;
/**
 * A state, province or other first-level division: the gazetteer has no population for regions,
 * and a bare "Virginia" or "Bern" means the state or canton far more often than a town of
 * 100,000 of that name elsewhere, so it ranks like a city of about three million without the
 * world-city bonus (a namesake that large, or a capital or province seat of over 300,000, still wins).
 */
const FIRST_LEVEL_PRIOR = 6.5;
const FIRST_LEVEL = new Set(['state', 'province', 'canton', 'prefecture', 'governorate', 'republic', 'oblast', 'krai', 'autonomous community', 'autonomous region', 'territory', 'union territory', 'federal district', 'country']);
const REGION_CONTEXT = 11;
const REGION_WEAK_CONTEXT = 4;
const CITY_CONTEXT = 8;
const COUNTRY_CONTEXT = 10;
/** Prior gap (about 30 times the population) a country named in passing cannot bridge. */
const FAME_GAP = 1.5;
/**
 * Prior gap a world city (its +5 bonus) keeps over a namesake even where the namesake's country is
 * the story's: the country bonus and its tie-break would otherwise let a town of 5,000 in a story
 * datelined in its country outrank Toronto or Moscow. Only the namesake's region named in the
 * text ("Melbourne and Sarasota, all in Florida") vouches for it then.
 */
const WORLD_FAME_GAP = 5;
/** How far from a named region's centre a namesake with no region code still counts as lying in it (Texas: El Paso about 850 km). */
export const REGION_REACH_KM = 900;

/** A state, province or other first-level division (not a country). */
export const isFirstLevel = (e: Entry): boolean => e.kind === 'R' && FIRST_LEVEL.has(e.tag);

/** What a world city, or a place a general dictionary knows, gains over its namesakes. */
/** What a city of a million or a capital gains over namesakes of its size. */
const WORLD_CITY_BONUS = 5;
/**
 * What a town or region no dictionary knows loses against a reading of its name that WordNet
 * knows (Venice, Florida against Venice, Italy), unless the text names its region or a town near
 * it. Countries and seas are not weighed so, and among known readings size still decides (Paris,
 * France over Paris, Texas).
 */
const KNOWN_BONUS = 5;
/**
 * How near a town the text names (beyond its dateline) an unknown namesake must lie for the text to
 * vouch for it, about the size of a small state (Geneva, N.Y. beside Buffalo, 150 km away).
 */
const KNOWN_NEIGHBOUR_KM = 200;

/**
 * Towns and regions WordNet knows (known-places.ts), noted as candidates() hands them out: every
 * reading that standing() weighs came from it, and whether an entry is known depends on the entry alone.
 */
const known = new WeakSet<Entry>();
/** The part of `known` whose name's every WordNet place the gazetteer holds (isPlainlyKnown). */
const plainlyKnown = new WeakSet<Entry>();

const isTownOrRegion = (e: Entry) => e.kind === 'P' || e.kind === 'R';

/**
 * prior() among a name's readings: a town or region no dictionary knows ranks KNOWN_BONUS lower
 * where another reading of the name is known, unless `ctx` vouches for it (its region named, or a
 * town near it).
 */
export function standing(e: Entry, readings: readonly Entry[], ctx?: CountryContext): number {
  const outshone = isTownOrRegion(e) && !known.has(e) && readings.some((r) => isTownOrRegion(r) && known.has(r));
  return outshone && !(ctx && inNamedRegion(e, { ...ctx, regions: ctx.textRegions ?? [], towns: ctx.textTowns ?? [] }, readings, KNOWN_NEIGHBOUR_KM)) ? prior(e) - KNOWN_BONUS : prior(e);
}

/** How plausible an entry is for a bare name, before context, by its kind and size. */
export function prior(e: Entry): number {
  switch (e.kind) {
    case 'C':
      return COUNTRY_PRIOR;
    case 'M':
      return MACRO_PRIOR;
    case 'R':
      if (/city/i.test(e.tag)) return REGION_PRIOR - 1;
      return FIRST_LEVEL.has(e.tag) ? FIRST_LEVEL_PRIOR : REGION_PRIOR;
    case 'P': {
      let s = Math.log10(Math.max(e.pop, 1));
      if (e.tag === 'PPLC') s += 2;
      else if (e.tag === 'PPLA') s += 1;
      // A historical place, or a small section of a town, is rarely what a bare name means; a
      // large district of a big city is (Hollywood, Chelsea, Brooklyn), as much as a town its size.
      else if (e.tag === 'PPLH' || (e.tag === 'PPLX' && e.pop < 50_000)) s -= 1;
      // World-famous cities keep their meaning even where a namesake's country is in context.
      if (e.pop >= 1_000_000 || (e.tag === 'PPLC' && e.pop >= 100_000)) s += WORLD_CITY_BONUS;
      return s;
    }
  }
}

function contextBonus(e: Entry, ctx: CountryContext): number {
  const strong = ctx.strong.get(e.cc) ?? 0;
  const n = strong + (ctx.weak.get(e.cc) ?? 0);
  if (n === 0) return 0;
  const tiebreak = 0.5 * Math.log2(1 + n);
  switch (e.kind) {
    case 'C':
      return COUNTRY_CONTEXT + tiebreak;
    case 'R':
      // Only places of that country make a region outrank a country of the same name.
      return (strong ? REGION_CONTEXT : REGION_WEAK_CONTEXT) + tiebreak;
    case 'P':
      return CITY_CONTEXT + tiebreak;
    case 'M':
      return 0;
  }
}

export function mentions(ctx: CountryContext, cc: string): number {
  return (ctx.strong.get(cc) ?? 0) + (ctx.weak.get(cc) ?? 0);
}

export interface Candidates {
  readonly entries: readonly Entry[];
  readonly want: Want;
  readonly siteName?: string;
}

/** candidates() per gazetteer and name: the same names recur in every article, and several stages ask about each. */
const candidateCache = new WeakMap<Gazetteer, Map<string, Candidates>>();
const CANDIDATE_CACHE_LIMIT = 50_000;

/**
 * Entries a name can mean, honouring what kind of place the wording asks for. The answer is
 * shared between callers (frozen: read it, copy it to sort).
 */
export function candidates(g: Gazetteer, text: string): Candidates {
  let cache = candidateCache.get(g);
  if (!cache) candidateCache.set(g, (cache = new Map()));
  let found = cache.get(text);
  if (!found) {
    const { entries: all, want, siteName } = findCandidates(g, text);
    const entries = withoutClaims(all);
    for (const e of entries) {
      if (isKnownPlace(g, e)) known.add(e);
      if (isPlainlyKnown(g, e)) plainlyKnown.add(e);
    }
    found = Object.freeze(siteName === undefined ? { entries: Object.freeze(entries), want } : { entries: Object.freeze(entries), want, siteName });
    if (cache.size >= CANDIDATE_CACHE_LIMIT) cache.clear();
    cache.set(text, found);
  }
  return found;
}

/**
 * A region that covers the same land as a country of its name is a claim on that country
 * (ISO 3166-2 lists Taiwan as a province of China): the name means the country, so the
 * region is no candidate. Judged by the two centres, not by a list of disputes.
 */
function withoutClaims(entries: Entry[]): Entry[] {
  const countries = entries.filter((e) => e.kind === 'C');
  if (!countries.length) return entries;
  const kept = entries.filter((e) => e.kind !== 'R' || !countries.some((c) => c.cc !== e.cc && kmApart(c, e) <= SEAT_KM));
  return kept.length === entries.length ? entries : kept;
}

function findCandidates(g: Gazetteer, text: string): { entries: Entry[]; want: Want; siteName?: string } {
  const bare = stripDecorations(text);
  if (/^[A-Z]{2,3}$/.test(bare)) return { entries: g.byCode(bare), want: 'any' };
  // Names that carry their article ("The Hague", "The Gambia") first, then without it.
  const withArticle = /^the\s/i.test(text.trim()) ? g.byKey(nameKey(text.replace(/['’]s\s*$/i, ''))) : [];
  const part = withoutCompassWord(bare);
  const whole = withArticle.length ? withArticle : nameOrPart(g, bare, part);
  const parsed = parsePlaceName(text);
  if (whole.length && parsed.want !== 'site') return { entries: whole, want: 'any' };
  if (parsed.want === 'any') return { entries: whole, want: 'any' };
  if (parsed.want === 'site') return { entries: siteCities(g, parsed.name), want: 'site', siteName: parsed.siteName };
  return { entries: regionsNamed(g, parsed.name), want: 'region' };
}

/**
 * A continent (GeoNames' continent features are the gazetteer's only GeoNames macro-regions): a
 * compass word before one names a region of its own ("south Asia", "western Europe") that the
 * gazetteer lacks, far from the continent's centre; before a sea it names part of the sea.
 */
const isContinent = (e: Entry): boolean => e.kind === 'M' && e.ref.startsWith('geonames:');

/** What a name after a compass word can mean: nothing where it names a continent (its towns are no reading: "south Asia" is not Asia in the Philippines). */
function partOfArea(g: Gazetteer, name: string): Entry[] {
  const found = lookupKey(g, nameKey(name));
  return found.some(isContinent) ? [] : found;
}

/**
 * What a name that may open with a lower-case compass word means: the whole name where it is one,
 * else the part after the word. A town's own compass word is capitalised ("South Lebanon", Ohio),
 * so where the whole is only towns and the part is a country, "south Lebanon" is part of Lebanon.
 */
function nameOrPart(g: Gazetteer, bare: string, part: string | null): Entry[] {
  const whole = lookupKey(g, nameKey(bare));
  if (!part) return whole;
  if (!whole.length) return partOfArea(g, part);
  if (!whole.every((e) => e.kind === 'P')) return whole;
  const area = partOfArea(g, part);
  return area.some((e) => e.kind === 'C') ? area : whole;
}

function lookupKey(g: Gazetteer, key: string): Entry[] {
  if (!key) return [];
  const exact = g.byKey(key);
  if (exact.length) return exact;
  // The loose key joins words, so only names long enough to be distinctive use it.
  if (key.length < 5) return [];
  const loose = looseKey(key);
  const found = g.byLoose(loose);
  if (found.length) return found;
  const looser = g.byKey(loose);
  return looser.length ? looser : compassInFrench(g, key);
}

const FRENCH_COMPASS: Readonly<Record<string, string>> = { north: 'nord', south: 'sud', east: 'est', west: 'ouest' };

/**
 * A region the gazetteer holds by its French name, with a compass word the English text
 * translates ("North Kivu": Nord-Kivu, "South Ubangi": Sud-Ubangi). Regions only: a compass word
 * before a town's name is a part of it, not its name.
 */
function compassInFrench(g: Gazetteer, key: string): Entry[] {
  const m = /^(north|south|east|west) (\S.*)$/.exec(key);
  return m ? g.byKey(`${FRENCH_COMPASS[m[1]]} ${m[2]}`).filter((e) => e.kind === 'R') : [];
}

const regionKeyCache = new WeakMap<Gazetteer, Array<[string, Entry]>>();

/** Every region with its name key, computed once per gazetteer. */
function regionKeys(g: Gazetteer): Array<[string, Entry]> {
  let list = regionKeyCache.get(g);
  if (!list) regionKeyCache.set(g, (list = g.regions().map((e): [string, Entry] => [nameKey(e.name), e])));
  return list;
}

/** Regions named so; a region written as the adjective ("Donetsk" → "Donetska"); else countries ("Republic of Korea"). */
function regionsNamed(g: Gazetteer, name: string): Entry[] {
  const key = nameKey(name);
  const all = lookupKey(g, key);
  let regions = all.filter((e) => e.kind === 'R');
  if (!regions.length && key.length >= 4) {
    regions = regionKeys(g)
      .filter(([rk]) => rk.startsWith(key) && rk.length - key.length <= 3 && /^[a-z]*$/.test(rk.slice(key.length)))
      .map(([, e]) => e);
  }
  // "Moscow region" is the province around the city, not the federal city itself.
  const notCities = regions.filter((e) => !/city/i.test(e.tag));
  if (notCities.length) return notCities;
  if (regions.length) return regions;
  return all.filter((e) => e.kind === 'C');
}

/** For "X Airport": the cities the leading words name, longest prefix first ("Istanbul Ataturk" → Istanbul). */
function siteCities(g: Gazetteer, name: string): Entry[] {
  const words = name.split(/\s+/);
  for (let n = words.length; n >= 1; n--) {
    const found = lookupKey(g, nameKey(words.slice(0, n).join(' '))).filter((e) => e.kind === 'P');
    if (found.length) return found;
  }
  return [];
}

export interface Choice {
  entry: Entry;
  score: number;
  inContext: boolean;
  /** Whether candidates of more than one country competed. */
  contested: boolean;
}

interface Scored {
  e: Entry;
  s: number;
}

/**
 * The city a bare region name means when the two share it ("Antalya", "Geneva"). A state's
 * namesake is its city only when a town of note in that region: a county seat of 1,500 people
 * ("Virginia", Illinois) or a town of 12,000 ("California", Pennsylvania) is not what the name means.
 */
function seatCity(region: Entry, scored: readonly Scored[]): Scored | undefined {
  const noted = (e: Entry) => e.pop >= 10_000 || /^PPL(?:A|A2|C)$/.test(e.tag);
  // A first-level region's namesake elsewhere in the country (Delaware, Ohio) is not its seat:
  // a town of note counts only inside the region (by its region code where it has one) and near
  // its centre, unless it is a capital, a state seat or a city of 100,000.
  const ok = FIRST_LEVEL.has(region.tag)
    ? (e: Entry) => /^PPL(?:A|C)$/.test(e.tag) || e.pop >= 100_000 || (noted(e) && liesIn(e, region, SEAT_KM) && kmApart(e, region) <= SEAT_KM)
    : noted;
  return scored.find((x) => x.e.kind === 'P' && x.e.cc === region.cc && ok(x.e));
}

/** How far a namesake town may lie from its region's centre and still be the region's own town. */
const SEAT_KM = 100;

export { kmApart } from './geo.js';

/** The best-scoring candidate, or null when the evidence is too thin to commit to one. */
export function choose(entries: readonly Entry[], ctx: CountryContext, key: string, want: Want = 'any'): Choice | null {
  if (!entries.length) return null;
  const scored = entries.map((e) => ({ e, s: standing(e, entries, ctx) + contextBonus(e, ctx) })).sort((a, b) => b.s - a.s || b.e.pop - a.e.pop);
  let best = scored[0];
  // A bare name shared by a province and its city ("Antalya", "Istanbul") means the city.
  // Not a constituent country ("Wales" the nation, not the village of that name).
  const seatOr = (x: Scored): Scored => (x.e.kind === 'R' && want === 'any' && x.e.tag !== 'country' ? (seatCity(x.e, scored) ?? x) : x);
  best = seatOr(best);
  // A country merely named does not make a small namesake beat a far better-known place
  // (Brighton in England, not the suburb in Australia, in a story that also names Australia);
  // a place or region of that country named in the text, or the dateline, does.
  // So does a state or province over a town of its name ("south Florida" beside "America",
  // "GENEVA" in a story naming the US), unless the town is the region's own seat, chosen above;
  // the region then means its seat as above (Geneva the city).
  const fame = (e: Entry) => standing(e, entries);
  const famous = entries.reduce((a, b) => (fame(b) > fame(a) ? b : a));
  const famed = famous.kind === 'P' || (famous.kind === 'R' && FIRST_LEVEL.has(famous.tag) && best === scored[0]);
  const gap = fame(famous) - standing(best.e, entries, ctx);
  // Places the text names in the namesake's country, beyond the dateline: a story filed in
  // Washington that says Venice means the Italian city unless it names other American places.
  const placed = (ctx.strong.get(best.e.cc) ?? 0) - (ctx.dated?.get(best.e.cc) ?? 0) > 0;
  const outranked = !inNamedRegion(best.e, ctx, entries) && gap >= (placed ? WORLD_FAME_GAP : FAME_GAP);
  if (best.e !== famous && best.e.kind === 'P' && famed && outranked) {
    best = seatOr(scored.find((x) => x.e === famous)!);
  }
  const inContext = mentions(ctx, best.e.cc) > 0;
  const contested = new Set(entries.map((e) => e.cc)).size > 1;
  const runnerUp = scored.find((x) => x.e.cc !== best.e.cc);
  // Two equally good readings in different countries: no basis to choose.
  if (runnerUp && runnerUp.s === best.s && best === scored[0]) return null;
  // A region below the first level (a district, a municipality) has no size to weigh: one no
  // dictionary knows, in a country the text never names, in a text placed elsewhere, is a namesake
  // abroad of a place the gazetteer lacks ("Long Island" in a New York story is no Bahamian
  // district), not a place to map. Bavaria, known, stays Bavaria wherever the story is filed.
  if (best.e.kind === 'R' && !isFirstLevel(best.e) && !known.has(best.e) && !inContext && placedElsewhere(ctx)) return null;
  if (best.e.kind === 'P' && !inContext) {
    if (key.replace(/ /g, '').length <= 3 && (contested || best.e.pop < 100_000)) return null;
    if (best.e.pop < 2000) return null;
    // a small town among namesakes needs a clear lead by size and context, unless it won by fame
    // over a namesake the context favoured, or WordNet knows it and places every sense of the name
    // (Venice): a dictionary's knowing it is no lead where it knows a place the gazetteer lacks
    // ("Brunswick" in a German story, the gazetteer holding only Braunschweig)
    const lead = runnerUp ? prior(best.e) + contextBonus(best.e, ctx) - prior(runnerUp.e) - contextBonus(runnerUp.e, ctx) : Infinity;
    if (contested && best.e.pop < 100_000 && best === scored[0] && !plainlyKnown.has(best.e) && lead < 2) return null;
  }
  return { entry: best.e, score: best.s, inContext, contested };
}

/** Whether the text places itself in some country by a town, a region or its dateline. */
const placedElsewhere = (ctx: CountryContext): boolean => [...ctx.strong.values()].some((n) => n > 0);

/** How near a town the text names a namesake must lie to be its neighbour ("Tampa/St. Petersburg"). */
const NEIGHBOUR_KM = 50;

/**
 * Whether the document names a first-level region this place lies in (by its region code, else
 * by distance from the region's centre: liesIn) or a town beside it. A region that is itself a reading of the name ("Indiana") vouches for nothing.
 */
function inNamedRegion(e: Entry, ctx: CountryContext, readings: readonly Entry[], neighbourKm = NEIGHBOUR_KM): boolean {
  return (
    (ctx.regions ?? []).some((r) => !readings.includes(r) && liesIn(e, r, REGION_REACH_KM)) ||
    (ctx.towns ?? []).some((t) => t.cc === e.cc && t !== e && kmApart(t, e) <= neighbourKm)
  );
}

export function toPlace(g: Gazetteer, e: Entry, kindOverride?: Place['kind'], name?: string): Place {
  const kind: Place['kind'] = kindOverride ?? (e.kind === 'C' ? 'country' : e.kind === 'R' ? 'region' : e.kind === 'P' ? 'city' : 'other');
  const country = e.cc ? (g.country(e.cc)?.name ?? null) : null;
  return { name: name ?? e.name, country, countryCode: e.cc || null, lat: e.lat, lon: e.lon, kind, ref: e.ref };
}

/**
 * Resolves one name against a country context; demonyms alone resolve to their one country.
 * `within`: countries the text says the place lies in ("Moscow, Idaho"); candidates elsewhere are dropped.
 * `alsoMeant`: places the document lets the name stand for, scored beside the gazetteer's own readings.
 */
export function resolveName(g: Gazetteer, text: string, ctx: CountryContext, within?: ReadonlySet<string>, alsoMeant: readonly Entry[] = []): Place | null {
  const found = candidates(g, text);
  if (!found.entries.length && text.includes(',')) return resolveQualified(g, text, ctx);
  const { want, siteName } = found;
  let entries = alsoMeant.length ? [...found.entries, ...alsoMeant.filter((e) => !found.entries.includes(e))] : found.entries;
  if (within?.size) {
    const inside = entries.filter((e) => within.has(e.cc));
    if (inside.length) entries = inside;
  }
  const key = nameKey(stripDecorations(text));
  // A compass word alone ("the West", "farmers in the South") is a direction or a bloc, not the
  // region or town of that name, unless a place after a comma qualifies it ("West, Texas").
  if (COMPASS.test(key) && !within?.size) return null;
  const choice = choose(entries, ctx, key, want);
  if (choice) {
    if (want === 'site') {
      const site = toPlace(g, choice.entry, 'site', siteName);
      return { ...site, ref: `${choice.entry.ref}/${nameKey(siteName ?? '').replace(/ /g, '-')}` };
    }
    return toPlace(g, choice.entry, undefined, placeDisplayName(g, choice.entry, text));
  }
  if (!entries.length && want === 'any') {
    const ccs = g.demonym(key);
    if (ccs && ccs.size === 1) {
      const country = g.country([...ccs][0]);
      if (country) return toPlace(g, country);
    }
  }
  return null;
}

const COMPASS = /^(?:north|south|east|west)(?:\s?(?:east|west))?$/;

/**
 * "Moscow, Idaho", "Ataturk Airport, Istanbul", "a nightclub, Istanbul": the head resolved inside
 * the place after the comma; an airport there becomes a site at that city; an unknown head
 * falls back to the enclosing place, which is what the text vouches for.
 */
function resolveQualified(g: Gazetteer, text: string, ctx: CountryContext): Place | null {
  const comma = text.indexOf(',');
  const head = text.slice(0, comma).trim();
  const container = resolveName(g, text.slice(comma + 1).trim(), ctx);
  if (!head || !container?.countryCode) return container;
  const place = resolveName(g, head, ctx, new Set([container.countryCode]));
  if (place) return place;
  const parsed = parsePlaceName(head);
  if (parsed.want === 'site' && container.kind === 'city') {
    const name = parsed.siteName ?? head;
    return { ...container, kind: 'site', name, ref: `${container.ref}/${nameKey(name).replace(/ /g, '-')}` };
  }
  return container;
}
