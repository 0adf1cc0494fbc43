// Two kinds of name the tagger types by their shape rather than their words, decided by WordNet.
// A name ending in a noun WordNet files only as a business or an establishment ("Marlowe
// Creamery", "Hollins Dairy") is an organisation, though its first word looked like a surname or
// the tagger took the whole for a product or an event (MISC); a
// title, a given name before the noun ("Julia Baker") or a person sense of the noun ("baker",
// "mason") leaves it a person. A holiday or feast day ("Hanukkah", "Easter") is MISC, as CoNLL
// types it, never a person or a place. Both settle the type.
import type { Mention } from '../../types.js';
import { installedWordNet, isKindOf, type Synset, type WordNet } from '../lexicons/wordnet.js';
import { NOUN_PERSON } from '../senses/person-words.js';
import { isGivenNameWord } from './resolve.js';

/** WordNet's lexicographer files of artifacts (noun.artifact), groups (noun.group) and times (noun.time). */
const NOUN_ARTIFACT = 6;
const NOUN_GROUP = 14;
const NOUN_TIME = 28;

/** Hypernyms a business's or establishment's noun reaches: a place of work, a plant, a firm. */
const BUSINESS_HEADS: ReadonlyArray<[number, string]> = [
  [NOUN_ARTIFACT, 'establishment'],
  [NOUN_ARTIFACT, 'workplace'],
  [NOUN_ARTIFACT, 'plant'],
  [NOUN_GROUP, 'business'],
];

const isBusinessHead = (s: Synset) => BUSINESS_HEADS.some(([lex, word]) => s.lexFile === lex && s.words[0] === word);
const isHoliday = (s: Synset) => s.lexFile === NOUN_TIME && (s.words[0] === 'holiday' || s.words[0] === 'feast_day');

/** Whether WordNet writes the word as a business or establishment and never as a person. */
export function isBusinessNoun(word: string, wn: WordNet): boolean {
  const ids = wn.synsets(word.toLowerCase(), 'n');
  if (ids.length === 0 || ids.some((id) => wn.lexFile(id) === NOUN_PERSON)) return false;
  return ids.some((id) => isKindOf(wn, id, isBusinessHead, { maxHops: 5 }));
}

/** Whether the name is a holiday or feast day WordNet knows, with no person among its senses. */
export function isHolidayName(name: string, wn: WordNet): boolean {
  const ids = wn.synsets(name.toLowerCase().replace(/\s+/gu, '_'), 'n');
  if (ids.some((id) => wn.lexFile(id) === NOUN_PERSON)) return false;
  return ids.some((id) => wn.lexFile(id) === NOUN_TIME && isKindOf(wn, id, isHoliday, { maxHops: 4 }));
}

export function typeBusinessAndHolidayNames(mentions: Mention[], wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!wn) return { mentions, settled };
  const out = mentions.map((m) => {
    if (m.title) return m;
    if (m.type !== 'MISC' && /^\p{Lu}/u.test(m.text) && isHolidayName(m.text, wn)) {
      const holiday: Mention = { ...m, type: 'MISC' };
      settled.add(holiday);
      return holiday;
    }
    const words = m.text.split(/\s+/u);
    // a person or a thing: a business's name read as a product's or an event's ("Corrick Valley Dairy" MISC)
    if ((m.type !== 'PER' && m.type !== 'MISC') || words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return m;
    const last = words[words.length - 1];
    if (isGivenNameWord(words[0], wn) || !isBusinessNoun(last, wn)) return m;
    // a thing's name may end in an adjective WordNet also files as a noun ("American League Central")
    if (m.type === 'MISC' && wn.synsets(last.toLowerCase(), 'a').length > 0) return m;
    const business: Mention = { ...m, type: 'ORG' };
    settled.add(business);
    return business;
  });
  return { mentions: out, settled };
}
