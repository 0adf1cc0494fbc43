// Entity resolution. Within a document: a surname, "Mr/Dr/Sir … X" or a first name goes to the
// full name the article establishes (and takes its type); an acronym to its expansion; a short
// organisation name to the one longer name of the article it ends ("United" → "Manchester
// United"); aliases to their canonical name. Across documents: mentions whose canonical names
// share a key and a type are one entity. Keys are computed per document, so a new document joins
// existing entities without any rebuild, and blocking is by key, never all pairs.
// Namesakes stay apart: "Sergey Smirnov" and "Alexander Smirnov" have different keys, and a
// short form that its own article does not tie to a full name ("Mr Bell", a bare "United" that
// is part of several well-known names) is an entity of that article only; a bare surname is an
// entity of its own, never joined to a full name from another article.
import { keyDigest } from './key-digest.js';
import { withoutInnerArticles } from './inner-articles.js';
import { withMountWrittenOut } from './mount-abbreviation.js';
import type { EntityType, Mention } from '../../types.js';
import type { AliasTable } from './aliases.js';
import { acronymLetters, acronymOf, acronymWithInnerAcronyms, isCompanyDesignator, isGeneration, looksLikeAcronym, nameKey, nameTokens, surnameOf, tailsAfterSpaces, tokenSetKey, withAmpersands } from './names.js';
import { articleCountries, countryScope, ownerCountryOfName, isDescriptiveName, isGovernmentBodyNoun, isNationality } from './descriptive-names.js';
import { datelineCountry } from './dateline.js';
import { commonNounFirst, installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates as placeCandidates } from '../gazetteer/resolve.js';
import { hasVersions, isCommonNounWord, splitSpacedVersion, splitVersion } from './versioned-names.js';
import { isPublicationName } from './head-nouns.js';
import { featureBareName } from './place-features.js';
import { isPlaceName } from './company-short-names.js';
import { shippedHonorifics, splitGivenNameTitle, splitHonorific, splitPostNominal, type Honorifics } from './honorifics.js';
import { clipsGivenName, isFullGivenName, sameGivenName } from './given-name-forms.js';
import { titleGender } from '../reference/title-genders.js';
import { givenNameGender, givenNameGenderWithForms, type NameGender } from '../reference/given-name-gender.js';
import { titledSurnameNames } from './titled-surnames.js';
import { mistypedSurnames } from './mistyped-surnames.js';
import { misspeltSurnames } from './misspelt-surnames.js';
import { joinSpacedNameStops } from './spaced-name-stops.js';
import { NameEnds } from './name-ends.js';
import { YEAR_NAMED_NICKNAME } from './year-named-clubs.js';
import { shipNameWithoutPrefix } from './ship-prefixes.js';

export interface ResolvedMention {
  /** Stable entity id: the same real-world name gets the same id in every document. */
  entityId: string;
  /** The name this mention resolves to ("Sergey Smirnov" for a bare "Smirnov"). */
  canonical: string;
  type: EntityType;
}

export interface ResolveOptions {
  /** The document's id: short forms with no full name in it get entities of this document only. */
  docId?: string;
  honorifics?: Honorifics;
  /** The document's text: how a name is written around it (a paper named after "the"). Without it those rules stay off. */
  text?: string;
}

const TYPES: EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];

// the pipeline's entity stage reads the designators too, so they live with the other name helpers
export { isCompanyDesignator };

/**
 * The id of an entity. Names of different types are different entities (Liverpool the city,
 * Liverpool the club); `scope` (a document id) keeps an unanchored short form to its article.
 */
export function entityIdFor(type: EntityType, written: string, scope?: string): string {
  const canonical = withMountWrittenOut(written);
  const key = withoutInnerArticles(type === 'LOC' ? tokenSetKey(canonical) : type === 'ORG' ? organisationKey(canonical) : type === 'PER' ? personKey(canonical) : awardsKey(nameKey(canonical)));
  return 'ent_' + keyDigest(`${type}:${key}${scope ? `@${scope}` : ''}`);
}

/**
 * An award's name keyed in the plural: news writes one award both ways across articles ("the
 * Marlow Awards" of the ceremony, "a Marlow Award" of the prize won there), and an article that
 * writes both joins them already (linkAwardShortNames).
 */
const awardsKey = (key: string) => (key.endsWith(' award') ? `${key}s` : key);

/** The key an organisation's entity id is made from: its name key without company designators. */
export function organisationKey(canonical: string): string {
  return withoutDesignators(nameKey(canonical));
}

/**
 * The key a person's entity id is made from: in a name of three words a capitalised middle name or
 * initial is left out, as news writes one person with it or without it ("James Charles Kopp",
 * "James C. Kopp", "James Kopp"; across articles too). Only there: leaving out every middle word
 * made one person of "Khalid bin Salman Al Saud" and "Khalid bin Sultan Al Saud"; a lower-case
 * particle ("Osama bin Laden") or a name after one is kept whole. Longer names join an initial only
 * within an article that writes both forms (linkMiddleInitials). Three-word namesakes that differ
 * only in the middle name ("John Paul Jones", "John Peter Jones") share a key, as do a first name
 * and surname and one such name: the price of the cross-article join. Within an article, a first
 * name and surname written before a fuller one stays apart from it (keepEarlierShortNamesApart).
 */
export function personKey(canonical: string): string {
  return personNameKey(canonical, false);
}

/** personKey with a middle name kept as its initial: tells namesakes of one article apart ("Gideon H. Marsh", "Gideon W. Marsh"). */
function namesakeKey(canonical: string): string {
  return personNameKey(canonical, true);
}

function personNameKey(canonical: string, keepInitial: boolean): string {
  const words = nameKey(canonical).split(' ');
  // given names written as initials are one name however they are spaced: "A.J. Smith", "A. J.
  // Smith" and tokenised text's "A . J . Smith" are one person (never "A. Smith", a middle initial gone)
  const initials = leadingInitials(words);
  if (initials > 1) return [words.slice(0, initials).join(''), ...words.slice(initials)].join(' ');
  // "Vincent L . Gigante" (tokenised text) has the three words of "Vincent L. Gigante"
  const raw = joinSpacedNameStops(canonical).split(/\s+/u);
  // a generation suffix is not a surname ("Robert Downey Jr." has two names): count and test it on
  // the written words, as nameKey spells "III" as "iy"
  const core = raw.length - (raw.length > 1 && isGeneration(raw.at(-1)!) ? 1 : 0);
  if (core !== 3 || raw.length !== words.length || !isCapitalised(raw[0]) || !isCapitalised(raw[1])) return words.join(' ');
  // "W. Mark Felt" is called "Mark Felt": the initial goes, the name he goes by stays
  if (!keepInitial && words.length === 3 && goesByMiddleName(nameTokens(canonical))) return words.slice(1).join(' ');
  return (keepInitial ? [words[0], words[1][0], ...words.slice(2)] : [words[0], ...words.slice(2)]).join(' ');
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** "usair group inc" → "usair": a company is the same whether or not its designator is written. */
function withoutDesignators(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && isCompanyDesignator(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** Looks a name up in the alias table under its own type first, then any type (fixes tagger type slips). */
function aliasOf(aliases: AliasTable, type: EntityType, text: string): { canonical: string; type: EntityType } | null {
  const own = aliases.canonical(type, text);
  if (own) return { canonical: own, type };
  // a person's name is never looked up as an organisation's, unless it is one word ("Tory")
  // spelled as listed: a surname that only shares the transliteration key ("Torrey") is a person
  if (type === 'PER' && /\s/.test(text)) return null;
  for (const t of TYPES) {
    if (t === type || t === 'PER') continue;
    const c = type === 'PER' ? aliases.spelled(t, text) : aliases.canonical(t, text);
    if (c) return { canonical: c, type: t };
  }
  return null;
}

function cleanName(text: string): string {
  return splitPostNominal(text)
    .name
    .replace(/^(the|The)\s+/, '')
    .replace(/[’']s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Working {
  canonical: string;
  type: EntityType;
  /** Name tokens without a title. */
  tokens: string[];
  title: string | null;
  /** Resolved through the alias table or to a longer name of the article. */
  settled: boolean;
  /** Keep to this document (a short form its article does not explain). */
  local: boolean;
  /** The title names by given name ("King Hussein"): the name is no surname. */
  givenName?: boolean;
  /** The name as written, where the alias table resolved it ("Oscars" of "Academy Awards"). */
  aliased?: string;
}

/** Resolves the mentions of one document; result[i] belongs to mentions[i]. */
export function resolveDocumentEntities(mentions: Mention[], aliases: AliasTable, opts: ResolveOptions = {}): ResolvedMention[] {
  const h = opts.honorifics ?? shippedHonorifics();
  const out: Working[] = mentions.map((m) => {
    const clean = cleanName(m.text);
    const own = splitHonorific(clean, h);
    const title = m.title ?? own.title;
    const name = own.name;
    // tokenised text's "F . B . I ." is listed as "F.B.I." is; the name stays as written
    const alias = title ? null : aliasOf(aliases, m.type, joinSpacedNameStops(clean));
    if (alias) return { ...alias, tokens: nameTokens(alias.canonical), title: null, settled: true, local: false, aliased: clean };
    // a nickname written inside a person's name ("Vincent "The Chin" Gigante") is that person's full name
    if (m.nicknameOf) return { canonical: m.nicknameOf, type: 'PER', tokens: nameTokens(m.nicknameOf), title: null, settled: false, local: false };
    // a relative named by first name: "Nick" (his son) → Nick Howard, not an anchor for others
    if (m.familyName && !title) {
      const full = `${name} ${m.familyName}`;
      return { canonical: full, type: 'PER', tokens: nameTokens(full), title: null, settled: true, local: false };
    }
    const given = m.type === 'PER' && !own.title ? splitGivenNameTitle(clean, h) : null;
    if (given?.title) {
      // the name keeps its title: "King Hussein" is that king in every article, "Queen Elizabeth II" hers
      return { canonical: clean, type: m.type, tokens: nameTokens(given.name), title: given.title, settled: false, local: false, givenName: true };
    }
    const tokens = nameTokens(name);
    // a full name after a title of given names, the title outside its span ("Queen" + "Elizabeth II"):
    // still a given name, so "Queen Elizabeth" and "the Queen" find it
    if (m.type === 'PER' && m.title && h.givenName.has(m.title) && !own.title && tokens.length >= 2) {
      return { canonical: clean, type: m.type, tokens, title: m.title, settled: false, local: false, givenName: true };
    }
    // a full name is written without its title ("Judge Letitia Clark" is Letitia Clark)
    if (title && tokens.length >= 2) return { canonical: name, type: m.type, tokens, title: null, settled: false, local: false };
    // an unexplained "Mr Bell" keeps its title in its name: it is all the article says of him
    return { canonical: title && !own.title ? `${title} ${clean}` : clean, type: m.type, tokens, title, settled: false, local: false };
  });

  // the gender each mention's own title gives ("Mrs Jane Hale", "Mr Hale"), before linking drops titles
  const titleGenders = mentions.map((m) => {
    const title = m.type === 'PER' ? m.title ?? splitHonorific(cleanName(m.text), h).title : null;
    return title ? titleGender(title) : undefined;
  });
  const asWritten = [...out];
  linkPersons(mentions, out, titleGenders);
  keepEarlierShortNamesApart(mentions, out);
  typeCompanyOpenings(mentions, out);
  linkTeamNicknames(mentions, out);
  linkClippedNicknames(mentions, out);
  linkClippedTeamPlaces(mentions, out);
  linkOrganisations(mentions, out, aliases, opts.text);
  linkBodiesWithoutNouns(out);
  linkShipNames(out);
  linkMistypedSurnames(mentions, out);
  linkMisspeltSurnames(mentions, out);
  linkAcronyms(mentions, out, aliases);
  linkBracketedNames(mentions, out);
  linkVersions(mentions, out);
  linkAwardShortNames(out);
  linkPlurals(mentions, out);
  linkPlaceFeatures(out);
  linkPlaceTails(out);

  linkGivenNames(out, h);
  followJoins(out, asWritten);
  if (opts.text !== undefined) keepCoordinatedNamesApart(mentions, out, asWritten, opts.text);
  // a bare surname the article also writes with a title is that titled person ("Lord Falconer" … "Falconer")
  const titledHere = new Set(out.filter((w) => w.type === 'PER' && w.title && !w.givenName && !w.settled && w.tokens.length === 1).map((w) => w.tokens[0]));
  for (const w of out) {
    if (w.settled || w.givenName || w.tokens.length !== 1) continue;
    if (w.type === 'PER' && titledHere.has(w.tokens[0])) w.local = true;
    // A short form its article does not tie to a full name is that article's own entity: a
    // titled surname ("Mr Bell": house style for someone named in full elsewhere, so in another
    // article probably someone else), or a word that is part of several well-known names
    // ("United"). A bare surname ("Reagan", in a wire story that never gives the full name) is
    // kept as one entity of that name across articles, apart from every full name.
    if ((w.type === 'PER' && w.title) || (w.type === 'ORG' && aliases.partOfLongerName(w.tokens[0]))) w.local = true;
  }
  // a body every country has ("Interior Ministry") is one body only within one country; a curated
  // name is the one body its alias group names
  const countries = articleCountries(mentions, (i) => {
    const w = out[i];
    return !w.local && w.type === 'ORG' && !aliases.canonical('ORG', w.canonical) && isDescriptiveName(w.canonical) ? organisationKey(w.canonical) : null;
  });
  // the nationality mentions by where they end, looked up once per body (not a scan per mention)
  const miscByEnd = new Map<number, Mention>();
  if (countries.size) for (const m of mentions) if (m.type === 'MISC' && !miscByEnd.has(m.end)) miscByEnd.set(m.end, m);
  return out.map((w, i) => {
    // with no country (no name, dateline or place gives one) the name keeps its one key as before
    const country = countries.get(i);
    const scope = w.local ? opts.docId : country ? countryScope(country) : undefined;
    const entityId = entityIdFor(w.type, w.title && !w.givenName ? w.tokens.join(' ') : w.canonical, scope);
    return { canonical: countries.has(i) ? withNationality(miscByEnd, mentions[i], w.canonical) : w.canonical, type: w.type, entityId };
  });
}

/**
 * A name joined to a name that a later rule joined further ("Blazers" to "Trail Blazers", then
 * "Trail Blazers" to "Portland Trail Blazers") goes where that name went: one thing, one name. Only
 * where every mention written as that name went to one name of the same type.
 */
function followJoins(out: Working[], asWritten: readonly Working[]): void {
  const wentTo = new Map<string, Set<string>>();
  out.forEach((w, i) => {
    const key = `${asWritten[i].type}:${asWritten[i].canonical}`;
    wentTo.set(key, (wentTo.get(key) ?? new Set<string>()).add(w.type === asWritten[i].type ? w.canonical : ''));
  });
  out.forEach((w, i) => {
    if (w.canonical === asWritten[i].canonical) return;
    const onward = wentTo.get(`${w.type}:${w.canonical}`);
    if (onward?.size !== 1) return;
    const canonical = [...onward][0];
    if (canonical && canonical !== w.canonical) out[i] = { ...w, canonical, tokens: nameTokens(canonical), settled: true };
  });
}

/** "and" or "or" alone between two names: a coordination. */
const COORDINATION = /^\s*(?:and|or)\s*$/u;

/**
 * Two names coordinated ("Cheerios and Honey Nut Cheerios", "Hale or Tom Hale") name two things, so
 * the shorter is not the longer it was joined to: every mention written as it goes back to its own
 * name (`asWritten`, the resolution before any joining). Only where the longer is written as the name
 * the shorter was joined to; two forms joined to a third ("IE8 and IE9") are left joined.
 */
function keepCoordinatedNamesApart(mentions: Mention[], out: Working[], asWritten: readonly Working[], text: string): void {
  const apart = new Map<string, string>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const [a, b] = [mentions[i], mentions[i + 1]];
    if (a.end > b.start || !COORDINATION.test(text.slice(a.end, b.start))) continue;
    if (out[i].type !== out[i + 1].type || out[i].canonical !== out[i + 1].canonical) continue;
    for (const [short, long] of [[i, i + 1], [i + 1, i]]) {
      if (asWritten[long].canonical === out[long].canonical && asWritten[short].canonical !== out[short].canonical) apart.set(asWritten[short].canonical, out[short].canonical);
    }
  }
  if (apart.size === 0) return;
  out.forEach((w, i) => {
    if (apart.get(asWritten[i].canonical) === w.canonical) out[i] = asWritten[i];
  });
}

/**
 * A body every country has, written right after a nationality the tagger names apart ("Soviet"
 * "Foreign Ministry"), is named with it: the nationality says which ministry is meant. Only the
 * name shown changes; the entity stays the one body keyed by that country.
 */
function withNationality(miscByEnd: ReadonlyMap<number, Mention>, m: Mention, canonical: string): string {
  const before = miscByEnd.get(m.start - 1);
  return before && /^\p{Lu}\p{Ll}+$/u.test(before.text) && !canonical.startsWith(before.text) ? `${before.text} ${canonical}` : canonical;
}

/**
 * A bare name no full name took is the one "Prince X" of its article that names X ("Prince Charles"
 * … "Charles"); a bare title is the one person its article names with it ("King Fahd" … "the King").
 */
function linkGivenNames(out: Working[], h: Honorifics): void {
  const titles = new Set([...h.givenName].map((t) => t.toLowerCase()));
  const forms = new Map<string, Set<string>>();
  const add = (key: string, canonical: string) => forms.set(key, (forms.get(key) ?? new Set<string>()).add(canonical));
  for (const w of out) {
    if (w.type !== 'PER' || !w.givenName || !w.title) continue;
    if (!w.settled && w.tokens.length === 1) add(nameKey(w.tokens[0]), w.canonical);
    add(`title:${w.title.toLowerCase()}`, w.canonical);
  }
  if (!forms.size) return;
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.givenName || w.settled || w.title || w.tokens.length !== 1) return;
    const named = forms.get(titles.has(w.tokens[0]) ? `title:${w.tokens[0]}` : nameKey(w.tokens[0]));
    if (named?.size !== 1) return;
    const canonical = [...named][0];
    out[i] = { ...w, canonical, givenName: true, settled: true };
  });
}

/** Surnames, titled surnames and first names go to the full person name the article gives. */
function linkPersons(mentions: Mention[], out: Working[], titleGenders: ReadonlyArray<NameGender | undefined>): void {
  const suffixes = generationSuffixes(mentions, out);
  linkGenerationForms(mentions, out);
  linkMiddleInitials(out);
  linkFirstInitials(out);
  typeMiddleNamedPersons(mentions, out);
  linkMiddleNames(mentions, out);
  linkFamiliarNames(mentions, out);
  linkLongSurnames(mentions, out);
  typeFirstNames(mentions, out);
  typeTitledSurnameNames(mentions, out, titleGenders);
  linkNames(mentions, out, titleGenders);
  linkGivenNamePairs(mentions, out);
  // after the name before it has found its full name
  for (const [i, j] of suffixes) out[i] = { ...out[i], canonical: out[j].canonical, tokens: out[j].tokens, title: null, settled: true };
}

/**
 * "W. Mark Felt Sr." … "W. Mark Felt": a full name written with "Sr." and without it is one person,
 * where the article writes that name with no other suffix (a "Sr." and a "Jr." of one name are father
 * and son, and the name alone may be either; beside a "Jr." alone it may be the father, middle-names
 * tests). "Ike Hale III" … "Ike III": a first name and a suffix are the one full name of the article
 * with that first name and suffix. The suffixed name is kept: the article gives it to tell him from a
 * namesake.
 */
function linkGenerationForms(mentions: Mention[], out: Working[]): void {
  /** "first surname" and "first suffix" of each suffixed full name → those names */
  const suffixed = new Map<string, Set<string>>();
  const add = (key: string, canonical: string) => suffixed.set(key, (suffixed.get(key) ?? new Set<string>()).add(canonical));
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.title || w.givenName || mentions[i].familyName || w.tokens.length < 3 || !isGeneration(w.tokens.at(-1)!)) return;
    add(`name:${w.tokens[0]} ${w.tokens.at(-2)}`, w.canonical);
    add(`first:${w.tokens[0]} ${w.tokens.at(-1)}`, w.canonical);
    // "Ada Lorne" beside "Ada Lorne Jr." may be his father: only a "Sr." takes the bare name
    if (w.tokens.at(-1) === 'sr') add(`senior:${w.tokens[0]} ${w.tokens.at(-2)}`, w.canonical);
  });
  if (suffixed.size === 0) return;
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.settled || w.title || w.givenName || mentions[i].familyName || w.tokens.length < 2) return;
    const last = w.tokens.at(-1)!;
    const bare = !isGeneration(last);
    if (!bare && w.tokens.length !== 2) return;
    // one suffixed name of that first name and surname ("… Sr." and "… Jr." are two), the bare name its words
    const named = suffixed.get(bare ? `name:${w.tokens[0]} ${last}` : `first:${w.tokens[0]} ${last}`);
    if (named?.size !== 1 || (bare && !suffixed.has(`senior:${w.tokens[0]} ${last}`))) return;
    const canonical = [...named][0];
    const tokens = nameTokens(canonical);
    if (bare && tokens.slice(0, -1).join(' ') !== w.tokens.join(' ')) return;
    out[i] = { ...w, canonical, tokens, settled: true };
  });
}

/** A full name the tagger did not read as a person's, whose surname the article titles "Mr" or "Ms", is a person's (titled-surnames.ts). */
function typeTitledSurnameNames(mentions: Mention[], out: Working[], titleGenders: ReadonlyArray<NameGender | undefined>): void {
  // the article's own title outweighs a type an upstream rule settled from the parse (a person read
  // as a place in apposition to a place noun), but not the dateline's town
  const names = out.map((w, i) => ({ ...w, typeSettled: mentions[i].dateline === true }));
  const isGivenName = (word: string) => isGivenNameWord(word) || givenNameGender(word.charAt(0).toUpperCase() + word.slice(1)) !== undefined;
  for (const i of titledSurnameNames(names, titleGenders, isGivenName)) {
    // written as a name is, two capitalised words ("MARK FELT" and "the mark felt" are not read)
    if (/^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}/u.test(mentions[i].text)) out[i] = { ...out[i], type: 'PER' };
  }
}

/**
 * "the killing of Alexandros Grigoropoulos" … "Alexandros's death": a one-word name the tagger typed
 * an organisation, a place or other name is the person whose first name it is, when the article named exactly
 * one person with that first name before it, no organisation's name of the article opens with it and
 * no country, region or sizeable town is so called (isPlaceName: a hamlet of the name does not
 * count); a word typed a place must be a given name news knows (WordNet or the gender table). Only first
 * names: a bare surname of a full name may be the company named after that person ("Michael Dell" …
 * "Dell").
 */
function typeFirstNames(mentions: Mention[], out: Working[]): void {
  const firsts = new Map<string, { start: number; first: string; canonicals: Set<string> }>();
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length < 2 || w.title) return;
    const key = nameKey(w.tokens[0]);
    const seen = firsts.get(key);
    if (seen) seen.canonicals.add(w.canonical);
    else firsts.set(key, { start: mentions[i].start, first: w.tokens[0], canonicals: new Set([w.canonical]) });
  });
  if (firsts.size === 0) return;
  // a word that opens an organisation's name of the article is that organisation's ("Shearson Lehman Hutton")
  for (const w of out) if (w.type === 'ORG' && w.tokens.length >= 2) firsts.delete(nameKey(w.tokens[0]));
  out.forEach((w, i) => {
    if (w.type === 'PER' || w.tokens.length !== 1 || w.settled || w.title || mentions[i].typeSettled || mentions[i].dateline) return;
    const exact = firsts.get(nameKey(w.tokens[0]));
    // or the one first name written before that the word cuts short ("Wladimir Klitschko" … "Wlad")
    const named = exact ?? clippedFirstName(firsts, w.tokens[0], mentions[i].start);
    if (!named || named.canonicals.size !== 1 || named.start >= mentions[i].start || !/^\p{Lu}\p{Ll}+$/u.test(mentions[i].text)) return;
    if (isPlaceName(mentions[i].text)) return;
    // a place's name is a first name only where news knows it as one: "Malibu Rehab", a headline's
    // clinic the tagger read as a person, leaves "Malibu" a place
    if (exact && w.type === 'LOC' && !isGivenNameWord(w.tokens[0]) && !givenNameGender(w.tokens[0])) return;
    out[i] = { ...w, type: 'PER' };
  });
}

/** The one first name of a full name written before `start` that `word` cuts short (clipsGivenName), or undefined. */
function clippedFirstName<T extends { start: number; first: string }>(firsts: ReadonlyMap<string, T>, word: string, start: number): T | undefined {
  let found: T | undefined;
  for (const named of firsts.values()) {
    if (named.start >= start || !clipsGivenName(word, named.first, isOwnGivenName)) continue;
    if (found) return undefined;
    found = named;
  }
  return found;
}

/**
 * Two given names written alone ("Rosa Maria" after "Rosa Maria Quintero"): the person whose full
 * name, given earlier in the article, opens with both, where exactly one such person is named; as a
 * first name alone refers back to a full name (linkNames). The second word must be a given name:
 * it opens a full person name of the article (typeFirstNames' evidence), or WordNet knows more
 * people whose names open with it than people it names alone as a surname (isGivenNameWord). A
 * first name and a surname ("George Washington" after "George Washington Carver") are a full name
 * of their own, as is a pair the article writes before the longer name (another person who shares
 * the two names).
 */
function linkGivenNamePairs(mentions: Mention[], out: Working[]): void {
  const givenNames = new Set<string>();
  for (const w of out) if (w.type === 'PER' && w.tokens.length >= 2 && !w.title) givenNames.add(nameKey(w.tokens[0]));
  const pair = (w: Working) => (w.type === 'PER' && w.tokens.length >= 2 ? `${nameKey(w.tokens[0])} ${nameKey(w.tokens[1])}` : '');
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length !== 2 || w.settled || w.title || mentions[i].familyName) return;
    const key = pair(w);
    const start = mentions[i].start;
    const opened = new Set<string>();
    let chosen: Working | undefined;
    let first = Infinity;
    out.forEach((o, k) => {
      if (k === i || o.tokens.length < 3 || mentions[k].start >= start || pair(o) !== key) return;
      opened.add(o.canonical);
      chosen = o;
      first = Math.min(first, mentions[k].start);
    });
    if (opened.size !== 1 || !chosen) return;
    // the pair written alone before the longer name is someone else who bears both names
    if (out.some((o, k) => o.tokens.length === 2 && mentions[k].start < first && pair(o) === key)) return;
    if (!givenNames.has(nameKey(w.tokens[1])) && !isGivenNameWord(w.tokens[1])) return;
    out[i] = { ...w, canonical: chosen.canonical, tokens: chosen.tokens, title: null, settled: true };
  });
}

const NOUN_PERSON = 18;
const givenNameWords = new Map<string, boolean>();

/**
 * Whether WordNet reads a word as a given name: more of the people it knows have names that open
 * with the word ("Miguel de Cervantes") than are named by the word alone as their surname ("Luther":
 * Martin Luther; "Washington": George and Booker T. Washington, against Washington Irving). False
 * without WordNet or when it knows no such person.
 */
export function isGivenNameWord(word: string, wn: WordNet | null = installedWordNet()): boolean {
  const lemma = word.toLowerCase();
  let known = givenNameWords.get(lemma);
  if (known === undefined) {
    known = false;
    if (wn && /^\p{L}+$/u.test(lemma)) {
      const person = (id: string) => wn.lexFile(id) === NOUN_PERSON && wn.synset(id)?.pointers.some((p) => p.symbol === '@i') === true;
      const opening = new Set(wn.lemmasOpeningWith(lemma, 'n').flatMap((l) => wn.synsets(l, 'n')).filter(person));
      const surname = wn.synsets(lemma, 'n').filter((id) => person(id) && wn.synset(id)!.words.some((w) => w.endsWith(`_${lemma}`)));
      known = opening.size > surname.length;
    }
    givenNameWords.set(lemma, known);
  }
  return known;
}

/**
 * The gender of each full person name of the article: the one its titled mentions give ("Mrs Jane
 * Hale"), else the one news uses its first name for (models/given-name-genders.tsv); none when
 * the article's titles disagree or the first name is not in the table.
 */
function fullNameGenders(out: Working[], titleGenders: ReadonlyArray<NameGender | undefined>): Map<string, NameGender> {
  const titled = new Map<string, Set<NameGender>>();
  out.forEach((w, i) => {
    const g = titleGenders[i];
    if (w.type === 'PER' && w.tokens.length >= 2 && g) titled.set(w.canonical, (titled.get(w.canonical) ?? new Set<NameGender>()).add(g));
  });
  const genders = new Map<string, NameGender>();
  for (const w of out) {
    if (w.type !== 'PER' || w.tokens.length < 2 || genders.has(w.canonical)) continue;
    const own = titled.get(w.canonical);
    // the gender the pronoun resolver reads a given name for: the learned table, then a familiar
    // form's full name and the birth records ("Kathryn", too seldom in news for the table, is no "Mr")
    const g = own ? (own.size === 1 ? [...own][0] : undefined) : givenNameGenderWithForms(w.canonical.split(/\s+/u)[0]);
    if (g) genders.set(w.canonical, g);
  }
  return genders;
}

/** Bare surnames and first names to the full name they stand for. */
function linkNames(mentions: Mention[], out: Working[], titleGenders: ReadonlyArray<NameGender | undefined>): void {
  const anchors: Array<{ start: number; tokens: string[]; canonical: string; givenTitle: string | null }> = [];
  const fullCount = new Map<string, number>();
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length < 2 || mentions[i].familyName) return;
    anchors.push({ start: mentions[i].start, tokens: w.tokens, canonical: w.canonical, givenTitle: w.givenName ? w.title : null });
    fullCount.set(w.canonical, (fullCount.get(w.canonical) ?? 0) + 1);
  });
  if (anchors.length === 0) return;
  // full names the article introduces as someone's relative ("his sister Katie Hale")
  const relatives = new Map<string, string>();
  out.forEach((w, i) => {
    const through = mentions[i].relativeOf;
    if (w.type === 'PER' && through) relatives.set(w.canonical, through);
  });
  const genders = fullNameGenders(out, titleGenders);
  const calledByTitle = titledSurnameCounts(out, titleGenders, anchors, genders);
  // names a title of given names goes with, written alone ("King Hussein"): no surname
  const kings = new Set(out.filter((w) => w.type === 'PER' && w.givenName && w.title && w.tokens.length === 1).map((w) => nameKey(w.tokens[0])));
  // how often the article writes each single name alone (a first name or a bare surname)
  const alone = new Map<string, number>();
  for (const w of out) {
    if (w.type !== 'PER' || w.tokens.length !== 1 || w.title || w.settled) continue;
    const k = nameKey(w.tokens[0]);
    alone.set(k, (alone.get(k) ?? 0) + 1);
  }
  const bothTitled = surnamesTitledBothWays(out, titleGenders);
  // where the article writes each single name alone and untitled ("Ortiz"): a titled "Mr Ackerman"
  // between "Martin Ackerman" and "Marty Ackerman" may be either form of one man
  const writtenAlone = new Map<string, number[]>();
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length !== 1 || w.givenName || w.title) return;
    const k = nameKey(w.tokens[0]);
    writtenAlone.set(k, [...(writtenAlone.get(k) ?? []), mentions[i].start]);
  });
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length !== 1 || w.settled) return;
    const key = nameKey(w.tokens[0]);
    const start = mentions[i].start;
    // "King Hussein" is a given name: only a full name written with the same title starts with it
    if (w.givenName) {
      const same = anchors.filter((a) => a.givenTitle === w.title && nameKey(a.tokens[0]) === key);
      const chosen = same.length ? mostMentioned(same, fullCount) ?? same.filter((a) => a.start < start).at(-1) ?? same[0] : null;
      if (chosen) out[i] = { ...w, canonical: chosen.canonical, tokens: chosen.tokens, title: null, givenName: false, settled: true };
      return;
    }
    // "Mrs Hale" is not the "John Hale" of her article, nor "Mr Hale" its "Mary Hale"
    const gender = w.title ? titleGenders[i] : undefined;
    const bearers = anchors.filter((a) => nameKey(surnameOf(a.tokens)) === key && !(gender && genders.has(a.canonical) && genders.get(a.canonical) !== gender));
    const bySurname = notRelatives(notCalledByFirstName(bothTitled.has(key) ? ofTitleGender(bearers, gender, genders) : bearers, key, alone, fullCount), relatives);
    // "King Hussein" and "Saddam Hussein", whom the article calls "Saddam": a bare "Hussein" is the
    // king (linkGivenNames), as the other bearer goes by his first name. Only where another bears it as a
    // surname: a king's name that is someone's first name ("Queen Elizabeth", "Elizabeth Warren") is left as before.
    if (!w.title && kings.has(key) && bySurname.length > 0 && bySurname.every((b) => calledByFirstName(b, key, alone, fullCount))) return;
    // A first name refers back to a full name given earlier; "Mr X" and a bare X are surnames.
    const byFirstName = w.title ? [] : anchors.filter((a) => a.start < start && nameKey(a.tokens[0]) === key);
    // a familiar form of one full name's first name ("Larry" after "Laurence Mark", "Wlad" after
    // "Wladimir Klitschko"), where it can be one person only
    const byForm =
      w.title || bySurname.length || byFirstName.length
        ? []
        : anchors.filter((a) => a.start < start && (sameGivenName(key, nameKey(a.tokens[0])) || clipsGivenName(w.tokens[0], a.tokens[0], isOwnGivenName)));
    if (new Set(byForm.map((a) => namesakeKey(a.canonical))).size > 1) return;
    const matching = bySurname.length ? namedBefore(bySurname, start) : byFirstName.length ? byFirstName : byForm;
    if (matching.length === 0) return;
    const surnameBearers = bySurname.length ? anchors.filter((a) => nameKey(surnameOf(a.tokens)) === key) : [];
    const chosen =
      firstCalledBySurname(matching, surnameBearers, writtenAlone.get(key) ?? []) ??
      mostMentioned(matching, fullCount) ??
      (matching.length > 1 && !w.title ? mostMentioned(matching, calledByTitle) : null) ??
      matching.filter((a) => a.start < start).at(-1) ??
      matching[0];
    out[i] = { ...w, canonical: chosen.canonical, tokens: chosen.tokens, title: null, settled: true };
  });
}

/**
 * How often the article calls each full name by its surname after a title ("Mr. Hale"), counted
 * where the title's gender leaves one bearer of the surname ("Ms. Hale" beside "Tom Hale" and "Ada
 * Hale"). A bare surname the full names leave open ("Tom Hale … Ada Hale, his mother … Hale") is the
 * bearer the article calls so most, not the one named last: news titles its subject's surname
 * throughout and names a relative once. Only for an untitled surname: a titled one the title's
 * gender leaves open ("Mr. Hale" beside "Martin Hale" and "Marty Hale") stays with the nearest.
 */
function titledSurnameCounts(
  out: Working[],
  titleGenders: ReadonlyArray<NameGender | undefined>,
  anchors: ReadonlyArray<{ tokens: string[]; canonical: string }>,
  genders: ReadonlyMap<string, NameGender>,
): Map<string, number> {
  const counts = new Map<string, number>();
  out.forEach((w, i) => {
    const gender = titleGenders[i];
    if (w.type !== 'PER' || !w.title || w.givenName || w.settled || w.tokens.length !== 1 || !gender) return;
    const key = nameKey(w.tokens[0]);
    const bearers = new Set(anchors.filter((a) => nameKey(surnameOf(a.tokens)) === key && genders.get(a.canonical) === gender).map((a) => a.canonical));
    if (bearers.size === 1) for (const b of bearers) counts.set(b, (counts.get(b) ?? 0) + 1);
  });
  return counts;
}

/**
 * "Jerry Ortiz … the killing of Ortiz … his wife, Chela Ortiz … Ortiz": where the article calls
 * the first bearer of a surname by it alone before it names another bearer, the surname is that
 * first bearer's, and later bearers are told apart by their full or first names (news style).
 * Null where the candidates are one person, the first bearer is not among them, or the surname
 * was not written alone between the first bearer and the next.
 */
function firstCalledBySurname<T extends { start: number; canonical: string }>(candidates: T[], bearers: T[], aloneAt: readonly number[]): T | null {
  if (bearers.length === 0 || new Set(candidates.map((c) => c.canonical)).size < 2) return null;
  const first = bearers.reduce((a, b) => (b.start < a.start ? b : a));
  const next = Math.min(...bearers.filter((b) => b.canonical !== first.canonical).map((b) => b.start));
  if (!aloneAt.some((at) => at > first.start && at < next)) return null;
  return candidates.find((c) => c.canonical === first.canonical) ?? null;
}

/**
 * Of several bearers of a surname, the ones whose full name the article gave before the bare
 * surname: it refers back to someone named, not to a relative introduced later ("Juan Miguel
 * Gonzalez wrote … Gonzalez said … his great-uncle Lazaro Gonzalez", however often the uncle is
 * named after). With none named before (a headline, a lead written by surname), all stay.
 */
function namedBefore<T extends { start: number }>(bearers: T[], start: number): T[] {
  const before = bearers.filter((b) => b.start < start);
  return before.length > 0 ? before : bearers;
}

/** Surnames the article writes after a man's title and after a woman's ("Mr Hale", "Mrs Hale"): borne by a man and a woman. */
function surnamesTitledBothWays(out: Working[], titleGenders: ReadonlyArray<NameGender | undefined>): Set<string> {
  const seen = new Map<string, Set<NameGender>>();
  out.forEach((w, i) => {
    const g = titleGenders[i];
    if (w.type !== 'PER' || w.tokens.length !== 1 || !g) return;
    const key = nameKey(w.tokens[0]);
    seen.set(key, (seen.get(key) ?? new Set<NameGender>()).add(g));
  });
  return new Set([...seen].filter(([, g]) => g.size === 2).map(([key]) => key));
}

/**
 * "Mr Hale", where the article writes "Mrs Hale" too and names "John Hale" and "Tamsin Hale": the
 * bearer known to have the title's gender, not one whose given name says none (neither the
 * article's titles nor the table know "Tamsin"), however often that other is named. With no
 * bearer known to match, all stay. Only where both titles are written: without a woman's title a
 * man's full name of unknown gender ("Marty Hale" beside "Martin Hale") may be the one meant.
 */
function ofTitleGender<T extends { canonical: string }>(bearers: T[], gender: NameGender | undefined, genders: ReadonlyMap<string, NameGender>): T[] {
  if (!gender) return bearers;
  const known = bearers.filter((b) => genders.get(b.canonical) === gender);
  return known.length > 0 ? known : bearers;
}

/**
 * Of several full names sharing a surname ("Elian Gonzalez", "Juan Miguel Gonzalez"), one the
 * article calls mainly by first name ("Elian": more often than by full name, and more often than
 * the bare surname is written) is not the one a bare surname names: news style calls a child, or
 * one of two relatives, by first name to tell them apart, and the other by surname. A politician's
 * first name used now and then ("Hillary", "Bernie") beside a far more frequent surname does not
 * count. With no such difference every bearer stays a candidate.
 */
function notCalledByFirstName<T extends { tokens: string[]; canonical: string }>(
  bearers: T[],
  surname: string,
  alone: ReadonlyMap<string, number>,
  fullCount: ReadonlyMap<string, number>,
): T[] {
  if (new Set(bearers.map((b) => b.canonical)).size < 2) return bearers;
  const rest = bearers.filter((b) => !calledByFirstName(b, surname, alone, fullCount));
  return rest.length > 0 ? rest : bearers;
}

/**
 * Of several bearers of a surname, the ones the article introduces as the relative of another bearer
 * ("Tom Hale … his sister Katie Hale") are not who the bare surname means: that other bearer is. A
 * relative introduced through someone already ruled out (a boy the article calls by first name)
 * stays a candidate. Where every bearer is so introduced, all stay.
 */
function notRelatives<T extends { tokens: string[]; canonical: string }>(bearers: T[], relatives: ReadonlyMap<string, string>): T[] {
  if (new Set(bearers.map((b) => b.canonical)).size < 2) return bearers;
  const rest = bearers.filter((b) => {
    const through = relatives.get(b.canonical);
    return through === undefined || !bearers.some((o) => o.canonical !== b.canonical && sameFullName(o.tokens, through));
  });
  return rest.length > 0 ? rest : bearers;
}

/** A full name's tokens and a name written elsewhere agree on first name and surname ("Tom Hale", "Tom J. Hale"). */
function sameFullName(tokens: string[], name: string): boolean {
  const words = name.split(/\s+/u);
  return nameKey(tokens[0]) === nameKey(words[0]) && nameKey(surnameOf(tokens)) === nameKey(surnameOf(words));
}

/** The article writes the bearer's first name alone more often than the full name and than the bare surname. */
function calledByFirstName(
  bearer: { tokens: string[]; canonical: string },
  surname: string,
  alone: ReadonlyMap<string, number>,
  fullCount: ReadonlyMap<string, number>,
): boolean {
  const n = alone.get(nameKey(bearer.tokens[0])) ?? 0;
  return n > (fullCount.get(bearer.canonical) ?? 0) && n > (alone.get(surname) ?? 0);
}

/**
 * A "Jr." the tagger names apart ("Samuel Ortega" "Jr.") is the end of the person named right before
 * it, never another "… Jr." of the article; with no such name it stays itself.
 */
function generationSuffixes(mentions: Mention[], out: Working[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length !== 1 || w.settled || !isGeneration(w.tokens[0])) return;
    out[i] = { ...w, settled: true };
    const j = mentions.findIndex((o, k) => k !== i && out[k].type === 'PER' && o.end <= mentions[i].start && mentions[i].start - o.end <= 2);
    if (j >= 0) pairs.push([i, j]);
  });
  return pairs;
}

/**
 * A first name and surname ("James Kopp") is the one fuller name the article gave before with the
 * same first name and surname and a middle name or initial between ("James C. Kopp"). An initial
 * only in a name given earlier: "George Bush" written before "George W. Bush" may be the father.
 * A middle name written out is the person the article named before by first name and surname, as
 * an obituary's "Ada Lorne" becomes "Ada Marie Lorne was born …".
 */
function linkMiddleNames(mentions: Mention[], out: Working[]): void {
  const fuller = out.flatMap((w, i) =>
    w.type === 'PER' && !w.title && !w.givenName && !mentions[i].familyName && w.tokens.length >= 3 && !isGeneration(w.tokens[1])
      ? [{ start: mentions[i].start, first: nameKey(w.tokens[0]), last: nameKey(surnameOf(w.tokens)), canonical: w.canonical, tokens: w.tokens }]
      : [],
  );
  if (fuller.length === 0) return;
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length !== 2 || w.settled || w.title || w.givenName || mentions[i].familyName) return;
    const first = nameKey(w.tokens[0]);
    const last = nameKey(w.tokens[1]);
    const matching = fuller.filter((f) => (f.start < mentions[i].start || middleWrittenOut(f.tokens)) && f.first === first && f.last === last);
    if (new Set(matching.map((f) => namesakeKey(f.canonical))).size !== 1) return;
    out[i] = { ...w, canonical: matching[0].canonical, tokens: matching[0].tokens, settled: true };
  });
}

/**
 * personKey leaves a three-word name's middle out, for the join across articles; "George Bush"
 * written before "George W. Bush" in one article may be his father. A first name and surname no
 * fuller name written before it took (linkMiddleNames), where its article writes a fuller one, is
 * the article's own entity. (Two fuller names of one article that differ only in the middle, as
 * "Gideon H. Marsh" and "Gideon W. Marsh", share the key: the price of the join.)
 */
function keepEarlierShortNamesApart(mentions: Mention[], out: Working[]): void {
  const fuller = new Set(out.flatMap((w, i) => (w.type === 'PER' && !mentions[i].familyName && w.tokens.length === 3 ? [personKey(w.canonical)] : [])));
  if (fuller.size === 0) return;
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length !== 2 || w.settled || w.title || w.givenName || mentions[i].familyName) return;
    if (fuller.has(personKey(w.canonical))) w.local = true;
  });
}

/**
 * "Bill Hale" is the "William Hale" of his article, and "Jimmy Ortiz" the "Jim Ortiz": a full name
 * whose first name is a familiar form (data/given-name-forms.txt) of another full name's first
 * name with the same surname is that person, where one such person is named. It takes the name
 * written with the full given name ("William"); between two familiar forms, the one written first.
 * Relatives named by first name keep their own names.
 */
function linkFamiliarNames(mentions: Mention[], out: Working[]): void {
  const fulls = out.flatMap((w, i) =>
    w.type === 'PER' && !w.title && !w.givenName && !mentions[i].familyName && w.tokens.length >= 2
      ? [{ start: mentions[i].start, first: nameKey(w.tokens[0]), last: nameKey(surnameOf(w.tokens)), canonical: w.canonical, tokens: w.tokens }]
      : [],
  );
  if (fulls.length < 2) return;
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length !== 2 || w.settled || w.title || w.givenName || mentions[i].familyName) return;
    const first = nameKey(w.tokens[0]);
    const last = nameKey(w.tokens[1]);
    const forms = fulls.filter((f) => f.last === last && sameGivenName(first, f.first));
    // the full given name wins; a familiar form goes only to one written before it
    const formal = forms.filter((f) => isFullGivenName(f.first) && !isFullGivenName(first));
    const targets = formal.length ? formal : isFullGivenName(first) ? [] : forms.filter((f) => f.start < mentions[i].start && !isFullGivenName(f.first));
    if (targets.length === 0 || new Set(targets.map((f) => namesakeKey(f.canonical))).size !== 1) return;
    out[i] = { ...w, canonical: targets[0].canonical, tokens: targets[0].tokens, settled: true };
  });
}

/**
 * "James C. Kopp" is the "James Charles Kopp" its article also writes, as wire style writes one
 * person either way: the same words but for initials that open the other's middle names, and one
 * such fuller name only. Names whose middle words differ ("bin Salman", "bin Sultan") never join.
 */
function linkMiddleInitials(out: Working[]): void {
  const full = out.filter((w) => w.type === 'PER' && !w.title && w.tokens.length >= 3 && !w.tokens.some(isInitial));
  if (full.length === 0) return;
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.title || w.tokens.length < 3 || !w.tokens.slice(1, -1).some(isInitial)) return;
    const canonicals = new Set(full.filter((f) => abbreviates(w.tokens, f.tokens)).map((f) => f.canonical));
    if (canonicals.size !== 1) return;
    const canonical = [...canonicals][0];
    out[i] = { ...w, canonical, tokens: full.find((f) => f.canonical === canonical)!.tokens, settled: true };
  });
}

/**
 * "W. Mark Felt" goes by his middle name, and the "William Mark Felt" his article also writes is
 * him: a three-word name with no initial is the one name of the article that writes its first
 * name as that name's initial and the same middle name and surname. It takes the initialled form,
 * the one news calls such a person by, whose key is the middle name and surname (personKey).
 */
function linkFirstInitials(out: Working[]): void {
  const initialled = out.filter((w) => w.type === 'PER' && !w.title && goesByMiddleName(w.tokens));
  if (initialled.length === 0) return;
  const isFull = (w: Working) => w.type === 'PER' && !w.title && !w.settled && w.tokens.length === 3 && !w.tokens.some(isInitial);
  const opens = (f: Working, w: Working) => w.tokens[0].startsWith(f.tokens[0]) && w.tokens[1] === f.tokens[1] && w.tokens[2] === f.tokens[2];
  out.forEach((w, i) => {
    if (!isFull(w)) return;
    const same = initialled.filter((f) => opens(f, w));
    if (new Set(same.map((f) => f.canonical)).size !== 1) return;
    // "Hollis Dorian Vell" and "Harold Dorian Vell" in one article: the initial is neither's
    if (new Set(out.filter((o) => isFull(o) && opens(same[0], o)).map((o) => o.canonical)).size !== 1) return;
    out[i] = { ...w, canonical: same[0].canonical, tokens: same[0].tokens, settled: true };
  });
}

/**
 * "Ada Lorne … Ada Marie Lorne was born": a name of three words the tagger did not read as a
 * person, whose first and last words are a person's first name and surname in the article and whose
 * middle word is a given name news knows, is that person with a middle name written out.
 */
function typeMiddleNamedPersons(mentions: Mention[], out: Working[]): void {
  const persons = new Set(out.filter((w) => w.type === 'PER' && !w.title && w.tokens.length === 2).map((w) => w.tokens.join(' ')));
  if (persons.size === 0) return;
  out.forEach((w, i) => {
    if (w.type === 'PER' || w.settled || w.title || w.tokens.length !== 3 || mentions[i].typeSettled || mentions[i].dateline) return;
    if (!/^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u.test(mentions[i].text) || !persons.has(`${w.tokens[0]} ${w.tokens[2]}`)) return;
    if (!isGivenNameWord(w.tokens[1]) && !givenNameGender(capitalise(w.tokens[1]))) return;
    out[i] = { ...w, type: 'PER' };
  });
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Whether a name's middle words are all written out ("ada marie lorne"), none an initial; a generation ("Jr.") is no surname. */
const middleWrittenOut = (tokens: readonly string[]) => tokens.length >= 3 && !isGeneration(tokens[tokens.length - 1]) && !tokens.slice(1, -1).some(isInitial);

/** Name tokens of three words whose first is an initial and second a whole name ("w mark felt"). */
const goesByMiddleName = (tokens: readonly string[]) => tokens.length === 3 && isInitial(tokens[0]) && !isInitial(tokens[1]) && !isInitial(tokens[2]);

/** A name token of one letter (tokens are lower-cased, stops dropped: "C." is "c"). */
const isInitial = (token: string) => /^\p{L}$/u.test(token);

/** How many initials open a name's key words before a word written out (0 when none follows them). */
function leadingInitials(words: readonly string[]): number {
  let n = 0;
  while (n < words.length && isInitial(words[n])) n++;
  return n < words.length ? n : 0;
}

/** Whether `short` is `long` with some middle words written as their initials. */
function abbreviates(short: string[], long: string[]): boolean {
  if (short.length !== long.length) return false;
  return short.every((t, k) => {
    if (t === long[k]) return true;
    return k > 0 && k < short.length - 1 && isInitial(t) && long[k].startsWith(t);
  });
}

/**
 * A surname of several words ("Van Der Beek", "Soon-Shiong") is the end, after a space, of a longer
 * person's name the article gives ("James Van Der Beek"); done first, so that a bare "Beek" then
 * finds one full name. Never inside a hyphenated word: "Newark-Las Vegas" does not end in "Las Vegas".
 * A longer "name" that opens with a common adjective is a title named after the person ("The
 * Notorious Vera Lane", a film the tagger read as a person), never that person's fuller name.
 */
function linkLongSurnames(mentions: Mention[], out: Working[]): void {
  const longer: Array<{ start: number; tails: Set<string>; tokens: string[]; canonical: string }> = [];
  const fullCount = new Map<string, number>();
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length < 3 || mentions[i].familyName || opensWithAdjective(w.canonical)) return;
    longer.push({ start: mentions[i].start, tails: new Set(tailsAfterSpaces(w.canonical).map(nameKey)), tokens: w.tokens, canonical: w.canonical });
    fullCount.set(w.canonical, (fullCount.get(w.canonical) ?? 0) + 1);
  });
  if (longer.length === 0) return;
  out.forEach((w, i) => {
    if (w.type !== 'PER' || w.tokens.length < 2 || w.settled || mentions[i].familyName) return;
    const key = nameKey(w.tokens.join(' '));
    const matching = longer.filter((a) => a.tokens.length > w.tokens.length && a.tails.has(key));
    if (matching.length === 0) return;
    const chosen = mostMentioned(matching, fullCount) ?? matching.filter((a) => a.start < mentions[i].start).at(-1) ?? matching[0];
    out[i] = { ...w, canonical: chosen.canonical, tokens: chosen.tokens, title: null, settled: true };
  });
}

/** Whether news uses a lower-case word as a given name of its own (models/given-name-genders.tsv). */
const isOwnGivenName = (word: string) => givenNameGender(capitalise(word)) !== undefined;

/** Whether a name's first word is an adjective WordNet knows ("Notorious") and no given name news uses ("Frank"). */
function opensWithAdjective(canonical: string): boolean {
  const first = canonical.split(/\s+/u)[0];
  return /^\p{Lu}\p{Ll}+$/u.test(first) && isAdjective(first) && !givenNameGender(first) && !isGivenNameWord(first);
}

/** The one candidate whose full name the article uses most often, if one stands out. */
function mostMentioned<T extends { canonical: string }>(candidates: T[], counts: Map<string, number>): T | null {
  const names = [...new Set(candidates.map((c) => c.canonical))];
  if (names.length === 1) return candidates[0];
  const ranked = names.map((n) => [n, counts.get(n) ?? 0] as const).sort((a, b) => b[1] - a[1]);
  if (ranked[0][1] > ranked[1][1]) return candidates.find((c) => c.canonical === ranked[0][0])!;
  return null;
}

/**
 * A short organisation name goes to the one longer organisation name of the article that it ends
 * earlier ("United" → "Manchester United"), or that it starts before "of …" or a company designator
 * ("Liberal Party" → "Liberal Party of Australia", "Acme" → "Acme Holdings"), or that is it with
 * the country or nationality it belongs to written before ("U.S. Congress" … "Congress", "British
 * Foreign Office" … "the Foreign Office", "U.N. Security Council" … "the Security Council").
 */
function linkOrganisations(mentions: Mention[], out: Working[], aliases: AliasTable, text?: string): void {
  const longer = out
    .map((w, i) => ({ ...w, start: mentions[i].start, paper: text !== undefined && isPublicationName(w.canonical) && namedAsPaper(text, mentions[i]) }))
    .filter((w) => w.type === 'ORG' && w.tokens.length >= 2);
  if (longer.length === 0) return;
  const filed = datelineCountry(mentions);
  // every rule below pairs names that share their first or last token
  const named = new NameEnds(longer);
  out.forEach((w, i) => {
    if (w.type !== 'ORG' || w.settled || w.tokens.length === 0 || aliases.canonical('ORG', w.canonical)) return;
    // a short form refers back to a name given earlier, and is a word, not a fragment ("Re")
    if (w.tokens.join('').length < 3) return;
    const n = w.tokens.length;
    const candidates = new Set<string>();
    // a word that opens two names of its article ("Orchard Corps", "Orchard Computer") is no portfolio of either
    // "The Times, a London paper": a short form an indefinite apposition introduces refers back to no paper
    const introduced = text !== undefined && introducedByApposition(text, mentions[i]);
    const opened = new Set(named.opening(w.tokens[0]).filter((l) => l.tokens.length > n).map((l) => l.canonical));
    for (const l of named.sharingAnEnd(w.tokens)) {
      if (l.tokens.length <= n) continue;
      if (opened.size === 1 && isPortfolioOf(w, l)) {
        candidates.add(l.canonical);
        continue;
      }
      const owned = l.tokens.slice(-n).every((t, k) => t === w.tokens[k]) && hasOwnerQualifier(l, n);
      // the body's country may come after its bare name ("Army, Navy and Air Force troops" … "the
      // U.S. Navy"), when the bare name is a common noun WordNet knows ("navy", "air force") or a kind
      // of body ("Interior Ministry"), not a
      // name the tagger typed ORG by mistake ("Barack Obama" … "United States Barack Obama")
      // But not against the dateline: in a LONDON story "The Navy" is not the "U.S. Navy" named later
      if (l.start >= mentions[i].start) {
        // the UN is no country's: its bodies are home under any dateline
        const owner = ownerOf(l, n);
        const home = filed === null || owner === 'UN' || owner === filed || inListOfBodies(mentions, out, i);
        if (owned && home && (isCommonNoun(w.tokens) || isDescriptiveName(w.canonical))) candidates.add(l.canonical);
        continue;
      }
      // only a word that is part of several well-known names ends one ("United"): in wire copy
      // "Congress" is not "American Pork Congress", nor "Fed" the "New York Fed"
      const ends = n === 1 && l.tokens.at(-1) === w.tokens[0] && aliases.partOfLongerName(w.tokens[0]);
      const starts = w.tokens.every((t, k) => l.tokens[k] === t) && (l.tokens[n] === 'of' || l.tokens.slice(n).every((t) => isCompanyDesignator(t)));
      // a paper named in full is then "the Post", "The News" ("the Washington Post" … "the Post"); with
      // two such papers in the article ("New York Times", "Los Angeles Times") neither is meant alone
      const paper = l.paper && !introduced && l.tokens.slice(-n).every((t, k) => t === w.tokens[k]);
      if (ends || starts || owned || paper || isTeamOfPlace(l, w) || isTeamOfPlace(l, w, 'place')) candidates.add(l.canonical);
    }
    if (candidates.size !== 1) return;
    const canonical = [...candidates][0];
    out[i] = { ...w, canonical, tokens: nameTokens(canonical), settled: true };
  });
}

/**
 * A name written alone that a ship of the article bears after its prefix ("INS Mysore" … "the
 * Mysore") is that ship, where one ship of the article bears it; it takes the ship's name and type.
 */
function linkShipNames(out: Working[]): void {
  const ships = new Map<string, Set<string>>();
  const shipType = new Map<string, EntityType>();
  for (const w of out) {
    const bare = w.title ? null : shipNameWithoutPrefix(w.canonical);
    if (bare === null) continue;
    const key = nameKey(bare);
    ships.set(key, (ships.get(key) ?? new Set<string>()).add(w.canonical));
    shipType.set(w.canonical, w.type);
  }
  if (ships.size === 0) return;
  out.forEach((w, i) => {
    if (w.settled || w.title || w.givenName) return;
    const named = ships.get(nameKey(w.canonical));
    if (named?.size !== 1) return;
    const canonical = [...named][0];
    out[i] = { ...w, canonical, tokens: nameTokens(canonical), type: shipType.get(canonical)!, settled: true };
  });
}

/** A bare surname typed as the organisation or thing its person's full name was typed ("Derek Vance" … "Vance"; mistyped-surnames.ts). */
function linkMistypedSurnames(mentions: Mention[], out: Working[]): void {
  const names = out.map((w, i) => ({ ...w, start: mentions[i].start, text: mentions[i].text }));
  const isGivenName = (word: string) => isGivenNameWord(word) || givenNameGender(capitalise(word)) !== undefined;
  // a country's or region's name, not a town's: towns share their names with surnames ("Stanley")
  const isPlaceWord = (text: string) => isNationality(text) || placeCandidates(gazetteer(), text).entries.some((e) => e.kind !== 'P');
  for (const [i, k] of mistypedSurnames(names, isGivenName, isPlaceWord)) out[i] = { ...out[i], canonical: out[k].canonical, tokens: out[k].tokens, settled: true };
}

/** A one-word name that misspells the surname of one person the article names in full is that person (misspelt-surnames.ts). */
function linkMisspeltSurnames(mentions: Mention[], out: Working[]): void {
  const names = out.map((w, i) => {
    const m = mentions[i];
    const full = w.type === 'PER' && w.tokens.length >= 2 && !w.title && !w.givenName;
    const fixed = w.settled || w.title !== null || w.givenName === true || !!m.title || !!m.familyName || !!m.nicknameOf || !!m.dateline || m.role === 'credit';
    return { type: w.type, tokens: w.tokens, surname: full ? surnameOf(w.tokens) : undefined, fixed, text: m.text };
  });
  const wn = installedWordNet();
  const isKnownWord = (text: string) =>
    isPlaceName(text) || isNationality(text) || isGivenNameWord(text) || givenNameGender(text) !== undefined || (wn !== null && commonNounFirst(wn, text));
  for (const [i, k] of misspeltSurnames(names, isKnownWord)) out[i] = { ...out[i], canonical: out[k].canonical, tokens: out[k].tokens, type: 'PER', title: null, settled: true };
}

/**
 * A team's plural nickname written alone ("the Jaguars") is the one team its article names in full
 * with a place before it ("the Jacksonville Jaguars"; isTeamOfPlace), before or after it: a headline
 * names the team by nickname before the body gives it whole ("Hawks sign a guard" … "the Atlanta
 * Hawks"). The place must be a country, region or town that is no common adjective (isTeamOfPlace):
 * "Golden Eagles" is no team of the hamlet of Golden. The tagger reads a team now as an organisation, now as a thing, and a plural nickname at
 * times as a person; the team is one organisation, so the nickname and every mention of the full
 * name take that type. Where two teams of the article end in the nickname it stays as it is.
 */
function linkTeamNicknames(mentions: Mention[], out: Working[]): void {
  const teamLike = (w: Working) => (w.type === 'ORG' || w.type === 'MISC') && !w.title && !w.givenName && w.tokens.length >= 2;
  const longer = out.filter(teamLike);
  if (longer.length === 0) return;
  // a team's name ends in its nickname
  const named = new NameEnds(longer);
  const teams = new Set<string>();
  out.forEach((w, i) => {
    const m = mentions[i];
    if (w.settled || w.title || w.givenName || m.title || m.familyName || m.nicknameOf || m.typeSettled) return;
    if (w.type !== 'ORG' && w.type !== 'MISC' && w.type !== 'PER') return;
    // a person's surname may look plural ("Adams"): a nickname read as a person must name creatures
    if (w.type === 'PER' && !namesKindOfCreature(w.canonical.split(/\s+/u).at(-1)!)) return;
    const teamsNamed = new Set((w.tokens.length ? named.ending(w.tokens[w.tokens.length - 1]) : longer).filter((l) => isTeamOfPlace(l, w)).map((l) => l.canonical));
    if (teamsNamed.size !== 1) return;
    const canonical = [...teamsNamed][0];
    out[i] = { ...w, canonical, tokens: nameTokens(canonical), type: 'ORG', settled: true };
    teams.add(canonical);
  });
  if (teams.size === 0) return;
  out.forEach((w, i) => {
    if (w.type === 'MISC' && teamLike(w) && teams.has(w.canonical)) out[i] = { ...w, type: 'ORG' };
  });
}

/**
 * A team's plural nickname clipped to its first letters ("the Jags" of "the Jaguars", "the Vols" of
 * "the Volunteers") is the one team of its article whose name ends in the whole plural, a plural
 * WordNet knows first as a kind of creature or person (namesKindOfCreature), before or after it: a
 * headline or a fan's line often writes the clipped form. The clipped form keeps at least three
 * letters before its "s" and is no word of a person's full name in the article nor itself a plural
 * of creatures or people ("the Bulls" stays apart from "the Bulldogs"); the tagger reads it as an
 * organisation, a thing or a person, and it takes the team's name and type.
 */
function linkClippedNicknames(mentions: Mention[], out: Working[]): void {
  const plural = /^\p{Lu}\p{Ll}+s$/u;
  const teams = out.filter((w) => (w.type === 'ORG' || w.type === 'MISC') && !w.title && plural.test(w.canonical.split(/\s+/u).at(-1)!));
  if (teams.length === 0) return;
  const personWords = new Set<string>();
  for (const w of out) if (w.type === 'PER' && w.tokens.length >= 2) for (const t of w.tokens) personWords.add(t);
  out.forEach((w, i) => {
    const m = mentions[i];
    if (w.settled || w.title || w.givenName || m.title || m.familyName || m.nicknameOf || w.tokens.length !== 1) return;
    if ((w.type !== 'ORG' && w.type !== 'MISC' && w.type !== 'PER') || !/^\p{Lu}\p{Ll}{3,}$/u.test(w.canonical) || !plural.test(w.canonical)) return;
    // a plural of creatures is a nickname of its own ("Bulls" is no clipped "Bulldogs")
    if (personWords.has(w.tokens[0]) || namesKindOfCreature(w.canonical)) return;
    const stem = w.canonical.slice(0, -1).toLowerCase();
    const named = new Map<string, Working>();
    for (const t of teams) {
      const last = t.canonical.split(/\s+/u).at(-1)!;
      if (last.length > w.canonical.length && last.toLowerCase().startsWith(stem) && namesKindOfCreature(last)) named.set(t.canonical, t);
    }
    if (named.size !== 1) return;
    const team = [...named.values()][0];
    out[i] = { ...w, canonical: team.canonical, tokens: team.tokens, type: team.type, settled: true };
  });
}

/**
 * Sports copy calls a team by its town's pet form ("Indy" of "the Indianapolis Colts", "Philly"
 * of a Philadelphia team): a one-word name that is the opening letters (three or more) of the town
 * of the one team its article names in full (isTeamOfPlace), plus "y" or "ie" (a doubled last
 * letter written once in the town: "Philly"), is that team, whether the tagger read it as a person,
 * an organisation or a thing ("fall to Indy", "Indy's offense"). One it read as a place is the town
 * ("never won in Indy"), as is the town's own name ("Indianapolis"): sports copy writes the town
 * as often as the team. Only a team the article writes with its town: one the alias table gives
 * for a nickname alone leaves the pet form to the town it is the pet form of.
 */
function linkClippedTeamPlaces(mentions: Mention[], out: Working[]): void {
  const teams = new Map<string, Working>();
  for (const w of out) {
    if ((w.type !== 'ORG' && w.type !== 'MISC') || w.title || (w.aliased ?? w.canonical) !== w.canonical || w.tokens.length < 2 || teams.has(w.canonical)) continue;
    const nickname = w.canonical.split(/\s+/u).at(-1)!;
    if (isTeamOfPlace(w, { canonical: nickname, tokens: nameTokens(nickname) })) teams.set(w.canonical, w);
  }
  if (teams.size === 0) return;
  out.forEach((w, i) => {
    const m = mentions[i];
    if (w.type === 'LOC' || w.settled || w.title || w.givenName || m.title || m.familyName || m.nicknameOf || w.tokens.length !== 1) return;
    const stems = petFormStems(m.text);
    if (stems.length === 0) return;
    const named = [...teams.values()].filter((t) => {
      const town = t.canonical.split(/\s+/u)[0].toLowerCase();
      return town.length > m.text.length && stems.some((s) => town.startsWith(s));
    });
    if (new Set(named.map((t) => t.canonical)).size !== 1) return;
    out[i] = { ...w, canonical: named[0].canonical, tokens: named[0].tokens, type: named[0].type, settled: true };
  });
}

/** The stems a town's pet form is written from ("Indy" → "ind", "Philly" → "phill" and "phil"); none
 *  for a word not so written or a stem under three letters. */
export function petFormStems(word: string): string[] {
  const pet = /^(\p{Lu}\p{Ll}+?)(?:y|ie)$/u.exec(word);
  if (!pet || pet[1].length < 3) return [];
  const stem = pet[1].toLowerCase();
  const doubled = stem.length > 3 && stem.at(-1) === stem.at(-2);
  return doubled ? [stem, stem.slice(0, -1)] : [stem];
}

/**
 * A government body's name written without the body noun that closes it ("the Harwick Police" …
 * "the Harwick Police Department", "Marine Fisheries" … "the U.S. Marine Fisheries Service") is
 * that body, before or after it (a headline or first line often drops the noun), where it is the
 * one such body of the article. Run after linkOrganisations, so that a body's forms it joined
 * ("Marine Fisheries Service" … "U.S. Marine Fisheries Service") count as one body.
 */
function linkBodiesWithoutNouns(out: Working[]): void {
  const bodies = out.filter((w) => w.type === 'ORG' && !w.title && w.tokens.length >= 2 && isGovernmentBodyNoun(w.canonical.split(/\s+/u).at(-1)!));
  if (bodies.length === 0) return;
  out.forEach((w, i) => {
    if (w.type !== 'ORG' || w.settled || w.title || w.tokens.length === 0) return;
    const named = new Set(bodies.filter((l) => isBodyWithoutItsNoun(w, l)).map((l) => l.canonical));
    if (named.size !== 1) return;
    const canonical = [...named][0];
    out[i] = { ...w, canonical, tokens: nameTokens(canonical), settled: true };
  });
}

/**
 * Whether `longer` is `short` and a closing body noun, perhaps after its country or the UN
 * (ownerOf). A one-word short form with no owner is isPortfolioOf's; a short form that is a place
 * ("Texas" … "Texas Department") is the place.
 */
function isBodyWithoutItsNoun(short: { tokens: string[]; canonical: string }, longer: { tokens: string[]; canonical: string }): boolean {
  const n = short.tokens.length;
  const lead = longer.tokens.length - n - 1;
  if (lead < 0 || (lead === 0 && n === 1)) return false;
  if (!short.tokens.every((t, k) => longer.tokens[lead + k] === t)) return false;
  if (lead > 0 && ownerOf({ canonical: longer.canonical.split(/\s+/u).slice(0, -1).join(' '), tokens: longer.tokens.slice(0, -1) }, n) === null) return false;
  return !isPlaceName(short.canonical);
}

/**
 * A portfolio written alone ("Interior", "Commerce") is the department its article names by it
 * ("the Interior Department"), before or after (a headline often writes the portfolio first): a
 * two-word name that opens with the word and ends in a government body's noun ("department",
 * "ministry": isGovernmentBodyNoun). Never a place's name ("Texas" … "Texas Legislature").
 */
function isPortfolioOf(short: { tokens: string[]; canonical: string }, longer: { tokens: string[]; canonical: string }): boolean {
  if (short.tokens.length !== 1 || longer.tokens.length !== 2 || longer.tokens[0] !== short.tokens[0]) return false;
  return isGovernmentBodyNoun(longer.canonical.split(/\s+/u).at(-1)!) && !isPlaceName(short.canonical);
}

/**
 * One name, one type across its forms: a short form that opens the one organisation's name of its
 * article written before it ("Tallgrass Distributors Ltd." … "Tallgrass"), where the tagger read
 * the short form alone as a place or a person, is that organisation's form and takes its type; the
 * organisation rules then decide whether it is that organisation. Never a country, region or known
 * town, a nationality, a word of a person's full name in the article ("Michael Dell" … "Dell Inc."
 * … "Dell"), a given name, a titled or settled mention; a thing (MISC) may be a product named
 * after its maker and keeps its type.
 */
function typeCompanyOpenings(mentions: Mention[], out: Working[]): void {
  const orgs = out.flatMap((w, i) => (w.type === 'ORG' && w.tokens.length >= 2 ? [{ start: mentions[i].start, tokens: w.tokens, canonical: w.canonical }] : []));
  if (orgs.length === 0) return;
  const personWords = new Set<string>();
  for (const w of out) if (w.type === 'PER' && w.tokens.length >= 2) for (const t of w.tokens) personWords.add(t);
  out.forEach((w, i) => {
    const m = mentions[i];
    if ((w.type !== 'LOC' && w.type !== 'PER') || w.settled || w.title || w.givenName || m.title || m.typeSettled || m.familyName) return;
    if (w.tokens.length === 0 || w.tokens.join('').length < 3 || w.tokens.some((t) => personWords.has(t))) return;
    const opened = new Set(orgs.filter((o) => o.start < m.start && o.tokens.length > w.tokens.length && w.tokens.every((t, k) => o.tokens[k] === t)).map((o) => organisationKey(o.canonical)));
    if (opened.size !== 1) return;
    if (isPlaceName(m.text) || isNationality(m.text) || (w.tokens.length === 1 && isGivenNameWord(m.text))) return;
    out[i] = { ...w, type: 'ORG' };
  });
}

/**
 * "New Orleans Saints" … "the Saints", "Boston Red Sox" … "the Red Sox": a plural name written alone
 * (a team's) is the longer name of its article that is a place's name before it. A singular one is
 * not ("New York Fed" … "Fed"), nor a publication's ending ("The New York Times" … "The Times", which
 * names many papers). With `written` 'place', the short form is the place instead, which sports copy
 * writes for its team ("the Toledo Wolves" … "Toledo has won five straight"): only where the tagger
 * read that place as an organisation (linkOrganisations takes ORG mentions only) and the team is
 * named for creatures or people.
 */
export function isTeamOfPlace(longer: { canonical: string; tokens: string[] }, short: { canonical: string; tokens: string[] }, written: 'nickname' | 'place' = 'nickname'): boolean {
  const n = short.tokens.length;
  const at = written === 'place' ? 0 : longer.tokens.length - n;
  if (longer.tokens.length <= n || !short.tokens.every((t, k) => longer.tokens[at + k] === t)) return false;
  const words = longer.canonical.split(/\s+/u);
  if (words.length <= n || isPublicationName(longer.canonical)) return false;
  const nickname = written === 'place' ? words.slice(n) : short.canonical.split(/\s+/u);
  // a club named for a year ("76ers") is named for people too, though its nickname opens with digits
  if (written === 'nickname' && n === 1 && YEAR_NAMED_NICKNAME.test(nickname[0])) return placeCandidates(gazetteer(), words.slice(0, -1).join(' ')).entries.some((e) => e.kind === 'P' || e.kind === 'R' || e.kind === 'C');
  if (!/^\p{Lu}\p{Ll}+(?:[^s]s|x)$/u.test(nickname.at(-1) ?? '')) return false;
  // a town's company is often written so too ("Texas Instruments", "Lehman Brothers"): a team is
  // named for creatures or people ("Hawks", "Saints"; or a word WordNet lacks, "Sox"), after a
  // country, region or sizeable town, or a hamlet's name that is no common adjective (a school
  // named for a family: "Creighton Bluejays"); an adjective opens the nickname itself, in either
  // order of the article: "Golden Eagles" … "the Eagles" is no team of the hamlet of Golden
  if (written === 'place') return namesCreatures(nickname.at(-1)!) && isPlaceName(short.canonical);
  const place = words.slice(0, words.length - n).join(' ');
  return /^\p{Lu}/u.test(place) && placeCandidates(gazetteer(), place).entries.some((e) => e.kind === 'P' || e.kind === 'R' || e.kind === 'C') && (isPlaceName(place) || !isAdjective(words[0]));
}

/** Whether WordNet knows the word as an adjective ("golden", "blue"); false without WordNet. */
const isAdjective = (word: string) => (installedWordNet()?.synsets(word.toLowerCase(), 'a').length ?? 0) > 0;

/** WordNet's lexicographer files of animals and of people. */
const NOUN_ANIMAL = 5;

/** Whether a plural noun's most frequent sense in WordNet is an animal or a person ("colts", "saints"), or WordNet lacks it ("sox"). */
function namesCreatures(word: string): boolean {
  const wn = installedWordNet();
  if (!wn) return false;
  const first = wn.synsets(word.toLowerCase(), 'n')[0];
  return first === undefined || wn.lexFile(first) === NOUN_ANIMAL || wn.lexFile(first) === NOUN_PERSON;
}

/** Whether a plural's most frequent sense in WordNet is a kind of animal or person ("saints"), not one
 *  named person ("Edwards": Jonathan Edwards) nor a word WordNet lacks. */
function namesKindOfCreature(word: string): boolean {
  const wn = installedWordNet();
  const first = wn?.synsets(word.toLowerCase(), 'n')[0];
  if (!wn || first === undefined || wn.synset(first)?.pointers.some((p) => p.symbol === '@i')) return false;
  return wn.lexFile(first) === NOUN_ANIMAL || wn.lexFile(first) === NOUN_PERSON;
}

/** Whether WordNet knows the words as one noun ("navy", "air_force"). */
function isCommonNoun(tokens: string[]): boolean {
  return (installedWordNet()?.synsets(tokens.join('_'), 'n').length ?? 0) > 0;
}

/** The United Nations qualifies its bodies as a country does its own ("U.N. Security Council"). */
const UNITED_NATIONS = /^U\.?N\.?$/u;

/** Whether the longer name's words before its last `n` tokens say whose body it is: one country
 *  or nationality as written ("U.S.", "British"), or the UN. */
function hasOwnerQualifier(longer: { canonical: string; tokens: string[] }, n: number): boolean {
  return ownerOf(longer, n) !== null;
}

/** The owner hasOwnerQualifier finds: a country code, "UN", or null. */
function ownerOf(longer: { canonical: string; tokens: string[] }, n: number): string | null {
  const lead = longer.tokens.slice(0, longer.tokens.length - n).join(' ');
  // tokenised text writes the owner's stops apart ("U . S . Fish and Wildlife Service"): read as "U.S."
  const words = joinSpacedNameStops(longer.canonical).split(/\s+/u);
  for (let q = 1; q <= 2 && q < words.length; q++) {
    const qualifier = words.slice(0, q).join(' ');
    // "U.S." is one token where its spaced spelling was two: compare the letters
    if (nameTokens(qualifier).join('') === lead.replace(/ /gu, '')) return UNITED_NATIONS.test(qualifier) ? 'UN' : ownerCountryOfName(qualifier);
  }
  return null;
}

/** The most characters between two names of one list (", ", " and ", ", and "). */
const LIST_GAP = 6;

/** "The"/"the" right before a name, or opening it: how news writes a paper ("the Washington Post"), not a
 *  feature or column named like one ("your Oct. 23 Centennial Journal item"). */
const THE_BEFORE = /(?:^|[^\p{L}])the\s+$/iu;

/** ", a London paper": an indefinite description set beside a name introduces what it names, so the
 *  name is no short form of one given before ("The Times, a London paper" after "The New York Times"). */
const INDEFINITE_APPOSITION = /^\s*,\s*(?:a|an)\s/iu;

/** Whether mention m is followed by an indefinite apposition that introduces it. */
function introducedByApposition(text: string, m: Mention): boolean {
  return INDEFINITE_APPOSITION.test(text.slice(m.end, m.end + 8));
}

/** Whether the paper's name is written as a paper is: after "the", or with "The" in its span. */
function namedAsPaper(text: string, m: Mention): boolean {
  return /^the\s/iu.test(m.text) || THE_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/** Whether an organisation's mention stands in a list of bare bodies ("Army, Navy and Air Force
 *  troops"); a wire credit before it ("(Reuters) - The Navy") is no list. */
function inListOfBodies(mentions: Mention[], out: Working[], i: number): boolean {
  const m = mentions[i];
  const body = (k: number) => {
    const o = mentions[k];
    if (!o || o.type !== 'ORG' || (o.end <= m.start ? m.start - o.end : o.start - m.end) > LIST_GAP) return false;
    return isCommonNoun(out[k].tokens) || isDescriptiveName(out[k].canonical);
  };
  return body(i - 1) || body(i + 1);
}

/**
 * Whether a bracketed mention stands for the name before it. A dateline's agency ("UNITED NATIONS
 * (AP) -") is in brackets after the place the story was filed from, and names who sent it, not
 * that place: it defines no name, so "AP" stays the agency of every other story.
 */
const definesName = (m: Mention): m is Mention & { expands: string } => m.expands !== undefined && m.role !== 'credit';

/**
 * A name given in brackets after an organisation's full name ("the National Court (Audiencia
 * Nacional)") is that organisation, there and wherever its article repeats it; acronyms go
 * through linkAcronyms.
 */
function linkBracketedNames(mentions: Mention[], out: Working[]): void {
  const named = new Map<string, Working>();
  mentions.forEach((m) => {
    if (!definesName(m) || looksLikeAcronym(m.text)) return;
    const full = mentions.findIndex((x) => x.text === m.expands && x.end <= m.start);
    if (full >= 0 && !named.has(m.text)) named.set(m.text, out[full]);
  });
  if (!named.size) return;
  mentions.forEach((m, i) => {
    const to = named.get(m.text);
    if (!to || out[i].type === 'PER' || out[i].settled) return;
    out[i] = { ...out[i], canonical: to.canonical, tokens: to.tokens, type: to.type, settled: true };
  });
}

/**
 * A version of a name ("IE8", "IE 11", "Windows 8", "Windows XP") is the name its article writes
 * alone ("IE", itself perhaps "Internet Explorer" by its acronym): one product, as "Internet
 * Explorer" is for every version. Versions of a name the article never writes alone stay apart
 * ("SEA-ME-WE 3" and "SEA-ME-WE 4" are two cables). Only an organisation's or a product's name has
 * versions (not a place's code: "DC" … "DC10"), a word WordNet knows as a noun is none ("CO2"),
 * and a mention another rule settled stays as it is.
 */
function linkVersions(mentions: Mention[], out: Working[]): void {
  const stems = new Map<string, Working>();
  mentions.forEach((m, i) => {
    if (hasVersions(out[i].type) && !stems.has(m.text)) stems.set(m.text, out[i]);
  });
  mentions.forEach((m, i) => {
    const v = splitVersion(m.text) ?? splitSpacedVersion(m.text);
    const stem = v ? stems.get(v.stem) : undefined;
    if (!stem || !hasVersions(out[i].type) || out[i].settled || isCommonNounWord(m.text)) return;
    out[i] = { ...out[i], canonical: stem.canonical, tokens: stem.tokens, type: stem.type, settled: true };
  });
}

/**
 * A place's bare name is the one place of its article written with it and its kind of land or water
 * ("Qeshm Island" or "Island of Qeshm" … "Qeshm", either first; place-features.ts), unless the bare
 * name is a country, region or sizeable town of its own ("Vancouver Island" … "Vancouver", "Gulf of
 * Mexico" … "Mexico"). Both must be places to the tagger; a form another rule settled stays.
 */
function linkPlaceFeatures(out: Working[]): void {
  const featured = new Map<string, Set<string>>();
  for (const w of out) {
    const bare = w.type === 'LOC' && !w.settled ? featureBareName(w.canonical) : null;
    if (bare) featured.set(bare, (featured.get(bare) ?? new Set<string>()).add(w.canonical));
  }
  if (featured.size === 0) return;
  const places = new Map<string, boolean>();
  out.forEach((w, i) => {
    const named = w.type === 'LOC' && !w.settled ? featured.get(w.canonical) : undefined;
    if (named?.size !== 1) return;
    const isPlace = places.get(w.canonical) ?? places.set(w.canonical, isPlaceName(w.canonical)).get(w.canonical)!;
    if (isPlace) return;
    const canonical = [...named][0];
    out[i] = { ...w, canonical, tokens: nameTokens(canonical), settled: true };
  });
}

/**
 * A place named in full with words before a shorter name of its own ("East 223rd Street" …
 * "223rd Street", "Aoraki Mount Cook National Park" … "Mt Cook National Park") is that place where
 * its article writes the shorter name, before or after: the one longer place of the article that
 * ends in all its words. Only a name of two words or more that is no place of its own in the
 * gazetteer ("West Philadelphia" … "Philadelphia" are two places), both read as places by the
 * tagger; a form another rule settled stays.
 */
function linkPlaceTails(out: Working[]): void {
  const wordsOf = (w: Working) => nameTokens(withMountWrittenOut(w.canonical));
  const longer = out.filter((w) => w.type === 'LOC' && !w.title && w.tokens.length >= 3);
  if (longer.length === 0) return;
  const named = new NameEnds(longer.map((w) => ({ canonical: w.canonical, tokens: wordsOf(w) })));
  out.forEach((w, i) => {
    if (w.type !== 'LOC' || w.settled || w.title || w.tokens.length < 2) return;
    const words = wordsOf(w);
    const ending = named.ending(words[words.length - 1]).filter((l) => l.tokens.length > words.length && words.every((t, k) => l.tokens[l.tokens.length - words.length + k] === t));
    const canonicals = new Set(ending.map((l) => l.canonical));
    if (canonicals.size !== 1 || isPlaceName(w.canonical)) return;
    const canonical = [...canonicals][0];
    out[i] = { ...w, canonical, tokens: nameTokens(canonical), settled: true };
  });
}

/**
 * A name and its plural written in one article ("the Emmys" … "an Emmy", "Tar Heels" … "a Tar
 * Heel", "Democrats" … "a Democrat") are one entity, named as the plural: a team, an award or a
 * party is named in the plural and its member or prize in the singular. Never two people ("Peter",
 * "Peters" are namesakes at most) nor a place ("Athens"); where the tagger read one form as a
 * person, the other's type wins, and two other types that differ leave both forms apart. A form
 * another rule settled stays as it is.
 */
function linkPlurals(mentions: Mention[], out: Working[]): void {
  const plurals = new Map<string, number>();
  out.forEach((w, i) => {
    // a curated plural ("Oscars", of the "Academy Awards") names its prize in the singular too
    const written = w.aliased ?? (w.settled ? undefined : w.canonical);
    if (written === undefined || w.title || w.givenName || w.type === 'LOC' || !/\p{Ll}s$/u.test(written)) return;
    const key = written.slice(0, -1);
    if (!plurals.has(key)) plurals.set(key, i);
  });
  if (plurals.size === 0) return;
  /** plural canonical → the type its singular gave it, where the tagger read the plural as a person */
  const retyped = new Map<string, EntityType>();
  out.forEach((w, i) => {
    const p = plurals.get(w.canonical);
    if (p === undefined || w.settled || w.title || w.givenName || w.type === 'LOC' || mentions[i].familyName || mentions[i].nicknameOf) return;
    const plural = out[p];
    // two readings that are neither a person ("Emmys" an organisation, "Emmy" a thing) leave the
    // type unsure: the forms stay as the tagger read them
    if (w.type === 'PER' ? plural.type === 'PER' : plural.type !== 'PER' && plural.type !== w.type) return;
    const type = plural.type === 'PER' ? w.type : plural.type;
    out[i] = { ...w, canonical: plural.canonical, tokens: plural.tokens, type, settled: true };
    if (plural.type !== type) retyped.set(plural.canonical, type);
  });
  if (retyped.size === 0) return;
  out.forEach((w, i) => {
    const type = w.settled ? undefined : retyped.get(w.canonical);
    if (type && w.type === 'PER') out[i] = { ...w, type };
  });
}

/**
 * An award named "X Awards" or "X Award" is "the Xs" for short ("Tony Awards" … "the Tonys"), and
 * its prize "an X" ("an Emmy"), in one article: one entity, named as in full. The singular only
 * where the tagger did not read it as a person ("Tony" is a given name too). The award takes the
 * type the tagger gave a form that is no person's; "X Award" read as a person is a thing.
 */
function linkAwardShortNames(out: Working[]): void {
  const awards = new Map<string, number>();
  out.forEach((w, i) => {
    const words = w.canonical.split(/\s+/u);
    if (w.settled || w.title || w.givenName || w.type === 'LOC' || words.length < 2 || !/^Awards?$/u.test(words.at(-1)!)) return;
    const stem = words.slice(0, -1).join(' ');
    if (!awards.has(stem)) awards.set(stem, i);
  });
  if (awards.size === 0) return;
  const retyped = new Map<string, EntityType>();
  out.forEach((w, i) => {
    if (w.settled || w.title || w.givenName || w.type === 'LOC') return;
    const plural = /\p{Ll}s$/u.test(w.canonical) ? awards.get(w.canonical.slice(0, -1)) : undefined;
    const k = plural ?? (w.type === 'PER' ? undefined : awards.get(w.canonical));
    if (k === undefined || k === i) return;
    const award = out[k];
    const type = award.type !== 'PER' ? award.type : w.type !== 'PER' ? w.type : 'MISC';
    out[i] = { ...w, canonical: award.canonical, tokens: award.tokens, type, settled: true };
    if (award.type !== type) retyped.set(award.canonical, type);
  });
  out.forEach((w, i) => {
    const type = retyped.get(w.canonical);
    if (type && w.type === 'PER') out[i] = { ...w, type };
  });
}

/**
 * An acronym goes to the multi-word organisation name of the article it abbreviates, and a place's
 * acronym the tagger read as a place to the place of three words or more it spells ("United Arab
 * Emirates" … "UAE"): a two-word place's initials ("NC", "LA") name teams, states and much else.
 */
function linkAcronyms(mentions: Mention[], out: Working[], aliases: AliasTable): void {
  const expansions = new Map<string, { canonical: string; type: EntityType }>();
  const places = new Map<string, string>();
  out.forEach((w) => {
    if (w.type === 'LOC' && !w.settled && nameTokens(w.canonical).length >= 3) {
      const a = acronymOf(w.canonical);
      if (a && a.length >= 3 && !places.has(a)) places.set(a, w.canonical);
    }
    if (w.type === 'ORG' || w.type === 'MISC') {
      // a company's acronym leaves out its designator ("Velmora Rail Corp" … "VR", "… Space NV" … "EADS")
      // and one holding an acronym spells it out ("US Geological Survey" … "USGS")
      const spelled = [acronymOf(w.canonical), acronymOf(withoutDesignators(nameTokens(withAmpersands(w.canonical)).join(' '))), acronymWithInnerAcronyms(w.canonical)];
      for (const a of spelled) if (a && !expansions.has(a)) expansions.set(a, { canonical: w.canonical, type: w.type });
    }
  });
  // an acronym the text defines after a name its initials do not spell ("Velmora Insurance (VEIN)")
  mentions.forEach((m) => {
    if (!definesName(m) || !looksLikeAcronym(m.text)) return;
    const named = mentions.findIndex((x) => x.text === m.expands && x.end <= m.start);
    const key = acronymLetters(m.text).toLowerCase();
    if (named >= 0 && !expansions.has(key)) expansions.set(key, { canonical: out[named].canonical, type: out[named].type });
  });
  mentions.forEach((m, i) => {
    const w = out[i];
    if (w.type === 'PER' || w.settled || !looksLikeAcronym(m.text) || aliases.canonical(w.type, m.text)) return;
    const place = w.type === 'LOC' ? places.get(acronymLetters(m.text).toLowerCase()) : undefined;
    if (place) {
      out[i] = { ...w, canonical: place, tokens: nameTokens(place), settled: true };
      return;
    }
    const expansion = expansions.get(acronymLetters(m.text).toLowerCase());
    // the name it spells, of that name's type: "Internet Explorer" (MISC) … "IE" is one entity
    if (expansion) out[i] = { ...w, canonical: expansion.canonical, tokens: nameTokens(expansion.canonical), type: expansion.type === 'PER' ? w.type : expansion.type, settled: true };
  });
}
