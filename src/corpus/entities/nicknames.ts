// A nickname written in quotes between a person's given name and surname ("Vincent "The Chin"
// Gigante", wire style's "Mark ``Deep Throat'' Felt") is that person, and so is one the parse makes
// what a named person is dubbed, nicknamed or known as ("Ostrova, dubbed "The Owl"", "Dubbed "the
// Owl", Ostrova …"): the quoted mention, and every mention of the article written as it, carry the
// person's name (nicknameOf), which resolution reads as that person's name. Read off the text
// before resolution, as the dateline and credit marks are, so that re-resolving stored mentions
// gives the same entities.
import type { Mention, Syntax } from '../../types.js';
import { caseMarker, dependents, headOfSpan, objects, passiveSubjects, subjects } from '../../pipeline/syntax/query.js';

/** One to three given names (an initial "W." among them) ending right before an opening quote; a
 *  word that ends a sentence or a possessive ("Smith's") is no given name. */
const GIVEN = String.raw`(?:\p{Lu}\.|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
const GIVEN_BEFORE = new RegExp(String.raw`(?<![\p{L}.'’])(${GIVEN}(?:[ \t]+${GIVEN}){0,2})[ \t]*(?:"|“|\x60\x60|'|‘)[ \t]*$`, 'u');
/** A closing quote right after the nickname, then the surname's mention. */
const CLOSE_AFTER = /^\s*(?:"|”|''|'|’)\s*$/u;
/** A person's name with the nickname inside it: given names, the quoted nickname, the surname. */
const NICKNAME_INSIDE = new RegExp(String.raw`^(${GIVEN}(?:[ \t]+${GIVEN}){0,2})[ \t]*(?:"|“|\x60\x60|'|‘)([^"“”'‘’\x60]+)(?:"|”|''|'|’)[ \t]*(\p{Lu}[\p{L}'’-]+)$`, 'u');
/** How far before a nickname its given names may start. */
const REACH = 40;

/** Verbs that give a name ("dubbed", "nicknamed"); "known as" is read with its case marker. */
const NAMING_VERBS = new Set(['dub', 'nickname']);
/** The quotes a nickname stands in. */
const OPEN_QUOTE = /(?:"|“|\x60\x60|'|‘)\s*(?:the\s+)?$/iu;
const CLOSE_QUOTE = /^\s*(?:"|”|''|'|’)/u;

/** The mentions with each quoted nickname, and its other mentions in the article, marked with the person's name. */
export function markNicknames(text: string, mentions: Mention[], syntax?: Syntax): Mention[] {
  const named = new Map<string, string>();
  // "The Owl" and a later "Owl" are one nickname
  const keyOf = (nickname: string) => nickname.trim().replace(/^the\s+/iu, '');
  const note = (written: string, person: string) => {
    const nickname = keyOf(written);
    // one nickname for two people is none
    if (named.has(nickname) && named.get(nickname) !== person) named.set(nickname, '');
    else named.set(nickname, person);
  };
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (!next || next.type !== 'PER' || /\s/u.test(next.text) || !CLOSE_AFTER.test(text.slice(m.end, next.start))) return;
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, m.start - REACH), m.start));
    if (!given) return;
    if (keyOf(m.text) === next.text) return;
    note(m.text, `${given[1].replace(/\s+/gu, ' ')} ${next.text}`);
  });
  // the tagger's one span over the whole ("Vincent "The Chin" Gigante") is the person without it
  const inside = new Map<Mention, string>();
  for (const m of mentions) {
    const parts = m.type === 'PER' ? NICKNAME_INSIDE.exec(m.text) : null;
    if (!parts) continue;
    inside.set(m, `${parts[1]} ${parts[3]}`);
    note(parts[2], `${parts[1]} ${parts[3]}`);
  }
  if (syntax?.words.length) {
    for (const m of mentions) {
      if (!OPEN_QUOTE.test(text.slice(Math.max(0, m.start - 8), m.start)) || !CLOSE_QUOTE.test(text.slice(m.end, m.end + 4))) continue;
      const person = dubbedPerson(syntax, mentions, m);
      if (person && person.text !== m.text) note(m.text, person.text);
    }
  }
  if (![...named.values()].some(Boolean)) return mentions;
  return mentions.map((m) => {
    const person = inside.get(m) ?? named.get(keyOf(m.text));
    return person && !m.familyName ? { ...m, nicknameOf: person } : m;
  });
}

/**
 * The named person a quoted mention is given as a name by the parse: the object of "dubbed" or
 * "nicknamed", or the "as" of "known", where the naming verb has the person as its other object,
 * describes a person's mention (an
 * adnominal clause), has one as its passive or active subject, or opens a clause whose subject
 * is one ("Dubbed "the Owl", Ostrova won"). Never the naming verb's own subject: who dubs names no one.
 */
function dubbedPerson(syn: Syntax, mentions: Mention[], m: Mention): Mention | null {
  const head = headOfSpan(syn, m);
  if (head === null) return null;
  const verb = syn.words[head].head;
  if (verb < 0) return null;
  const v = syn.words[verb];
  const naming = NAMING_VERBS.has(v.lemma) || (v.lemma === 'know' && caseMarker(syn, head) === 'as');
  if (!naming) return null;
  const people: number[] = [];
  if (/^(?:acl|appos)/u.test(v.deprel) && v.head >= 0) people.push(v.head);
  // "dubbed Ostrova "Lady Frost"": the other object is the person named
  people.push(...passiveSubjects(syn, verb), ...objects(syn, verb).filter((o) => o !== head));
  if (v.deprel.startsWith('advcl') && v.head >= 0) people.push(...subjects(syn, v.head), ...passiveSubjects(syn, v.head));
  // the same read the other way round: an opening "Dubbed …" parsed as the root, the main clause under it
  if (v.head < 0 && subjects(syn, verb).length === 0) {
    for (const c of dependents(syn, verb, 'advcl')) people.push(...subjects(syn, c));
  }
  for (const p of people) {
    const w = syn.words[p];
    const person = mentions.find((o) => o.type === 'PER' && o !== m && o.start <= w.start && w.end <= o.end);
    if (person) return person;
  }
  return null;
}
