// Citations in the reader: wrap a character range of the document's clean text in an element
// (whatever annotations it crosses), find the sentence around a span, and format a citation.
import type { DocumentView } from '../../server/api-types.js';
import type { Span } from '../../types.js';
import { formatPublished } from './format.js';
import { straightQuotes } from '../../store/fts-query.js';

/** Text nodes under `container` with their offsets in the document text. Each paragraph element
 *  carries data-para-start; its text is exactly text.slice(start, end). */
function textNodesWithOffsets(container: HTMLElement): Array<{ node: Text; start: number }> {
  const out: Array<{ node: Text; start: number }> = [];
  for (const p of container.querySelectorAll<HTMLElement>('[data-para-start]')) {
    let pos = Number(p.dataset.paraStart);
    // A highlight's note (highlight-notes.ts) is not the article's text.
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.parentElement?.closest('[data-outside-text]') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      out.push({ node: n as Text, start: pos });
      pos += (n as Text).data.length;
    }
  }
  return out;
}

/** Wraps text[span.start, span.end) in elements made by `make` (one per text node crossed, so
 *  nesting with existing annotations stays valid). Returns the wrappers in text order. */
export function wrapRange(container: HTMLElement, span: Span, make: () => HTMLElement): HTMLElement[] {
  const wrappers: HTMLElement[] = [];
  for (const { node, start } of textNodesWithOffsets(container)) {
    const end = start + node.data.length;
    if (end <= span.start || start >= span.end) continue;
    let target = node;
    const from = Math.max(span.start - start, 0);
    if (from > 0) target = target.splitText(from);
    const length = Math.min(span.end, end) - Math.max(span.start, start);
    if (length < target.data.length) target.splitText(length);
    const wrapper = make();
    target.replaceWith(wrapper);
    wrapper.append(target);
    wrappers.push(wrapper);
  }
  return wrappers;
}

/** The sentence that holds a span: a stored sentence (event or figure evidence) when one covers
 *  it, else the browser's sentence segmenter over the paragraph. */
export function sentenceAround(doc: DocumentView, span: Span): Span {
  const known: Span[] = [];
  for (const a of doc.annotations) {
    if (a.kind === 'event') known.push({ start: a.start, end: a.end });
    const s = a.data.sentence as Span | undefined;
    if (a.kind === 'figure' && s && typeof s.start === 'number') known.push(s);
  }
  const covering = known.filter((s) => s.start <= span.start && s.end >= span.end).sort((a, b) => a.end - a.start - (b.end - b.start))[0];
  if (covering) return covering;
  const para = doc.paragraphs.find((p) => p.start <= span.start && p.end >= span.start) ?? { start: 0, end: doc.text.length };
  const text = doc.text.slice(para.start, para.end);
  let start = span.start;
  let end = span.end;
  for (const seg of new Intl.Segmenter('en', { granularity: 'sentence' }).segment(text)) {
    const s = para.start + seg.index;
    const e = s + seg.segment.trimEnd().length;
    if (s <= span.start && s + seg.segment.length > span.start) start = s;
    if (s < span.end && e >= span.end - 1) end = Math.max(end, e);
  }
  return { start, end: Math.max(end, span.end) };
}

export interface CitationParts {
  quote: string;
  outlet: string | null;
  title: string;
  url: string | null;
  date: string | null;
  link: string;
}

/** The outlet: the publisher when known, else the source URL's host. */
export function outletOf(doc: Pick<DocumentView, 'meta' | 'sources'>): string | null {
  if (doc.meta.publisher) return doc.meta.publisher;
  const url = doc.meta.url ?? doc.sources.find((s) => s.url)?.url;
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function citationParts(doc: DocumentView, span: Span, link: string): CitationParts {
  return {
    quote: doc.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim(),
    outlet: outletOf(doc),
    title: doc.title || 'Untitled',
    url: doc.meta.url ?? doc.sources.find((s) => s.url)?.url ?? null,
    date: doc.meta.published?.value ? formatPublished(doc.meta.published.value) : null,
    link,
  };
}

/** “Quote.” Outlet, “Title”, date. URL. (Chronicle: link) */
export function citationText(c: CitationParts): string {
  const head = [c.outlet, `“${c.title}”`, c.date].filter(Boolean).join(', ');
  return `“${c.quote}” ${head}.${c.url ? ` ${c.url}` : ''} (Chronicle: ${c.link})`;
}

/** Copies text to the clipboard; false when the browser refuses (the caller shows it instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Words of a search query to highlight: phrases and words, `-excluded` words left out,
 *  a trailing * kept as a prefix match. */
export function searchTerms(q: string): Array<{ text: string; prefix: boolean }> {
  const out: Array<{ text: string; prefix: boolean }> = [];
  for (const m of straightQuotes(q).matchAll(/(-?)"([^"]+)"|(-?)(\S+)/g)) {
    if (m[1] === '-' || m[3] === '-') continue;
    const raw = m[2] ?? m[4];
    if (!raw || raw === 'OR' || raw === 'AND' || raw === 'NOT') continue;
    const prefix = raw.endsWith('*');
    const text = raw.replace(/\*$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (text) out.push({ text, prefix });
  }
  return out;
}

/** Spans of the terms in the text, case-insensitive, on word boundaries. */
export function termSpans(text: string, terms: Array<{ text: string; prefix: boolean }>): Span[] {
  const spans: Span[] = [];
  for (const t of terms) {
    const words = t.text.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s\\p{P}]+')}${t.prefix ? '[\\p{L}\\p{N}]*' : ''}(?![\\p{L}\\p{N}])`, 'giu');
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
