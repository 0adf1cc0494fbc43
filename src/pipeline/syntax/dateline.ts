// A wire dateline opening a sentence ("MOSCOW (AP)_ Presidents signed …", "CLEVELAND, Feb 26 - Standard Oil
// said …") is no part of the lede's clause: parsed with it, the place becomes the subject or the root. The
// syntax stage parses the dateline and the rest apart and hangs the dateline's tree on the lede's root as `dep`,
// a relation the facts code reads as no argument.
import { findDateline } from '../extract/dateline.js';
import type { Span } from '../../types.js';

/** The relation a dateline's head word takes to the lede's root. */
export const DATELINE_RELATION = 'dep';

// the dash, underscore or colon between a dateline and its lede
const SEPARATOR = /^[\s\-–—_:.]*/u;

/**
 * Where the lede starts after a dateline opening the sentence (an offset into text), or -1 when none
 * does. Only a sentence that opens a line can start with one: datelines open a story's first paragraph.
 */
export function ledeStart(text: string, sentence: Span): number {
  let k = sentence.start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k >= 0 && text[k] !== '\n' && text[k] !== '\r') return -1;
  const d = findDateline(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 160)), sentence.start);
  if (!d?.span) return -1;
  const at = d.span.end + SEPARATOR.exec(text.slice(d.span.end, sentence.end))![0].length;
  // a dateline alone (its own sentence) or with nothing but punctuation after it has no lede to split off
  return at < sentence.end && /[\p{L}\p{N}"“‘']/u.test(text.slice(at, sentence.end)) ? at : -1;
}
