// Names joined by a hyphen into one word: "the Clinton-Gore administration", "the Iran-Iraq war",
// "the BellSouth-LIN agreement", "anti-Castro exiles", "Atlanta-based BellSouth". The tagger reads
// such a word as one MISC name, as CoNLL-2003 annotates it (so recognise() keeps it, and the
// CoNLL score is unchanged); for the knowledge base each part is a mention of the person, body or
// place it names. A word is split only when every capitalised part is a name the article gives on
// its own with a type ("Clinton"; "Gore" after "Al Gore"); lower-case parts ("-era", "anti-") are
// dropped. Before "-based"/"-born" a known place is the place, whichever type the word was given. Any other word stays the one MISC
// mention it was: in "the Iran-Contra affair" or "Mercedes-Benz" one part is no name of its own,
// so the word names something else (an affair, a make), not the part the article also names.
// Parts start mid-token ("Gore" in "Clinton-Gore"): token-indexed lookups do not find them.
import type { EntityType, Mention } from '../../types.js';
import { nameKey } from './names.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** "-based", "-born": what precedes is where someone or something is from. */
const FROM_PLACE = /^(.+)-(?:based|born)$/u;
/** A part that can be a name: a capitalised word, with dots or inner capitals ("U.S.", "BellSouth"). */
const NAME_PART = /^\p{Lu}[\p{L}.'’]*$/u;

export function splitHyphenatedNames(text: string, mentions: Mention[]): Mention[] {
  const known = new Map<string, EntityType>();
  for (const m of mentions) {
    if (m.type === 'MISC' || m.text.includes('-')) continue;
    known.set(nameKey(m.text), m.type);
    // a person's surname names them too ("Gore" after "Al Gore")
    const words = m.text.split(/\s+/u);
    if (m.type === 'PER' && words.length > 1 && !known.has(nameKey(words.at(-1)!))) known.set(nameKey(words.at(-1)!), 'PER');
  }
  const out: Mention[] = [];
  for (const m of mentions) {
    const parts = m.type === 'MISC' ? partsOf(m, known) : null;
    // whatever type the tagger gave the word ("San Francisco-based" LOC), the place is before "-based"
    const from = FROM_PLACE.exec(m.text);
    if (from && NAME_PART.test(from[1].split(/\s+/u)[0]) && (known.get(nameKey(from[1])) === 'LOC' || candidates(gazetteer(), from[1]).entries.length > 0)) {
      out.push({ start: m.start, end: m.start + from[1].length, type: 'LOC', text: from[1] });
    } else if (parts && parts.length > 0) out.push(...parts);
    else out.push(m);
  }
  return out.map((m) => (m.text === text.slice(m.start, m.end) ? m : { ...m, text: text.slice(m.start, m.end) }));
}

/** The named parts of a one-word hyphenated MISC mention, or null when it has no hyphen or a
 *  capitalised part the article does not name on its own. */
function partsOf(m: Mention, known: ReadonlyMap<string, EntityType>): Mention[] | null {
  if (/\s/u.test(m.text) || !m.text.includes('-')) return null;
  const parts: Mention[] = [];
  let at = 0;
  for (const part of m.text.split('-')) {
    const type = NAME_PART.test(part) ? known.get(nameKey(part)) : undefined;
    if (!type && /^\p{Lu}/u.test(part)) return null;
    if (type) parts.push({ start: m.start + at, end: m.start + at + part.length, type, text: part });
    at += part.length + 1;
  }
  return parts;
}
