// Plain-text copies of web pages → pieces: headline, body paragraphs, and the furniture
// that came with the copy (cookie notices, share lines, related teasers …) marked dropped.
import type { Piece } from './assemble.js';
import { parseByline } from './byline.js';
import { holdsSentence, isHeadlineLike } from './headline.js';
import type { Found, PathResult } from './path-result.js';
import { headByline, mergeAuthors, tailByline } from './authors.js';
import { headTimestamp } from './timestamp.js';
import { markBoilerplate, markClosingSections, markDuplicates, markPullQuotes, trimTail } from './refine.js';
import { splitTextBlocks, type TextBlock } from './text-blocks.js';
import { findPublisherInText } from './publisher.js';

const HEAD_WINDOW = 4;
/** How far down a copy the headline may stand below site name, menus and section labels. */
const TITLE_WINDOW = 8;

/** A menu or label, not a headline: "Home  News  Politics", "News | Politics | Society", "EUROPE BRIEF", "MIGRATION". */
function looksLikeMenuOrLabel(block: TextBlock): boolean {
  const text = block.text;
  if (block.spaced || (text.match(/\s[|•·/]\s/g)?.length ?? 0) >= 2) return true;
  return (text.length < 30 && text.split(/\s+/).length < 4) || !/\p{Ll}/u.test(text);
}

/**
 * The body has started: a long block ending like a sentence or a lead-in ("… figures show:"), or any
 * sentence of five words or more (menus, site names and labels do not end with a full stop).
 */
function isBodyParagraph(text: string): boolean {
  if (text.length >= 120 && /[.!?…"”’):;,–—-]$/.test(text)) return true;
  return /[.!?]["”’)]?$/.test(text) && text.split(/\s+/).length >= 5;
}

/** Index of the headline: the first headline-shaped block above the body that is not a menu or label. */
function findTitle(pieces: Piece[], blocks: TextBlock[]): number {
  let fallback = -1;
  for (let i = 0, seen = 0; i < pieces.length && seen < TITLE_WINDOW; i++) {
    const p = pieces[i];
    if (p.drop !== null) continue;
    seen++;
    if (isBodyParagraph(p.text) || holdsSentence(p.text)) break;
    if (isHeadlineLike(p.text) && !parseByline(p.text)) {
      if (!looksLikeMenuOrLabel(blocks[i])) return i;
      if (fallback < 0 && seen <= HEAD_WINDOW) fallback = i;
    }
    // Site names, menus and labels have no figures and start with a capital: anything else is content.
    if (/\d|^\p{Ll}/u.test(p.text)) break;
  }
  if (fallback >= 0) return fallback;
  // No strict candidate above the body: the old rule, the first headline-like block near the top.
  for (let i = 0, seen = 0; i < pieces.length && seen < HEAD_WINDOW; i++) {
    if (pieces[i].drop !== null) continue;
    seen++;
    if (isHeadlineLike(pieces[i].text) && !holdsSentence(pieces[i].text) && !parseByline(pieces[i].text)) return i;
  }
  return -1;
}

export function extractText(content: string): PathResult {
  const blocks = splitTextBlocks(content);
  const pieces: Piece[] = blocks.map((b) => ({ text: b.text, kind: 'paragraph', drop: null }));
  markBoilerplate(pieces);

  // The headline; short lines above it are the site name, menus and labels.
  const titleIndex = findTitle(pieces, blocks);
  if (titleIndex >= 0) {
    pieces[titleIndex].kind = 'heading';
    for (let i = 0; i < titleIndex; i++) {
      const p = pieces[i];
      if (p.drop === null && (p.text.length < 60 || (p.text.length < 200 && looksLikeMenuOrLabel(blocks[i]) && !/[.!?]$/.test(p.text)))) p.drop = 'navigation';
    }
  }

  // Sub-headings: headline-shaped blocks between paragraphs.
  for (let i = titleIndex + 1; i < pieces.length; i++) {
    if (pieces[i].drop === null && isHeadlineLike(pieces[i].text) && pieces[i].text.length < 160) pieces[i].kind = 'heading';
  }

  // A "By X" line at the top is page furniture; its names are the authors.
  let authors = headByline(pieces, titleIndex);

  markDuplicates(pieces);
  markPullQuotes(pieces);
  markClosingSections(pieces);
  const tail = trimTail(pieces, { aggressiveTail: true });

  // At the end: a credit line ("Reporting by X; Editing by Y") stays in the text as evidence; a "By X" line goes.
  authors = mergeAuthors(authors, tailByline(pieces));
  if (!authors && tail.bioAuthors.length > 0 && tail.bioText) {
    authors = { value: tail.bioAuthors, evidence: { origin: 'text', text: tail.bioText } };
  }

  const title: Found<string> | null =
    titleIndex >= 0 ? { value: pieces[titleIndex].text, evidence: { origin: 'text', text: pieces[titleIndex].text }, piece: titleIndex } : null;
  const headlines: string[] = [];
  for (let i = Math.max(0, titleIndex); i < pieces.length && headlines.length < 3; i++) {
    if (pieces[i].drop === null && (i === titleIndex || pieces[i].kind === 'heading')) headlines.push(pieces[i].text);
    else if (pieces[i].drop === null && i > titleIndex) break;
  }
  return { pieces, title, authors, publisher: findPublisherInText(pieces), published: headTimestamp(pieces, titleIndex), headlines };
}
