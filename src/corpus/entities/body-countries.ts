// A government body every country has ("Supreme Court", "Interior Ministry") is keyed by the
// country its article gives it (descriptive-names.ts); an article that gives none keeps the
// name's one key for all countries. Across the corpus, such no-country mentions join the name's
// country key when the corpus has exactly one: US political news names "the Supreme Court" with a
// Washington dateline in some articles and with none in others, and both are the one court. With
// two or more country keys the no-country mentions stay apart: which country's body an undated
// article means is not known, and a wrong guess would put one country's ruling on another's court
// (picking the country the article names most when it is one of the keys would have changed no
// mention on 840 PolNeAR and 2,456 Reuters articles: wire stories carry datelines).
// The decision is a function of the whole corpus's mentions as resolution left them, so it does not
// depend on the order the articles came in.
import { entityIdFor, organisationKey } from '../../pipeline/entities/resolve.js';
import { countryOfName, countryScope, isDescriptiveName, isNationality } from '../../pipeline/entities/descriptive-names.js';

export { countryScope };

/** One mention as resolution left it (before any join of a corpus pass). */
export interface BodyMention {
  type: string;
  entityId: string;
  canonical: string;
}

/** Where a name's no-country mentions go: its one country's entity. */
export interface BodyCountryJoin {
  /** The name's key without a country (every no-country mention's entity). */
  from: string;
  /** Its one country's entity. */
  to: string;
  country: string;
}

/** Every two-letter code: country codes are ISO 3166 alpha-2, and an entity id is a hash, so a
 *  country's key is recognised by computing the codes' ids (a few hundred hashes, once per id). */
const CODES: string[] = [];
for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) CODES.push(String.fromCharCode(a, b));

/** The ids a government body name can have: its organisation key and its id without a country. */
export interface BodyName {
  key: string;
  unscoped: string;
  canonical: string;
}

const names = new Map<string, BodyName | null>();
const countryOfId = new Map<string, string | null>();

/** A government body name's key and id without a country, or null for any other name. */
export function bodyName(canonical: string): BodyName | null {
  let n = names.get(canonical);
  if (n === undefined) {
    if (names.size > 100_000) names.clear();
    // "Soviet Foreign Ministry": a body resolution names with the nationality written before it
    const words = canonical.split(' ');
    // (only a nationality or a country's name, "Iraq Foreign Ministry" as wire and translated copy
    // write it: "Metropolitan Police Service" is not a "Police Service" of somewhere)
    const nationalityFirst = words.length === 3 && isOwner(words[0]) && !isDescriptiveName(canonical);
    const body = nationalityFirst && isDescriptiveName(words.slice(1).join(' ')) ? words.slice(1).join(' ') : canonical;
    const key = organisationKey(body);
    n = key && isDescriptiveName(body) ? { key, unscoped: entityIdFor('ORG', body), canonical: body } : null;
    names.set(canonical, n);
  }
  return n;
}

/** Nationalities of states gone from today's gazetteer that older wire corpora (Reuters-21578,
 *  TimeBank) still write before a ministry, and resolution writes as the tagger's MISC. */
const FORMER_NATIONALITIES = new Set(['Soviet', 'Yugoslav']);

/** Whether a word says whose body follows: a nationality or a country ("Turkish", "Iraq"). */
function isOwner(word: string): boolean {
  return FORMER_NATIONALITIES.has(word) || isNationality(word) || countryOfName(word) !== null;
}

/** Every id the name can have: without a country and with each code. */
export function bodyIds(name: BodyName): string[] {
  return [name.unscoped, ...CODES.map((c) => entityIdFor('ORG', name.canonical, countryScope(c)))];
}

/** The country whose key `id` is for the name, or null (the name's id without one, another entity). */
export function countryOfBodyId(name: BodyName, id: string): string | null {
  if (id === name.unscoped) return null;
  let cc = countryOfId.get(id);
  if (cc === undefined) {
    if (countryOfId.size > 100_000) countryOfId.clear();
    cc = CODES.find((c) => entityIdFor('ORG', name.canonical, countryScope(c)) === id) ?? null;
    countryOfId.set(id, cc);
  }
  return cc;
}

/**
 * The joins the corpus supports: a name written without a country in some mention and with exactly
 * one country's key in others. `only` (organisation keys), when given, limits the names decided.
 */
export function bodyCountryJoins(mentions: Iterable<BodyMention>, only?: ReadonlySet<string>): BodyCountryJoin[] {
  const byName = new Map<string, { bare: boolean; countries: Map<string, string> }>();
  for (const m of mentions) {
    if (m.type !== 'ORG') continue;
    const name = bodyName(m.canonical);
    if (!name || (only && !only.has(name.key))) continue;
    const country = countryOfBodyId(name, m.entityId);
    if (m.entityId !== name.unscoped && country === null) continue;
    let seen = byName.get(name.unscoped);
    if (!seen) byName.set(name.unscoped, (seen = { bare: false, countries: new Map() }));
    if (country === null) seen.bare = true;
    else seen.countries.set(country, m.entityId);
  }
  const joins: BodyCountryJoin[] = [];
  for (const [from, { bare, countries }] of byName) {
    // two or more countries: the no-country mentions stay apart (see the top of this file)
    if (!bare || countries.size !== 1) continue;
    const [[country, to]] = countries;
    joins.push({ from, to, country });
  }
  return joins;
}
