// Which countries a document is about: the countries its unambiguous place names, its dateline
// and its country adjectives ("Turkish police") point to. Used to disambiguate the rest.
import { type Entry, type Gazetteer } from '../gazetteer/gazetteer.js';
import { candidates, isFirstLevel, prior, standing, type CountryContext } from '../gazetteer/resolve.js';
import { nameKey } from '../gazetteer/normalize.js';

/**
 * The country a name points to without help, or null: all its candidates lie in one country, or
 * one city dwarfs its namesakes by size (a dictionary's knowing one is no sign the story is there:
 * "BRUNSWICK, West Germany" where the gazetteer holds the German city only as Braunschweig).
 * A name that is also a region or country elsewhere (Georgia) never anchors.
 */
export function anchorCountry(entries: readonly Entry[]): Anchor | null {
  if (!entries.length) return null;
  const ranked = [...entries].sort((a, b) => prior(b) - prior(a));
  const top = ranked[0];
  if (!top.cc) return null;
  const strength = top.kind === 'C' ? 'weak' : 'strong';
  const ccs = new Set(entries.map((e) => e.cc));
  if (ccs.size === 1) return { cc: top.cc, strength };
  if (top.kind !== 'P') return null;
  for (const e of ranked) {
    if (e.cc === top.cc) continue;
    if (e.kind === 'C' || e.kind === 'R' || prior(e) > prior(top) - 3) return null;
  }
  return { cc: top.cc, strength };
}

/** A country a name points to; 'weak' when the name is the country itself. */
export interface Anchor {
  cc: string;
  strength: 'strong' | 'weak';
}

/** Context for one mention: the document's, less what the mention itself contributed. */
export function contextWithout(ctx: CountryContext, own: Anchor | null): CountryContext {
  if (!own) return ctx;
  const map = new Map(ctx[own.strength]);
  map.set(own.cc, (map.get(own.cc) ?? 1) - 1);
  return { ...ctx, [own.strength]: map };
}

/** Capitalised words, up to four in a row: where country names and adjectives can be. */
const CAPITALISED_RUN = /\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}’'-]*){0,3}/gu;

/** Countries named or referred to by an unambiguous adjective in the text. */
export function countriesInText(g: Gazetteer, text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(CAPITALISED_RUN)) {
    const words = m[0].split(/\s+/);
    // Every contiguous sub-run, longest first, so "Kyrgyz Republic" wins over "Kyrgyz".
    for (let i = 0; i < words.length; i++) {
      for (let j = words.length; j > i; j--) {
        const cc = countryOfPhrase(g, words.slice(i, j).join(' '));
        if (cc) {
          counts.set(cc, (counts.get(cc) ?? 0) + 1);
          i = j - 1;
          break;
        }
      }
    }
  }
  return counts;
}

/** countryOfPhrase per gazetteer and phrase: the same capitalised runs recur in every article. */
const phraseCountries = new WeakMap<Gazetteer, Map<string, string | null>>();
const PHRASE_CACHE_LIMIT = 50_000;

function countryOfPhrase(g: Gazetteer, phrase: string): string | null {
  let cache = phraseCountries.get(g);
  if (!cache) phraseCountries.set(g, (cache = new Map()));
  let cc = cache.get(phrase);
  if (cc === undefined) {
    cc = lookUpCountryOfPhrase(g, phrase);
    if (cache.size >= PHRASE_CACHE_LIMIT) cache.clear();
    cache.set(phrase, cc);
  }
  return cc;
}

function lookUpCountryOfPhrase(g: Gazetteer, phrase: string): string | null {
  const key = nameKey(phrase.replace(/['’]s$/, ''));
  if (!key) return null;
  const dem = g.demonym(key);
  if (dem && dem.size === 1) return [...dem][0];
  const entries = g.byKey(key);
  const country = entries.find((e) => e.kind === 'C');
  // Only a name that cannot also be a region elsewhere counts (not "Georgia").
  if (country && !entries.some((e) => e.kind === 'R' && e.cc !== country.cc)) return country.cc;
  return null;
}

/**
 * Country context from the document's place mentions, its text and its dateline. `dated`: which
 * names are the dateline's own mention; with the dateline they are also counted apart (`dated`),
 * since where a story was filed says less about its other places than places named in it.
 */
export function documentContext(g: Gazetteer, text: string, names: string[], dateline?: string, dated: readonly boolean[] = []): { context: CountryContext; anchors: (Anchor | null)[] } {
  const strong = new Map<string, number>();
  const fromDateline = new Map<string, number>();
  const weak = countriesInText(g, text);
  const add = (map: Map<string, number>, cc: string, n: number) => map.set(cc, (map.get(cc) ?? 0) + n);
  const regions = names.map((n) => regionMeant(candidates(g, n).entries));
  // A state or province the name means names a place of its country, though towns elsewhere share its name ("Florida").
  const anchors = names.map((n, i): Anchor | null => anchorCountry(candidates(g, n).entries) ?? (regions[i] ? { cc: regions[i].cc, strength: 'strong' } : null));
  anchors.forEach((a, i) => {
    if (!a) return;
    add(a.strength === 'strong' ? strong : weak, a.cc, 1);
    if (dated[i] && a.strength === 'strong') add(fromDateline, a.cc, 1);
  });
  // A dateline places the story: it counts like several place mentions.
  if (dateline) {
    for (const part of dateline.split(/[,/]/)) {
      const a = anchorCountry(candidates(g, part).entries);
      if (a) {
        add(strong, a.cc, 3);
        add(fromDateline, a.cc, 3);
      }
    }
  }
  // a town that anchors its country: its most plausible reading, a neighbour namesakes may lie beside
  const towns = anchors.flatMap((a, i) => {
    const entries = candidates(g, names[i]).entries;
    const top = a?.strength === 'strong' && entries.length ? entries.reduce((x, y) => (standing(y, entries) > standing(x, entries) ? y : x)) : null;
    return top?.kind === 'P' ? [top] : [];
  });
  const textTowns = towns.filter((t) => names.some((n, i) => !dated[i] && candidates(g, n).entries.includes(t)));
  return { context: { strong, weak, dated: fromDateline, regions: [...new Set(regions.filter((r): r is Entry => r !== null))], towns: [...new Set(towns)], textRegions: [...new Set(regions.filter((r, i): r is Entry => r !== null && !dated[i]))], textTowns: [...new Set(textTowns)] }, anchors };
}

/** The first-level region a name means before context, if its most plausible reading is one ("Florida", "Ontario"). */
function regionMeant(entries: readonly Entry[]): Entry | null {
  if (!entries.length) return null;
  const top = entries.reduce((a, b) => (standing(b, entries) > standing(a, entries) ? b : a));
  return isFirstLevel(top) ? top : null;
}
