// Tokenised text written one sentence a line (corpora such as ECB+: "He said , " We won . "" with
// a blank line after each sentence). Its line breaks are the tokeniser's, not the writer's
// paragraphs: a quotation whose mark is reopened on the next line ("“A . ¶ “B . ”") is one
// quotation run on over sentences, not a new paragraph of it listed apart.
import type { Span } from '../../types.js';

/** Lines needed before the text's layout says anything. */
const MIN_LINES = 4;

/** A line that ends in a stop written apart from its last word, a closing mark or two after it. */
const SPACED_STOP = /\s[.!?](?:\s+["”’']{1,2})?$/;

/** Two lines in three end in a stop written apart from the word before it. */
export function tokenisedLines(text: string, paragraphs: Span[]): boolean {
  if (paragraphs.length < MIN_LINES) return false;
  let spaced = 0;
  for (const p of paragraphs) if (SPACED_STOP.test(text.slice(p.start, p.end).trimEnd())) spaced++;
  return spaced * 3 >= paragraphs.length * 2;
}
