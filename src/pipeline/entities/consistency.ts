// One type per name per article: the tagger decides each mention from its sentence, so one name
// can come out PER, ORG and LOC in one article. Mentions of the same name take the type most of
// them have; a mention keeps its own type where its context settles it (a title before it, a
// curated entry, a descriptor noun), and such mentions outvote the tagger's guesses. A lone word
// that is the surname of a full name the article tags as a person is that person ("Brown" after
// "Gordon Brown"; "Van Der Beek" after "James Van Der Beek"), as is a lone word the article also
// writes with a title, and a full name whose surname the article writes with a title ("Gordon
// Brown" where it also says "Mr Brown") or that shares its surname with a person of the article
// (a relative). So is a two-word name the tagger called an organisation or a thing whose first
// word WordNet knows as a given name and whose last the article writes alone ("the George Bush
// era" … "the Bush administration"). A nationality's or country's name before a body the article
// names ("U.S. Congress" beside "Congress") makes that body, not MISC.
import type { EntityType, Mention } from '../../types.js';
import { nameKey, nameTokens, surnameOf, tailsAfterSpaces } from './names.js';
import { shippedHonorifics, splitHonorific, type Honorifics } from './honorifics.js';
import { countryOfName } from './descriptive-names.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { shippedGroupWords } from './group-words.js';
import { installedWordNet } from '../lexicons/wordnet.js';
import { nameKey as placeKey } from '../gazetteer/normalize.js';
import { isGivenNameWord } from './resolve.js';

export interface ConsistencyOptions {
  honorifics?: Honorifics;
  /** Mentions whose type a curated entry set (never overridden). */
  fixed?: Set<Mention>;
  /** Mentions whose own context keeps their type ("Nice, France"), though the name's other mentions may differ (the club): they vote like the tagger's. */
  kept?: Set<Mention>;
  /** Full names the parse ties to a word for a person ("CEO Jan Morrow"): they break a tie for PER. */
  personCued?: ReadonlySet<Mention>;
}

/** Share of a name's mentions the majority type must exceed before it overrides the others. */
const MAJORITY = 1 / 2;

export function harmoniseTypes(mentions: Mention[], opts: ConsistencyOptions = {}): Mention[] {
  const h = opts.honorifics ?? shippedHonorifics();
  // each mention's title and name are read once: the passes below ask for them many times
  const splits = new Map<Mention, { title: string | null; name: string; key: string }>();
  const splitOf = (m: Mention) => {
    let s = splits.get(m);
    if (s === undefined) {
      const { title, name } = splitHonorific(m.text, h);
      splits.set(m, (s = { title, name, key: nameKey(name) }));
    }
    return s;
  };
  const keyOf = (m: Mention) => splitOf(m).key;
  const titleOf = (m: Mention) => m.title ?? splitOf(m).title;
  const settled = (m: Mention) => titleOf(m) !== null || (opts.fixed?.has(m) ?? false);

  const votes = new Map<string, Map<EntityType, number>>();
  const settledVotes = new Map<string, Map<EntityType, number>>();
  for (const m of mentions) {
    const key = keyOf(m);
    for (const table of settled(m) ? [votes, settledVotes] : [votes]) {
      const v = table.get(key) ?? new Map<EntityType, number>();
      v.set(m.type, (v.get(m.type) ?? 0) + 1);
      table.set(key, v);
    }
  }
  // mentions whose context settles their type decide for the name; the tagger's guesses vote only
  // where no context spoke ("Aircraft maker Boeing" once makes every "Boeing" of the article ORG)
  // a tie with no context settled ("Jan Morrow" once PER, once ORG) goes to the person where a
  // mention of the name is written as one ("CEO Jan Morrow"); otherwise each mention keeps its type
  const cuedKeys = new Set([...(opts.personCued ?? [])].map(keyOf));
  const winnerOf = (key: string) => {
    const decided = settledVotes.get(key);
    if (decided) return majorityOf(decided);
    const v = votes.get(key)!;
    return majorityOf(v) ?? (cuedKeys.has(key) && isTieWith(v, 'PER') ? 'PER' : null);
  };
  // surnames the article writes with a title ("Mr Brown"): a full name ending in one is a person
  const titled = new Set<string>();
  for (const m of mentions) {
    const tokens = nameTokens(splitOf(m).name);
    if (titleOf(m) && tokens.length === 1) titled.add(nameKey(tokens[0]));
  }
  const isFullName = (tokens: string[]) => tokens.length >= 2 && tokens.length <= 4 && titled.has(nameKey(surnameOf(tokens)));
  const surnames = new Set<string>();
  // surnames of more than one word ("Van Der Beek", "Soon-Shiong"): what follows a space in a
  // person's name, so "James Van Der Beek" makes "Van Der Beek" a person
  const longSurnames = new Set<string>();
  // first names of those persons: a lone one the tagger called MISC is the person ("Elian" after
  // "Elian Gonzalez"), unless it is a nationality or a faith ("Cuban", "Christian" stay MISC)
  const givenNames = new Set<string>();
  // "George Bush" the tagger called an organisation where the article also writes "Bush" alone: a
  // given name (WordNet's people) before a word the article uses as a name of its own is a person
  const loneNames = new Set<string>();
  for (const key of votes.keys()) if (!key.includes(' ') && winnerOf(key) !== 'LOC') loneNames.add(key);
  const givenNamed = (m: Mention) => {
    const tokens = nameTokens(splitOf(m).name);
    // two capitalised words, no initials or designators ("Mark Resources Inc." is no person)
    return m.type !== 'PER' && !settled(m) && tokens.length === 2 && /^\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+$/u.test(m.text) && loneNames.has(nameKey(tokens[1])) && isGivenNameWord(tokens[0]);
  };
  const givenNamedKeys = new Set(mentions.filter(givenNamed).map(keyOf));
  for (const m of mentions) {
    const name = splitOf(m).name;
    const tokens = nameTokens(name);
    if (tokens.length >= 2 && (winnerOf(keyOf(m)) === 'PER' || isFullName(tokens) || givenNamedKeys.has(keyOf(m)))) {
      givenNames.add(nameKey(tokens[0]));
      surnames.add(nameKey(surnameOf(tokens)));
      for (const tail of tailsAfterSpaces(name)) if (nameTokens(tail).length >= 2) longSurnames.add(nameKey(tail));
    }
  }
  // lone words the article itself types as a person ("Castro said …"): a two-word name ending in
  // one is that person's full name, though the tagger read it as a place ("Fidel Castro")
  const lonePersons = new Set<string>();
  for (const key of votes.keys()) if (!key.includes(' ') && winnerOf(key) === 'PER') lonePersons.add(key);
  return mentions.map((m) => {
    if (m.type === 'MISC' && !settled(m) && isLoneNamePart(m.text, givenNames, surnames)) return { ...m, type: 'PER' };
    if (m.type === 'MISC' && !settled(m) && isOwnedBody(m.text, (key) => votes.has(key) && winnerOf(key) === 'ORG')) return { ...m, type: 'ORG' };
    if (settled(m) || opts.kept?.has(m) || m.type === 'MISC') return m;
    const key = keyOf(m);
    // "Bryan Ferry" beside "Otis Ferry": a capitalised two-word name ending in a person's surname
    const tokens = nameTokens(m.text);
    const personLike = /^\p{Lu}[\p{L}'’-]*\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}$/u.test(m.text);
    if (m.type !== 'PER' && personLike && !settledVotes.has(key) && (givenNamedKeys.has(key) || isFullName(tokens) || (tokens.length === 2 && (surnames.has(nameKey(tokens[1])) || lonePersons.has(nameKey(tokens[1])))))) return { ...m, type: 'PER' };
    if (!key.includes(' ') && (surnames.has(key) || titled.has(key))) return m.type === 'PER' ? m : { ...m, type: 'PER' };
    if (longSurnames.has(key)) return m.type === 'PER' ? m : { ...m, type: 'PER' };
    const winner = winnerOf(key);
    return winner && winner !== m.type ? { ...m, type: winner } : m;
  });
}

/** One capitalised word that is the first or last name of a person the article names in full, and
 *  no nationality or place's people ("Elian", not "Christian" or "Cuban"). */
function isLoneNamePart(text: string, givenNames: ReadonlySet<string>, surnames: ReadonlySet<string>): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(text)) return false;
  const key = nameKey(text);
  return (givenNames.has(key) || surnames.has(key)) && gazetteer().demonym(placeKey(text)) === undefined && !shippedGroupWords().all.has(text) && !namesOnlyThings(text);
}

/** WordNet's lexicographer file of people (noun.person). */
const NOUN_PERSON = 18;

/** A word WordNet knows only as no person: a prize, a feast, a faith ("Oscar", "Easter", "Islam"),
 *  which the tagger rightly calls MISC beside "Oscar Isaac" or "Jack Easter". */
function namesOnlyThings(text: string): boolean {
  const wn = installedWordNet();
  const senses = wn ? wn.synsets(text.toLowerCase(), 'n') : [];
  return senses.length > 0 && senses.every((id) => wn!.lexFile(id) !== NOUN_PERSON);
}

/** "U.S. Congress" where the article also names "Congress" as a body: a country's or nationality's
 *  body, though the tagger read the nationality and called the whole MISC. */
function isOwnedBody(text: string, isBody: (key: string) => boolean): boolean {
  const words = text.split(/\s+/u);
  if (words.length < 2 || words.length > 4) return false;
  return countryOfName(words[0]) !== null && isBody(nameKey(words.slice(1).join(' ')));
}

/** Does `type` share the most votes with another type? */
function isTieWith(v: Map<EntityType, number>, type: EntityType): boolean {
  const n = v.get(type) ?? 0;
  return n > 0 && Math.max(...v.values()) === n && [...v.values()].filter((x) => x === n).length > 1;
}

/** The type with more than MAJORITY of the votes, or null. */
function majorityOf(v: Map<EntityType, number>): EntityType | null {
  let total = 0;
  let best: EntityType | null = null;
  let bestVotes = 0;
  for (const [type, n] of v) {
    total += n;
    if (n > bestVotes) [best, bestVotes] = [type, n];
  }
  return best && bestVotes / total > MAJORITY ? best : null;
}
