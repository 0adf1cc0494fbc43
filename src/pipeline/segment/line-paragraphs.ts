// A plain text's paragraphs where each line is one, as the extractor writes its text: what a
// stage reading a bare text (no Doc from the extractor) takes for paragraphs.
import type { Span } from '../../types.js';

/** Paragraphs of a plain text: runs of non-empty lines. */
export function lineParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
