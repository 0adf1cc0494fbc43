// A nickname written in quotes between a person's given name and surname ("Vincent "The Chin"
// Gigante", wire style's "Mark ``Deep Throat'' Felt") is that person: the quoted mention, and every
// mention of the article written as it, carry the person's name (nicknameOf), which resolution
// reads as that person's name; so is a quoted name in apposition right after a person's ("Mark
// Felt, the mysterious "Deep Throat" source"). Read off the text before resolution, as the dateline and credit
// marks are, so that re-resolving stored mentions gives the same entities. A naming cue gives a
// nickname too ("X, also known as Y", "X was nicknamed Y", "He called himself Y"; cuedNicknames),
// where the quotes inside a name have not already named it (session 35's cue rule, which did not
// ask that, gave a quoted nickname to the bare surname rather than to the full name around it).
import type { Mention } from '../../types.js';
import { splitHonorific } from './honorifics.js';

/** One to three given names (an initial "W." among them) ending right before an opening quote (and a
 *  "the" inside it: Vincent "the Chin" Gigante); a word that ends a sentence or a possessive
 *  ("Smith's") is no given name. */
const GIVEN = String.raw`(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
const GIVEN_BEFORE = new RegExp(String.raw`(?<![\p{L}.'’])(${GIVEN}(?:[ \t]+${GIVEN}){0,2})[ \t]*(?:"|“|\x60\x60|'|‘)[ \t]*(?:the[ \t]+)?$`, 'u');
/** A closing quote right after the nickname, then the surname's mention. */
const CLOSE_AFTER = /^\s*(?:"|”|''|'|’)\s*$/u;
/** A person's name with the nickname inside it: given names, the quoted or bracketed nickname ("Kimani (Kiki) Gray"), the surname. */
const NICKNAME_INSIDE = new RegExp(String.raw`^(${GIVEN}(?:[ \t]+${GIVEN}){0,2})[ \t]*(?:"|“|\x60\x60|'|‘|\()([^"“”'‘’\x60()]+)(?:"|”|''|'|’|\))[ \t]*(\p{Lu}[\p{L}'’-]+)$`, 'u');
/** How far before a nickname its given names may start. */
const REACH = 40;
/** Between a person's name and a quoted nickname in apposition: a comma, then "the" with at most one
 *  word ("the mysterious", "the so-called"), a capitalised name's possessive standing for "the"
 *  ("Chicago's", tokenised "Chicago 's"), "known as", or nothing; then the opening quote. */
const APPOSITION_BEFORE = /^[ \t]*,[ \t]*(?:the[ \t]+(?:so[ \t]*-[ \t]*called[ \t]+|\p{Ll}+[ \t]+)?|(?:\p{Lu}[\p{L}.]*[ \t]+){0,2}\p{Lu}\p{L}+[ \t]*['’]s[ \t]+|known[ \t]+as[ \t]+|so[ \t]*-[ \t]*called[ \t]+)?(?:"|“|\x60\x60|\x60|'|‘)[ \t]*$/u;
/** A possessive right after a name ("Watergate's", tokenised "Watergate 's"). */
const POSSESSIVE_AFTER = /^[ \t]*['’]s[ \t]/u;
/** The closing quote after an appositive nickname, a comma inside or after it, and the word that follows. */
const APPOSITION_AFTER = /^[ \t]*(,?)[ \t]*(?:"|”|''|'|’)[ \t]*(,?)[ \t]*(\p{Ll}*)/u;
/** Words after the closing quote that end the apposition ("Felt, 'Deep Throat' of Watergate", "… in
 *  the Watergate reports"); a comma at the quote ends it too ("Felt, 'Deep Throat,' dies"). */
const APPOSITION_ENDS = new Set(['', 'of', 'who', 'and', 'in']);

/** The mentions with each quoted nickname, and its other mentions in the article, marked with the person's name. */
export function markNicknames(text: string, mentions: Mention[]): Mention[] {
  const named = new Map<string, string>();
  // "The Owl" and a later "Owl" are one nickname
  const keyOf = (nickname: string) => nickname.trim().replace(/^the\s+/iu, '');
  const note = (written: string, person: string) => {
    const nickname = keyOf(written);
    // one nickname for two people is none
    if (named.has(nickname) && named.get(nickname) !== person) named.set(nickname, '');
    else named.set(nickname, person);
  };
  // the given names the tagger named apart ("Vincent", even as a place) are the person's too
  const givenNames = new Map<Mention, string>();
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || next.type !== 'PER' || /\s/u.test(next.text) || !CLOSE_AFTER.test(text.slice(m.end, next.start))) return;
    const from = Math.max(0, m.start - REACH);
    const given = GIVEN_BEFORE.exec(text.slice(from, m.start));
    if (!given) return;
    if (keyOf(m.text) === next.text) return;
    const person = `${given[1].replace(/\s+/gu, ' ')} ${next.text}`;
    note(m.text, person);
    const previous = mentions[i - 1];
    if (previous && previous.start === from + given.index && previous.text === given[1]) givenNames.set(previous, person);
  });
  // a quoted name in apposition to a person ("Mark Felt, the mysterious "Deep Throat" source"; "Gotti,
  // the so-called "Teflon Don""): where a noun follows the quote, only a name the tagger read as a
  // person, as "the "Jaws" director" names a film
  mentions.forEach((m, i) => {
    // the possessive before the quote may be a mention of its own ("Felt, Watergate's "Deep Throat"")
    const owner = mentions[i + 1];
    const next = owner && POSSESSIVE_AFTER.test(text.slice(owner.end, owner.end + 4)) ? mentions[i + 2] : owner;
    if (m.type !== 'PER' || !next || (next.type !== 'PER' && next.type !== 'MISC')) return;
    if (!APPOSITION_BEFORE.test(text.slice(m.end, next.start))) return;
    const after = APPOSITION_AFTER.exec(text.slice(next.end, next.end + 40));
    const closed = after !== null && (after[1] === ',' || after[2] === ',' || APPOSITION_ENDS.has(after[3]));
    if (!after || (!closed && next.type !== 'PER') || keyOf(next.text) === m.text) return;
    note(next.text, m.text);
  });
  // the tagger's one span over the whole ("Vincent "The Chin" Gigante") is the person without it
  const inside = new Map<Mention, string>();
  for (const m of mentions) {
    const parts = m.type === 'PER' ? NICKNAME_INSIDE.exec(m.text) : null;
    if (!parts) continue;
    inside.set(m, `${parts[1]} ${parts[3]}`);
    note(parts[2], `${parts[1]} ${parts[3]}`);
  }
  // a cue names a nickname the rules above did not ("Niko "Sparrow" Varga" … "Varga was nicknamed "Sparrow"": the full name stays)
  for (const [nickname, person] of cuedNicknames(text, mentions)) if (!named.has(keyOf(nickname))) note(nickname, person);
  if (![...named.values()].some(Boolean)) return mentions;
  return mentions.map((m) => {
    const person = inside.get(m) ?? givenNames.get(m) ?? named.get(keyOf(m.text)) ?? nicknameAndSurname(m, named);
    return person && !m.familyName ? { ...m, nicknameOf: person } : m;
  });
}

/** The words that give a person a name of another: "known as" (perhaps "by the police"), "nicknamed",
 *  "dubbed", each perhaps after "also", "better" or the like. */
const NAMING_CUE = String.raw`(?:(?:also|better|commonly|widely|popularly|often|once|later)[ \t]+)?(?:known(?:[ \t]+by(?:[ \t]+\p{Ll}+){1,3})?[ \t]+as|nicknamed|dubbed)`;
/** An opening quote, perhaps after "the", before a nickname (or nothing: "known as Katie"). */
const OPENING = String.raw`(?:the[ \t]+)?(?:(?:"|“|\x60\x60|\x60|'|‘)[ \t]*(?:the[ \t]+)?)?`;
/** Between a person's name and the name a cue gives them: "X, also known as …", "X, who was
 *  nicknamed …", "X was dubbed …". */
const CUE_AFTER_PERSON = new RegExp(String.raw`^(?:[ \t]*,[ \t]*(?:who[ \t]+(?:is|was)[ \t]+)?|[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been)[ \t]+)${NAMING_CUE}[ \t]+${OPENING}$`, 'u');
/** A sentence opening with the cue: "Dubbed "…" for his habits, X …" (the words before the name's mention). */
const CUE_OPENS_SENTENCE = new RegExp(String.raw`(?:^|[.!?]['"”’]?[ \t\n]+|\n)[ \t]*(?:Also[ \t]+|Better[ \t]+)?(?:Known[ \t]+as|Nicknamed|Dubbed)[ \t]+${OPENING}$`, 'u');
/** A sentence's subject pronoun and the cue: "He was known as …", "She was nicknamed …", "He called himself …". */
const PRONOUN_CUE = new RegExp(String.raw`(?:^|[.!?]['"”’]?[ \t\n]+|\n)[ \t]*(?:He|She)[ \t]+(?:(?:is|was|had[ \t]+been|has[ \t]+been)[ \t]+${NAMING_CUE}|called[ \t]+(?:himself|herself))[ \t]+${OPENING}$`, 'u');
/** How far back a subject pronoun's person may be named. */
const PRONOUN_REACH = 300;
/** What closes a nickname: its quote if it had one, then a comma, a stop, "or", "and" or "for". */
const QUOTE_CLOSE = /^[ \t]*,?[ \t]*(?:"|”|''|'|’)/u;
const UNQUOTED_END = /^[ \t]*(?:[,.;:)]|$|or\b|and\b|for\b|in\b)/u;
/** How far after the nickname the person's name may follow the cue that opens a sentence ("Dubbed "…" for his habits, X"). */
const CUE_REACH = 80;
const QUOTE_OPENED = /(?:"|“|\x60|'|‘)[ \t]*(?:the[ \t]+)?$/u;

/**
 * Names the text gives a person with a naming cue: "Niko Varga, also known as Sparrow", "Varga was
 * nicknamed "the Sparrow"", "Dubbed "the Sparrow" for his size, Varga …": the nickname's mention
 * (any type but a place) is that person. Only the cue right before the nickname and a person's
 * mention right before the cue (or right after the clause the cue opens), no pronoun ("he was known
 * as …" names whoever "he" is, which the entity stage does not know) and no other mention between.
 */
function cuedNicknames(text: string, mentions: Mention[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const closes = (n: Mention, quoted: boolean) => (quoted ? QUOTE_CLOSE : UNQUOTED_END).test(text.slice(n.end, n.end + 12));
  mentions.forEach((n, i) => {
    if (n.type === 'LOC') return;
    const before = text.slice(Math.max(0, n.start - 120), n.start);
    const quoted = QUOTE_OPENED.test(before);
    const person = mentions[i - 1];
    if (person?.type === 'PER' && person.end <= n.start && CUE_AFTER_PERSON.test(text.slice(person.end, n.start)) && closes(n, quoted)) {
      // the name without its title ("Mr. Voss" is Voss, whom resolution ties to his full name)
      const name = splitHonorific(person.text).name;
      if (name !== n.text) out.push([n.text, name]);
      return;
    }
    if (PRONOUN_CUE.test(before) && closes(n, quoted)) {
      const name = onePersonBefore(text, mentions, i);
      if (name && name !== n.text) out.push([n.text, name]);
      return;
    }
    const next = mentions[i + 1];
    if (!next || next.type !== 'PER' || !CUE_OPENS_SENTENCE.test(before) || !closes(n, quoted)) return;
    // the clause the cue opens ends at a comma, the person's name its subject ("…, Varga had")
    const between = text.slice(n.end, next.start);
    if (between.length > CUE_REACH || /[.!?;]/u.test(between) || !/,[ \t]*$/u.test(between)) return;
    const name = splitHonorific(next.text).name;
    if (name !== n.text) out.push([n.text, name]);
  });
  return out;
}

/** A sentence's end: a stop (perhaps inside a closing quote), then space; or a line break. */
const SENTENCE_END = /[.!?]['"”’]?[ \t]+(?=\S)|\n/gu;

/**
 * The person a sentence's subject pronoun before mention `i` stands for: the one person (by surname)
 * the sentence before names, written as its nearest mention; null where it names none or two.
 */
function onePersonBefore(text: string, mentions: Mention[], i: number): string | null {
  const window = text.slice(Math.max(0, mentions[i].start - PRONOUN_REACH), mentions[i].start);
  const ends = [...window.matchAll(SENTENCE_END)].map((m) => m.index + m[0].length);
  // the pronoun's sentence opens at the last end; the sentence before it at the one before that
  const from = mentions[i].start - window.length + (ends.length >= 2 ? ends[ends.length - 2] : 0);
  const people = mentions.slice(0, i).filter((m) => m.type === 'PER' && m.start >= from && !m.familyName);
  if (!people.length) return null;
  const surnames = new Set(people.map((m) => splitHonorific(m.text).name.split(/\s+/u).at(-1)));
  return surnames.size === 1 ? splitHonorific(people[people.length - 1].text).name : null;
}

/** "Lucky Luciano" after "Charles (Lucky) Luciano": the nickname and the person's surname are that
 *  person, whatever type the tagger gave the two words. */
function nicknameAndSurname(m: Mention, named: ReadonlyMap<string, string>): string | undefined {
  const split = /^(.+)\s+(\S+)$/u.exec(m.text.trim());
  if (!split) return undefined;
  const person = named.get(split[1]);
  return person && person.split(/\s+/u).at(-1) === split[2] ? person : undefined;
}
