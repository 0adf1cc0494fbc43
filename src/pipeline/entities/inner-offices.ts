// An office or rank written inside a name the tagger made a body or a place ("Harbourton Mayor
// Elena Voss", "Quellbrook Police Sergeant Kit Rowan Hale") parts two names: the town or body that
// holds the office, and the person after it, who is a person there whatever the tagger said (the
// office settles it, as in office-cues.ts). An office may be two words WordNet lists together
// ("Harbourton District Attorney Elena Voss"). The office words are cut, as cutOfficeTitles cuts them
// before a person's name, with the common words that qualify them ("Police", "Deputy"). The person
// must be two to three capitalised words ending the span: "General Motors" or "Chief Executive
// Club" holds no person.
import type { Mention } from '../../types.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import type { Honorifics } from './honorifics.js';
import { isOfficeWord } from './office-titles.js';
import { isCommonWord } from './sentence-start.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { candidates } from '../gazetteer/resolve.js';
import { NOUN_PERSON } from '../senses/person-words.js';

/** A capitalised word of a name: "Voss", "O'Neill", "Jean-Luc". */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;
/** Lower-case particles inside a person's name ("Janet Holmes a Court" aside, these are the usual ones). */
const PARTICLE = /^(?:de|van|von|der|da|la|le|du|al|bin|el)$/u;

interface Word {
  text: string;
  start: number;
}

function wordsOf(m: Mention): Word[] {
  const out: Word[] = [];
  for (const w of m.text.matchAll(/\S+/gu)) out.push({ text: w[0], start: m.start + (w.index ?? 0) });
  return out;
}

/** The mentions with each body or place that holds an inner office split, and the persons it names and the towns that hold the offices (settled); curated names (fixed) stay. */
export function splitInnerOffices(
  mentions: Mention[],
  h: Honorifics,
  casing: ReadonlyMap<string, number>,
  fixed: ReadonlySet<Mention> = new Set(),
  wn: WordNet | null = installedWordNet(),
): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!wn) return { mentions, settled };
  const out: Mention[] = [];
  for (const m of mentions) {
    const parts = m.type === 'PER' || m.typeSettled || m.title || fixed.has(m) ? null : split(m, h, casing, wn);
    if (!parts) {
      out.push(m);
      continue;
    }
    if (parts.holder) out.push(parts.holder);
    out.push(parts.person);
    settled.add(parts.person);
    // a town that holds an office is settled the place: the body's span it came from must not sway the vote
    if (parts.holder?.type === 'LOC') settled.add(parts.holder);
  }
  return { mentions: settled.size ? out : mentions, settled };
}

function split(m: Mention, h: Honorifics, casing: ReadonlyMap<string, number>, wn: WordNet): { holder: Mention | null; person: Mention } | null {
  const words = wordsOf(m);
  if (words.length < 4) return null;
  // the office run: its first office word after the first word, then any office words after it
  const first = words.findIndex((w, i) => i > 0 && officeLength(words, i, h, wn) > 0);
  if (first < 0) return null;
  let after = first + officeLength(words, first, h, wn);
  for (let more = officeLength(words, after, h, wn); more > 0; more = officeLength(words, after, h, wn)) after += more;
  const name = words.slice(after);
  const capitalised = name.filter((w) => NAME_WORD.test(w.text));
  if (capitalised.length < 2 || capitalised.length > 3 || !NAME_WORD.test(name[0].text) || !NAME_WORD.test(name[name.length - 1].text)) return null;
  if (!name.every((w) => NAME_WORD.test(w.text) || PARTICLE.test(w.text))) return null;
  // a surname is no common word: "Chief Medical Examiner" is an office, not a person
  if (isCommonWord(name[name.length - 1].text, casing)) return null;
  // words that qualify the office ("Police Sergeant", "Deputy Mayor") go with it
  let holderEnd = first;
  while (holderEnd > 0 && isCommonWord(words[holderEnd - 1].text, casing)) holderEnd--;
  const personStart = name[0].start;
  const person: Mention = { start: personStart, end: m.end, type: 'PER', text: m.text.slice(personStart - m.start) };
  if (holderEnd === 0) return { holder: null, person };
  const last = words[holderEnd - 1];
  const holderEndAt = last.start + last.text.length;
  const holderText = m.text.slice(0, holderEndAt - m.start);
  // a town's office ("Harbourton Mayor"): the town is a place, not a body that shares its name
  const type = candidates(gazetteer(), holderText).entries.length > 0 ? 'LOC' : m.type;
  const holder: Mention = { start: m.start, end: holderEndAt, type, text: holderText };
  return { holder, person };
}

/**
 * How many words the office at `i` takes: one for an office word, two for a two-word office that
 * WordNet lists as a person ("District Attorney", "Fire Chief"), whose words alone are no office.
 */
function officeLength(words: readonly Word[], i: number, h: Honorifics, wn: WordNet): number {
  if (i >= words.length) return 0;
  if (isOffice(words[i].text, h, wn)) return 1;
  const next = words[i + 1];
  if (!next || !NAME_WORD.test(words[i].text) || !NAME_WORD.test(next.text)) return 0;
  const first = wn.synsets(`${words[i].text}_${next.text}`.toLowerCase(), 'n')[0];
  return first !== undefined && wn.lexFile(first) === NOUN_PERSON ? 2 : 0;
}

function isOffice(word: string, h: Honorifics, wn: WordNet): boolean {
  return NAME_WORD.test(word) && !h.givenName.has(word) && isOfficeWord(word, wn);
}
