// "the Obama administration", "the Bush administration": the lone word before a lower-case
// "administration" is read by the tagger as a town (Obama, Japan), a thing or a body, though it
// names the person who leads it (addAdministrations then adds the body around the person). Only a
// word WordNet knows first as a named person (an instance of noun.person) is retyped: "the Kabul
// administration" is a place's, "the Labour administration" a party's, "the Tory administration"
// a member's class. Only the mention the cue stands beside is retyped, after the article's types
// are made one: elsewhere the article may use the name as the tagger read it, and the ECB+ golds
// differ on what such a sentence reports ("Obama has offered the job"), so the cue is not spread.
import type { Mention } from '../../types.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { NOUN_PERSON } from '../senses/person-words.js';

/** A single capitalised word. */
const ONE_NAME_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;
/** A lower-case "administration" right after the name (a list's "administrations" names several, none alone). */
const ADMINISTRATION_AFTER = /^[ \t]+administration(?![\p{L}\p{N}])/u;

/** Whether WordNet's first sense that writes the word as a name is a named person ("Clinton", not "Kabul" or "Tory"). */
function namesAPersonFirst(word: string, wn: WordNet): boolean {
  const lemma = word.toLowerCase();
  for (const id of wn.synsets(lemma, 'n')) {
    const s = wn.synset(id);
    const k = s ? s.words.indexOf(lemma) : -1;
    if (!s || k < 0 || s.lowerCase?.[k] !== false) continue;
    return s.lexFile === NOUN_PERSON && s.pointers.some((p) => p.symbol === '@i');
  }
  return false;
}

/** Each one-word name before "administration" that WordNet knows first as a person, retyped PER and settled. */
export function typeAdministrationLeaders(text: string, mentions: Mention[], wn: WordNet | null = installedWordNet()): Mention[] {
  if (!wn) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type === 'PER' || m.title || m.typeSettled || !ONE_NAME_WORD.test(m.text)) return m;
    if (!ADMINISTRATION_AFTER.test(text.slice(m.end, m.end + 24)) || !namesAPersonFirst(m.text, wn)) return m;
    changed = true;
    return { ...m, type: 'PER' as const, typeSettled: true };
  });
  return changed ? out : mentions;
}
