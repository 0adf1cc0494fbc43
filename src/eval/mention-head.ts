// A gold mention mapped to the pipeline's mention at its head word: shared by the MEANTIME
// entity evaluations.
import type { Analysis, Mention, Span } from '../types.js';

/**
 * Our mention at a gold span's head: the last word of the span whose parse head lies outside it
 * ("U.S. automaker Chrysler" → Chrysler, "the Vice Chairman of Chrysler" → Chairman, which no name
 * of ours covers), punctuation never. Without a parse, any mention overlapping the span.
 */
export function mentionAtHead(a: Pick<Analysis, 'syntax' | 'mentions'>, span: Span): Mention | null {
  const words = a.syntax?.words ?? [];
  const inside = (k: number) => k >= 0 && words[k].start >= span.start && words[k].end <= span.end;
  let head: Span | null = null;
  // punctuation is no head: a span read off tokens may end in one ("Apple Inc.," before a verb)
  // whose parse head lies outside it, as the name's does
  for (let k = 0; k < words.length; k++) if (inside(k) && !inside(words[k].head) && words[k].upos !== 'PUNCT') head = words[k];
  const at = head ?? span;
  return a.mentions.find((m) => m.start < at.end && at.start < m.end) ?? null;
}
