// The extract stage: RawDoc → Doc with clean text, paragraph spans, removed parts and metadata.
import type { Doc, RawDoc } from '../../types.js';
import { assemble } from './assemble.js';
import { docId } from './doc-id.js';
import { extractHtml } from './html-extract.js';
import { languageOf } from './language.js';
import { buildMeta, datelineIsTitle } from './metadata.js';
import type { PathResult } from './path-result.js';
import { extractText } from './text-extract.js';
import { truncationNote } from './truncation.js';

export function extract(raw: RawDoc): Doc {
  const path: PathResult = raw.format === 'html' ? extractHtml(raw.content) : extractText(raw.content);
  const assembled = assemble(path.pieces);
  const { language, notAnalysed } = languageOf(assembled.text);
  const truncated = raw.format === 'html' ? truncationNote(raw.content, assembled.text) : null;
  const meta = { ...buildMeta(raw, path, assembled), language, ...(notAnalysed ? { notAnalysed } : {}), ...(truncated ? { truncated } : {}) };
  const titleSpan = path.title?.piece !== undefined ? assembled.spans[path.title.piece] : null;
  // a dateline standing alone on the first line is no title: the story's first words are
  const lone = titleSpan && datelineIsTitle(meta.dateline, titleSpan) ? titleSpan : null;
  // nor is a dateline opening the lede part of the first words taken for a title
  const opening = meta.dateline?.span && !assembled.text.slice(0, meta.dateline.span.start).trim() ? meta.dateline.span.end : 0;
  const firstWords = (from: number) => fallbackTitle(assembled.text.slice(from).replace(/^\s*[-–—:_]*\s*/u, ''));
  const title = raw.hints.title?.trim() || (lone ? firstWords(lone.end) : path.title?.value) || firstWords(opening) || fallbackTitle(assembled.text);
  return {
    id: docId(assembled.text),
    text: assembled.text,
    title,
    sources: [raw.source],
    removed: assembled.removed,
    meta,
    paragraphs: assembled.paragraphs,
  };
}

/** The first words of the text when nothing headline-like was found. */
function fallbackTitle(text: string): string {
  const first = text.slice(0, 200).split('\n')[0];
  if (first.length <= 100) return first;
  const cut = first.lastIndexOf(' ', 100);
  return `${first.slice(0, cut > 40 ? cut : 100)}…`;
}

export { extractText } from './text-extract.js';
export { extractHtml } from './html-extract.js';
export { metaEvidence } from './metadata.js';
