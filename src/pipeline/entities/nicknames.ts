// A nickname written in quotes between a person's given name and surname ("Vincent "The Chin"
// Gigante", wire style's "Mark ``Deep Throat'' Felt") is that person: the quoted mention, and every
// mention of the article written as it, carry the person's name (nicknameOf), which resolution
// reads as that person's name; so is a quoted name in apposition right after a person's ("Mark
// Felt, the mysterious "Deep Throat" source"). Read off the text before resolution, as the dateline and credit
// marks are, so that re-resolving stored mentions gives the same entities. (What the parse makes a
// named person "dubbed", "nicknamed" or "known as" was measured and not kept: it joined the wrong
// names on ECB+ set O.)
import type { Mention } from '../../types.js';

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
  if (![...named.values()].some(Boolean)) return mentions;
  return mentions.map((m) => {
    const person = inside.get(m) ?? givenNames.get(m) ?? named.get(keyOf(m.text)) ?? nicknameAndSurname(m, named);
    return person && !m.familyName ? { ...m, nicknameOf: person } : m;
  });
}

/** "Lucky Luciano" after "Charles (Lucky) Luciano": the nickname and the person's surname are that
 *  person, whatever type the tagger gave the two words. */
function nicknameAndSurname(m: Mention, named: ReadonlyMap<string, string>): string | undefined {
  const split = /^(.+)\s+(\S+)$/u.exec(m.text.trim());
  if (!split) return undefined;
  const person = named.get(split[1]);
  return person && person.split(/\s+/u).at(-1) === split[2] ? person : undefined;
}
