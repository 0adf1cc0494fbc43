// Plain-text copies of web pages → pieces: headline, body paragraphs, and the furniture
// that came with the copy (cookie notices, share lines, related teasers …) marked dropped.
import type { Piece } from './assemble.js';
import { parseByline } from './byline.js';
import { isHeadlineLike } from './headline.js';
import type { Found, PathResult } from './path-result.js';
import { markBoilerplate, markClosingSections, markDuplicates, trimTail } from './refine.js';
import { splitTextBlocks } from './text-blocks.js';
import { findPublisherInText } from './publisher.js';

const HEAD_WINDOW = 4;

export function extractText(content: string): PathResult {
  const blocks = splitTextBlocks(content);
  const pieces: Piece[] = blocks.map((b) => ({ text: b.text, kind: 'paragraph', drop: null }));
  markBoilerplate(pieces);

  // The headline: the first headline-shaped block near the top; short lines above it are navigation.
  let titleIndex = -1;
  let seen = 0;
  for (let i = 0; i < pieces.length && seen < HEAD_WINDOW; i++) {
    if (pieces[i].drop !== null) continue;
    seen++;
    if (isHeadlineLike(pieces[i].text) && !parseByline(pieces[i].text)) {
      titleIndex = i;
      break;
    }
  }
  if (titleIndex >= 0) {
    pieces[titleIndex].kind = 'heading';
    for (let i = 0; i < titleIndex; i++) if (pieces[i].drop === null && pieces[i].text.length < 60) pieces[i].drop = 'navigation';
  }

  // Sub-headings: headline-shaped blocks between paragraphs.
  for (let i = titleIndex + 1; i < pieces.length; i++) {
    if (pieces[i].drop === null && isHeadlineLike(pieces[i].text) && pieces[i].text.length < 160) pieces[i].kind = 'heading';
  }

  // A "By X" line at the top is page furniture; its names are the authors.
  let authors: Found<string[]> | null = null;
  for (let i = 0, n = 0; i < pieces.length && n < HEAD_WINDOW + 2; i++) {
    if (pieces[i].drop !== null || i === titleIndex) continue;
    n++;
    const names = /^by\s/i.test(pieces[i].text) ? parseByline(pieces[i].text) : null;
    if (names) {
      pieces[i].drop = 'byline';
      authors = { value: names, evidence: { origin: 'text', text: pieces[i].text } };
      break;
    }
  }

  markDuplicates(pieces);
  markClosingSections(pieces);
  const tail = trimTail(pieces, { aggressiveTail: true });

  // Credit lines at the end ("Reporting by X; Editing by Y") stay in the text as evidence.
  if (!authors) {
    for (let i = pieces.length - 1, n = 0; i >= 0 && n < 6; i--) {
      if (pieces[i].drop !== null) continue;
      n++;
      const names = /\bby\b/i.test(pieces[i].text) ? parseByline(pieces[i].text) : null;
      if (names) {
        authors = { value: names, evidence: { origin: 'text', text: pieces[i].text }, piece: i };
        break;
      }
    }
  }
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
  return { pieces, title, authors, publisher: findPublisherInText(pieces), published: null, headlines };
}
