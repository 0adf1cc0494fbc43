// A text that sets every token apart may split a curly "n't" in three ("didn ’ t", "couldn ’ t"; ECB+
// writes its contractions so): the parser, trained on "did|n't", reads "didn" as a verb of its own
// and the lone "t" as a noun, and the sentence loses its negation. Here the three tokens become the
// treebank's two words, "did" and "n't", each still an exact span of the text ("n ’ t" read as "n't").
import type { Segmentation } from '../../types.js';
import type { WordPiece } from './words.js';
import { isApostrophe } from '../segment/chars.js';

/**
 * The two words of a contraction split at tokens t, t+1, t+2 ("didn", "’", "t": one space each
 * side of the apostrophe, within the sentence's tokens before `to`), or null where there is none.
 */
export function spacedNotPieces(text: string, tokens: Segmentation['tokens'], t: number, to: number): [WordPiece, WordPiece] | null {
  if (t + 2 >= to) return null;
  const [verb, mark, last] = [tokens[t], tokens[t + 1], tokens[t + 2]];
  if (last.text.toLowerCase() !== 't' || mark.text.length !== 1 || !isApostrophe(mark.text.charCodeAt(0)) || verb.end - verb.start < 3) return null;
  if (!/^\p{L}+n$/iu.test(verb.text)) return null;
  if (text.slice(verb.end, mark.start) !== ' ' || text.slice(mark.end, last.start) !== ' ') return null;
  return [
    { start: verb.start, end: verb.end - 1, token: t },
    { start: verb.end - 1, end: last.end, token: t, form: "n't" },
  ];
}
