// Text that arrives already tokenised (corpora that space every token: "did n't", "the mayor 's",
// "Paris , France .") also writes its hyphenated words apart: "a court - mandated plan", "re - signed",
// "Strauss - Kahn". Where the text as a whole is written that way, a hyphen with one space each
// side between two word characters can be read as the hyphen of one word, the way it is read written
// together (the parser does, after a prefix it keeps whole: syntax/index.ts). In ordinary prose the
// same " - " is a dash ("Paris - the capital - said") and stays one.
import type { Segmentation } from '../../types.js';

/** Punctuation set apart from the word before it: " ," " ." " ;" " :" " 's" " n't". */
const SPACED_PUNCTUATION = /[\p{L}\p{N}] (?:[,.;:](?=\s|$)|'s\b|n't\b)/gu;
/** The same punctuation written against its word, as ordinary prose writes it. */
const ATTACHED_PUNCTUATION = /[\p{L}\p{N}](?:[,.;:](?=\s|$)|'s\b|n't\b)/gu;
/** Fewer spaced marks than this is too little to tell a text's style by. */
const MIN_SPACED = 3;

/** Whether the text writes its punctuation apart from its words throughout (a tokenised text). */
export function writesTokensApart(text: string): boolean {
  const spaced = text.match(SPACED_PUNCTUATION)?.length ?? 0;
  if (spaced < MIN_SPACED) return false;
  const attached = text.match(ATTACHED_PUNCTUATION)?.length ?? 0;
  return spaced > attached;
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;

/** Whether token i is a lone hyphen with exactly one space each side, between two word characters. */
export function spacedHyphenAt(text: string, tokens: Segmentation['tokens'], i: number): boolean {
  const hyphen = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!hyphen || !before || !after || hyphen.text !== '-') return false;
  return text.slice(before.end, hyphen.start) === ' ' && text.slice(hyphen.end, after.start) === ' ' && WORD_END.test(before.text) && WORD_START.test(after.text);
}
