// A wire dateline opening a sentence ("MOSCOW (AP)_ Presidents signed …", "CLEVELAND, Feb 26 - Standard Oil
// said …") is no part of the lede's clause: parsed with it, the place becomes the subject or the root. The
// syntax stage parses the dateline and the rest apart and hangs the dateline's tree on the lede's root as `dep`,
// a relation the facts code reads as no argument.
import { DATELINE_PARAGRAPHS, findDocDateline } from '../extract/metadata.js';
import type { Span } from '../../types.js';

/** The relation a dateline's head word takes to the lede's root. */
export const DATELINE_RELATION = 'dep';

// the dash, underscore or colon between a dateline and its lede
const SEPARATOR = /^[\s\-–—_:.]*/u;

/**
 * The dateline of a text that comes without a Doc (training, evaluation), found as extract finds a
 * Doc's own: at the start of one of the story's first lines, one per text.
 */
export function textDateline(text: string): Span | null {
  const lines: Span[] = [];
  // findDocDateline reads no more than twice DATELINE_PARAGRAPHS lines: collect no more
  for (let start = 0; start < text.length && lines.length <= 2 * DATELINE_PARAGRAPHS; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const lead = line.length - line.trimStart().length;
    if (line.trim()) lines.push({ start: start + lead, end: start + line.trimEnd().length });
    start = end + 1;
  }
  return findDocDateline(text, lines, null)?.span ?? null;
}

/**
 * Where the lede starts after the document's dateline (`dateline`, its span in text), an offset into
 * text, or -1 when the sentence does not open with that dateline: a dateline opens the story's first
 * paragraph, so no other sentence is split ("AMAZON - the retailer said …" mid-story is a sentence).
 */
export function ledeStart(text: string, sentence: Span, dateline: Span | null): number {
  if (!dateline || dateline.start < sentence.start || dateline.end >= sentence.end) return -1;
  if (text.slice(sentence.start, dateline.start).trim()) return -1;
  const at = dateline.end + SEPARATOR.exec(text.slice(dateline.end, sentence.end))![0].length;
  // a dateline alone (its own sentence) or with nothing but punctuation after it has no lede to split off
  return at < sentence.end && /[\p{L}\p{N}"“‘']/u.test(text.slice(at, sentence.end)) ? at : -1;
}
