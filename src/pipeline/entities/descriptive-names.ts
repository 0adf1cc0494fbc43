// Organisation names made of a portfolio and a government body noun ("Interior Ministry", "the
// Supreme Court", "Finance Ministry") describe a kind of body that every country has: in two articles about two
// countries they are two bodies. Such a name is keyed across articles by the country its article
// gives it (a country or nationality written just before it, "Turkey's Interior Ministry", else
// the country of the article's dateline, "ROME, May 2 -"); articles with neither keep the one key
// all had before, and a corpus pass joins them to the name's country key when the corpus has only
// one (body-countries.ts).
// The test is general, read from WordNet and the gazetteer, never a list of names: one or two
// words, each one WordNet writes in lower case as a noun or adjective (not "European",
// "Bundesbank"), none a country or nationality (then the name says whose body it is: "Spanish
// Interior Ministry"), no company designator, and the last word a kind of government body as a
// group (GOVERNMENT_ROOTS: "ministry", "court", "committee"; not "bank", "party", "university"
// or "house"). A body noun alone ("the Senate") is left as it was. A phrase WordNet knows counts by its own senses ("United Nations",
// "Conservative Party" are only names).
import type { Mention } from '../../types.js';
import { isCompanyDesignator } from './resolve.js';
import { underGroupRoot } from '../senses/body-nouns.js';
import { datelineCountry } from './dateline.js';
import { baseForms, installedWordNet, rememberedPerWordNet, type WordNet, type WordNetPos } from '../lexicons/wordnet.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey as placeKey } from '../gazetteer/normalize.js';

/** WordNet's lexicographer file of groups (noun.group). */
const NOUN_GROUP = 14;
/** The kinds of group a government body is, in WordNet: an administrative unit (ministry as
 *  government department, agency, committee, board), an assembly (court, parliament) or a force
 *  (police, army); not an institution or a body of people ("university", "college": on PolNeAR
 *  "Trump University" and "Northwestern University" were keyed by the countries their articles named). */
const GOVERNMENT_ROOTS: ReadonlySet<string> = new Set(['administrative_unit', 'assembly', 'force', 'military_unit']);

/** Whether some sense of the word as a group is a kind of government body. */
function isGovernmentNoun(wn: WordNet, word: string): boolean {
  return commonSenses(wn, word, 'n').some((id) => wn.lexFile(id) === NOUN_GROUP && underGroupRoot(wn, id, GOVERNMENT_ROOTS));
}

/** isGovernmentNoun once per WordNet and word: resolution asks it of every name's last word. */
const isGovernmentNounIn = rememberedPerWordNet(isGovernmentNoun);

/** isGovernmentNoun with the installed WordNet ("department", "ministry"); false without it. */
export function isGovernmentBodyNoun(word: string, wn: WordNet | null = installedWordNet()): boolean {
  return wn !== null && isGovernmentNounIn(wn, word.toLowerCase());
}
/** A kind of body is named by its noun and at most one modifier ("Interior Ministry"); longer
 *  names of common words are one body's own ("International Coffee Organization",
 *  "Commodity Futures Trading Commission": on 2,000 Reuters articles, 3–4-word names split mostly wrongly). */
const MAX_WORDS = 2;
const MIN_WORDS = 2;
/** Characters between a country and the name it is written before: "Turkey's ", "Spanish ", "Italy ’s ". */
const MAX_GAP = 4;

/** Whether the word is a nationality or a country in the gazetteer ("Turkish", "Spain"):
 *  not any place, for many towns share a common word's name ("Police", "Interior"). */
function isPlaceWord(word: string): boolean {
  const key = placeKey(word);
  if (!key) return false;
  const g = gazetteer();
  return g.demonym(key) !== undefined || g.byKey(key).some((e) => e.kind === 'C');
}

/** The scope a body's entity id is given in one country ("country:TR"). */
export const countryScope = (cc: string) => `country:${cc}`;

/** Whether a word is a nationality ("Soviet", "Turkish"), not a place or any other word. */
export function isNationality(word: string): boolean {
  const key = placeKey(word);
  return !!key && !!gazetteer().demonym(key);
}

/** The one country a place or nationality name stands for, or null. */
export function countryOfName(text: string): string | null {
  const key = placeKey(text.replace(/['’]s$/, ''));
  if (!key) return null;
  const g = gazetteer();
  const dem = g.demonym(key);
  if (dem) return dem.size === 1 ? [...dem][0] : null;
  const countries = g.byKey(key).filter((e) => e.kind === 'C');
  return countries.length === 1 ? countries[0].cc : null;
}

/**
 * The country a name's owner qualifier means ("Indian", "American"): countryOfName's, or, where a
 * nationality is shared with dependencies of few or no people ("Indian" of India and of the British
 * Indian Ocean Territory, "French" of France and of the French Southern Territories), the one country
 * of that nationality that holds nearly all of their people. A body "the Indian Navy" is India's.
 */
export function ownerCountryOfName(text: string): string | null {
  const country = countryOfName(text);
  if (country) return country;
  const dem = gazetteer().demonym(placeKey(text.replace(/['’]s$/, '')));
  if (!dem || dem.size < 2) return null;
  const ranked = [...dem].map((cc) => ({ cc, pop: gazetteer().country(cc)?.pop ?? 0 })).sort((a, b) => b.pop - a.pop);
  const others = ranked.slice(1).reduce((sum, c) => sum + c.pop, 0);
  return ranked[0].pop > 0 && others * DEPENDENCY_SHARE < ranked[0].pop ? ranked[0].cc : null;
}

/** How many times the rest of a nationality's countries together the main one's people must be. */
const DEPENDENCY_SHARE = 100;

/** The senses in which WordNet writes the word in lower case (a common word there, not a name). */
function commonSenses(wn: WordNet, lemma: string, pos: WordNetPos): string[] {
  const forms = baseForms(lemma, pos);
  return wn.synsets(lemma, pos).filter((id) => {
    const s = wn.synset(id);
    const k = s ? s.words.findIndex((w) => forms.includes(w)) : -1;
    return k >= 0 && s?.lowerCase?.[k] === true;
  });
}

const memo = new Map<string, boolean>();

/** Whether an organisation's name is made only of common words and names a kind of body. */
export function isDescriptiveName(canonical: string, wn: WordNet | null = installedWordNet()): boolean {
  if (!wn) return false;
  const words = canonical.toLowerCase().split(/\s+/).filter(Boolean);
  // a body noun alone ("the Senate", "the Community", "Parliament") is mostly the one body its
  // outlet's readers know, whatever the story is about: keyed by country, MEANTIME's "United States
  // Senate" in one article and "the Senate" in another fell apart; a portfolio makes it a kind
  if (words.length < MIN_WORDS || words.length > MAX_WORDS || !words.every((w) => /^\p{L}[\p{L}-]*$/u.test(w))) return false;
  // a company designator makes it one company's name ("Ford Motor Company", "General Motors Corporation")
  if (words.some(isCompanyDesignator)) return false;
  const cached = memo.get(canonical);
  if (cached !== undefined) return cached;
  let result: boolean;
  const phrase = words.join('_');
  if (words.length > 1 && wn.synsets(phrase, 'n').length > 0) {
    // a phrase WordNet knows: descriptive when written in lower case as a group ("central bank"),
    // not when only a proper name ("United Nations", "Labour Party")
    result = commonSenses(wn, phrase, 'n').some((id) => wn.lexFile(id) === NOUN_GROUP) && isGovernmentNoun(wn, words[words.length - 1]);
  } else {
    const common = (w: string) => !isPlaceWord(w) && (commonSenses(wn, w, 'n').length > 0 || commonSenses(wn, w, 'a').length > 0);
    const head = commonSenses(wn, words[words.length - 1], 'n');
    result = words.every(common) && head.length > 0 && isGovernmentNoun(wn, words[words.length - 1]);
  }
  memo.set(canonical, result);
  return result;
}

/** The country written just before mention i ("Turkey's Interior Ministry"), or null. */
export function countryBefore(mentions: Mention[], i: number): string | null {
  const m = mentions[i];
  let best: Mention | null = null;
  for (const o of mentions) if (o.end <= m.start && m.start - o.end <= MAX_GAP && (!best || o.end > best.end)) best = o;
  return best && (best.type === 'LOC' || best.type === 'MISC') ? countryOfName(best.text) : null;
}

/**
 * The country scope of each descriptive name's mention in one article (index → country or null).
 * One name keeps one country through the article: a bare mention takes the country last written
 * before that name ("Turkey's Interior Ministry … the Interior Ministry"), else the first one
 * written before it later, else the dateline's country; with none of these, no country.
 */
export function articleCountries(mentions: Mention[], descriptive: (i: number) => string | null): Map<number, string | null> {
  const out = new Map<number, string | null>();
  const byName = new Map<string, number[]>();
  mentions.forEach((_, i) => {
    const name = descriptive(i);
    if (name !== null) byName.set(name, [...(byName.get(name) ?? []), i]);
  });
  if (byName.size === 0) return out;
  // the dateline, not the country the article names most: on PolNeAR's US political news (no
  // datelines) that put "Border Patrol" in Mexico and a House select committee in Libya
  const filed = datelineCountry(mentions);
  for (const indices of byName.values()) {
    const order = [...indices].sort((a, b) => mentions[a].start - mentions[b].start);
    const explicit = order.map((i) => countryBefore(mentions, i));
    let last: string | null = explicit.find((c) => c !== null) ?? filed;
    order.forEach((i, k) => {
      last = explicit[k] ?? last;
      out.set(i, last);
    });
  }
  return out;
}
