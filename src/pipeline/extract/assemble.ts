// Turns an ordered list of kept and dropped blocks into Doc text, paragraph spans and
// removed parts: kept blocks are joined by a blank line; a dropped block records the
// offset where it stood, so nothing is silently lost.
import type { RemovedPart, Span } from '../../types.js';

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'quote';

export interface Piece {
  text: string;
  kind: BlockKind;
  /** null = kept; otherwise why it was dropped. */
  drop: string | null;
}

export interface Assembled {
  text: string;
  paragraphs: Span[];
  removed: RemovedPart[];
  /** For each piece, its span in text (kept) or null (dropped). */
  spans: (Span | null)[];
}

export function assemble(pieces: Piece[]): Assembled {
  const parts: string[] = [];
  const paragraphs: Span[] = [];
  const spans: (Span | null)[] = [];
  const pending: { text: string; reason: string }[] = [];
  const removed: RemovedPart[] = [];
  let offset = 0;
  for (const piece of pieces) {
    if (piece.drop !== null) {
      pending.push({ text: piece.text, reason: piece.drop });
      spans.push(null);
      continue;
    }
    if (parts.length > 0) offset += 2;
    for (const p of pending) removed.push({ text: p.text, reason: p.reason, at: offset });
    pending.length = 0;
    const span = { start: offset, end: offset + piece.text.length };
    parts.push(piece.text);
    paragraphs.push(span);
    spans.push(span);
    offset = span.end;
  }
  for (const p of pending) removed.push({ text: p.text, reason: p.reason, at: offset });
  return { text: parts.join('\n\n'), paragraphs, removed, spans };
}
