// "Secretary of Health and Human Services", "Secretary of State Condoleezza Rice": an office and
// "of" before a body's name. The tagger spans the office with the body ("Secretary of Health and
// Human Services" as one body), or starts a span after "of" that runs the office's last word into
// the holder's name ("State Condoleezza Rice", read as a place). The office is no part of either
// name: cut off, the body is written as the article's other mentions of it are ("Health and Human
// Services"), and the holder is the person the office is held by. WordNet decides the office word
// (isOfficeWord: "Secretary", "Minister", not "Office" or "Department", whose "of" names the body).
import type { Mention } from '../../types.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { isOfficeWord } from './office-titles.js';
import { isCommonWord } from './sentence-start.js';

/** An office word and "of" (and "the") opening a span. */
const OFFICE_OF_OPENING = /^(\p{Lu}\p{Ll}+)[ \t]+of[ \t]+(?:the[ \t]+)?(?=\p{Lu})/u;
/** An office word and "of" right before a span. */
const OFFICE_OF_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)[ \t]+of[ \t]+$/u;
/** A capitalised word of a person's name. */
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/** Mentions with an office and its "of" cut from the body after them, and an office's last word from the holder's name; fixed (curated) mentions stay. */
export function cutOfficeOpenings(text: string, mentions: Mention[], casing: ReadonlyMap<string, number>, fixed: ReadonlySet<Mention> = new Set(), wn: WordNet | null = installedWordNet()): Mention[] {
  if (!wn) return mentions;
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type === 'PER' || m.title || m.typeSettled || fixed.has(m)) return m;
    const cut = bodyAfterOffice(m, wn) ?? holderAfterOffice(text, m, casing, wn);
    if (cut) changed = true;
    return cut ?? m;
  });
  return changed ? out : mentions;
}

/** "Secretary of Health and Human Services": the body, where more than one word is left. */
function bodyAfterOffice(m: Mention, wn: WordNet): Mention | null {
  const opening = OFFICE_OF_OPENING.exec(m.text);
  if (!opening || !isOfficeWord(opening[1], wn)) return null;
  const rest = m.text.slice(opening[0].length);
  // "Secretary of State", "Minister of Defence": one word left is the office's own, no body's name
  if (!/\s/u.test(rest)) return null;
  return { ...m, start: m.start + opening[0].length, text: rest, type: 'ORG' };
}

/** "Secretary of State Condoleezza Rice" spanned from "State": the person's name after the office's last word. */
function holderAfterOffice(text: string, m: Mention, casing: ReadonlyMap<string, number>, wn: WordNet): Mention | null {
  const before = OFFICE_OF_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start));
  if (!before || !isOfficeWord(before[1], wn)) return null;
  const words = m.text.split(/[ \t]+/u);
  // the office's word is a common word ("State"), and the name after it two or three words of a name, the first no common word ("Security Janet Napolitano" is no name)
  if (words.length < 3 || words.length > 4 || !isCommonWord(words[0], casing)) return null;
  const name = words.slice(1);
  if (!name.every((w) => NAME_WORD.test(w)) || isCommonWord(name[0], casing)) return null;
  const skip = m.text.indexOf(name[0], words[0].length);
  return { ...m, start: m.start + skip, text: m.text.slice(skip), type: 'PER' };
}
