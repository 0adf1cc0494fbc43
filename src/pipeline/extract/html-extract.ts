// Saved web pages → pieces: the article body's paragraphs, headings, lists and quotes;
// everything else on the page marked dropped with the reason it looked like furniture.
import { createRequire } from 'node:module';
import type { DOMParser as LinkedomParser } from 'linkedom';
import type { BlockKind, Piece } from './assemble.js';
import { collectBlocks, type HtmlBlock } from './html-blocks.js';
import { selectContent } from './html-content.js';
import { handleAsWritten, readHtmlMeta, stripSiteName, titleSiteName } from './html-meta.js';
import type { Found, PathResult } from './path-result.js';
import { bioAuthors, headByline, mergeAuthors, tailByline } from './authors.js';
import { findPublisherInText } from './publisher.js';
import { markBoilerplate, markDuplicates, markPullQuotes, trimTail } from './refine.js';
import { besideHeadline, headTimestamp } from './timestamp.js';

function kindOf(tag: string): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'li' || tag === 'dd' || tag === 'dt') return 'list-item';
  if (tag === 'blockquote') return 'quote';
  return 'paragraph';
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

let domParser: typeof LinkedomParser | undefined;

/**
 * linkedom, loaded on the first web page: with its dependencies some 190 modules, about 0.35 s of
 * CPU in every thread that analyses, and plain-text and SGML inputs never need it. (The pipeline
 * is synchronous, so its CommonJS build is required rather than imported.)
 */
function parserClass(): typeof LinkedomParser {
  return (domParser ??= (createRequire(import.meta.url)('linkedom') as { DOMParser: typeof LinkedomParser }).DOMParser);
}

/**
 * The page as a document. linkedom makes the first element of markup without an <html> element the
 * whole document, so a pasted fragment ("<p>…</p><p>…</p>") or a page that opens with <head> would
 * lose everything after it; such markup is parsed again inside an <html> shell, as a browser reads it.
 */
function parsePage(html: string): Document {
  const DOMParser = parserClass();
  const doc = new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  if (!doc.documentElement || doc.documentElement.localName === 'html') return doc;
  const shell = `<!DOCTYPE html><html>${html.replace(/^\s*<!doctype[^>]*>/i, '')}</html>`;
  return new DOMParser().parseFromString(shell, 'text/html') as unknown as Document;
}

export function extractHtml(html: string): PathResult {
  const doc = parsePage(html);
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
    // A box of linked headlines set between paragraphs runs long when the headlines do (three
    // "More on this" links with their [VIDEO] tags pass 200 characters); a paragraph with that
    // much link text and no closing stop is not one.
    else if (b.text.length < 400 && b.linkChars / b.text.length > 0.6 && !/[.!?]$/.test(b.text)) piece.drop = 'navigation';
    return piece;
  });
  markBoilerplate(pieces);
  markDuplicates(pieces);
  markPullQuotes(pieces, (i) => list.blocks[i].tag !== 'p');
  // No closing-section cut here: pages mark related boxes structurally, and a "Related links"
  // box often sits mid-article.
  const tail = trimTail(pieces, { aggressiveTail: false });
  // Bylines are found (and dropped) even when the page's meta tags already name the authors.
  const byline = mergeAuthors(headByline(pieces), tailByline(pieces));
  // JSON-LD and meta tags that name different people: the one the visible byline agrees with
  // (a CMS's JSON-LD often names the account that posted the story, not its writer).
  const metaAuthors =
    byline && meta.authors && meta.otherAuthors && !sharesName(meta.authors.value, byline.value) && sharesName(meta.otherAuthors.value, byline.value)
      ? meta.otherAuthors
      : meta.authors;
  // The page's byline wins over its meta tags when it names everyone they name and more.
  const bylineFuller = byline && metaAuthors && metaAuthors.value.every((a) => byline.value.includes(a)) && byline.value.length > metaAuthors.value.length;
  const authors =
    (bylineFuller ? byline : metaAuthors) ??
    byline ??
    meta.markedAuthors ??
    bioAuthors(pieces) ??
    (tail.bioText ? { value: tail.bioAuthors, evidence: { origin: 'text' as const, text: tail.bioText } } : null);
  const titleIndex = pieces.findIndex((p) => p.drop === 'title');

  const title: Found<string> | null = titleText
    ? { value: titleText, evidence: { origin: meta.ogTitle ? 'meta' : 'text', text: rawTitle ?? titleText } }
    : null;
  return {
    pieces,
    title,
    authors,
    publisher: meta.siteName ?? titleSitePublisher(meta.docTitle, titleText, list.blocks) ?? handleWritten(meta.siteHandle, meta.docTitle, titleText) ?? findPublisherInText(pieces) ?? meta.siteHandle,
    published: meta.published ?? headTimestamp(pieces, titleIndex) ?? besideHeadline(pieces, (p) => titleKey !== null && p.text.length < 300 && normalise(p.text) === titleKey),
    ...(meta.url ? { url: meta.url } : {}),
    headlines: titleText ? [titleText] : [],
  };
}

/** The site handle as the page title writes it, with the handle as its evidence. */
function handleWritten(handle: Found<string> | null, docTitle: string | null, headline: string | null): Found<string> | null {
  const written = handle ? handleAsWritten(handle.value, docTitle, headline) : null;
  return handle && written ? { value: written, evidence: { ...handle.evidence, text: `${handle.evidence.text}; title ${docTitle}` } } : null;
}

function sharesName(a: string[], b: string[]): boolean {
  const keys = new Set(a.map((n) => n.toLowerCase()));
  return b.some((n) => keys.has(n.toLowerCase()));
}

function firstH1(blocks: HtmlBlock[]): string | null {
  return blocks.find((b) => b.tag === 'h1')?.text ?? null;
}

/** The site part of the <title> ("Headline | ACME"), when the page shows that name elsewhere too (masthead, footer). */
function titleSitePublisher(docTitle: string | null, headline: string | null, blocks: HtmlBlock[]): Found<string> | null {
  const site = docTitle && headline ? titleSiteName(docTitle, headline) : null;
  if (!site) return null;
  // Shown as the masthead or in a copyright line; a bare menu item ("Headline | World news") does not count.
  const key = site.toLowerCase();
  const shown = blocks.some((b) => {
    if (b.text.length > 300) return false;
    const lower = b.text.toLowerCase();
    if (lower === key) return b.flag !== 'navigation' && b.linkChars < b.text.length;
    return lower.includes(key) && /©|\(c\)|copyright/i.test(b.text);
  });
  return shown ? { value: site, evidence: { origin: 'meta', text: `title ${docTitle}` } } : null;
}
