// Saved web pages → pieces: the article body's paragraphs, headings, lists and quotes;
// everything else on the page marked dropped with the reason it looked like furniture.
import { DOMParser } from 'linkedom';
import type { BlockKind, Piece } from './assemble.js';
import { collectBlocks, type HtmlBlock } from './html-blocks.js';
import { selectContent } from './html-content.js';
import { readHtmlMeta, stripSiteName } from './html-meta.js';
import type { Found, PathResult } from './path-result.js';
import { markBoilerplate, markDuplicates, trimTail } from './refine.js';

function kindOf(tag: string): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'blockquote') return 'quote';
  return 'paragraph';
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

export function extractHtml(html: string): PathResult {
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const meta = readHtmlMeta(doc);
  const root = doc.documentElement;
  const list = root ? collectBlocks(root) : { blocks: [], ranges: new Map(), parent: new Map() };
  const selection = selectContent(list);

  const inside = new Uint8Array(list.blocks.length);
  if (selection) for (const [s, e] of selection.ranges) inside.fill(1, s, e);
  const containers = selection?.containers ?? new Set<Element>();

  const rawTitle = meta.ogTitle ?? meta.jsonLdHeadline ?? firstH1(list.blocks) ?? meta.docTitle;
  const titleText = rawTitle ? stripSiteName(rawTitle, meta.siteName?.value ?? null) : null;
  const titleKey = titleText ? normalise(titleText) : null;

  const pieces: Piece[] = list.blocks.map((b, i) => {
    const piece: Piece = { text: b.text, kind: kindOf(b.tag), drop: null };
    if (!inside[i]) piece.drop = b.flag ?? 'outside-article';
    else if (b.flagEl && !containers.has(b.flagEl) && selection?.flagged(b)) piece.drop = b.flag;
    else if (b.tag === 'h1' || (titleKey && piece.kind === 'heading' && normalise(b.text) === titleKey)) piece.drop = 'title';
    else if (b.text.length < 200 && b.linkChars / b.text.length > 0.6 && !/[.!?]$/.test(b.text)) piece.drop = 'navigation';
    return piece;
  });
  markBoilerplate(pieces);
  markDuplicates(pieces);
  // No closing-section cut here: pages mark related boxes structurally, and a "Related links"
  // box often sits mid-article.
  trimTail(pieces, { aggressiveTail: false });

  const title: Found<string> | null = titleText
    ? { value: titleText, evidence: { origin: meta.ogTitle ? 'meta' : 'text', text: rawTitle ?? titleText } }
    : null;
  return {
    pieces,
    title,
    authors: meta.authors,
    publisher: meta.siteName,
    published: meta.published,
    ...(meta.url ? { url: meta.url } : {}),
    headlines: titleText ? [titleText] : [],
  };
}

function firstH1(blocks: HtmlBlock[]): string | null {
  return blocks.find((b) => b.tag === 'h1')?.text ?? null;
}
