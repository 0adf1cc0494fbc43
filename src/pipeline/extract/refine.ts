// Block-level clean-up shared by the text and HTML paths: boilerplate phrases, repeated
// blocks (a lede or pull quote printed twice keeps its first copy), a "Related"/"Comments"
// section closing the page, and the furniture trailing after the last paragraph.
import type { Piece } from './assemble.js';
import { boilerplateReason, isDisclaimer } from './boilerplate-lexicon.js';
import { parseAuthorBio, parseByline } from './byline.js';
import { findDateline } from './dateline.js';
import { endsLikeSentence, isHeadlineLike, paragraphAtEnd, readsAsProse } from './headline.js';

export interface RefineOptions {
  /** Drop any short headline-shaped block trailing the article (text copies); HTML drops only trailing headings. */
  aggressiveTail: boolean;
}

export interface RefineResult {
  /** Authors named by bios dropped from the tail. */
  bioAuthors: string[];
  bioText: string | null;
}

/** Blocks arrive whitespace-collapsed; case is the only variation worth folding (a regex pass here costs more than the rest of the stage). */
function normalise(text: string): string {
  return text.toLowerCase();
}

/** Containment search is quadratic-ish; only small documents get it. */
const CONTAINMENT_LIMIT = 300_000;

export function markBoilerplate(pieces: Piece[]): void {
  for (const p of pieces) {
    if (p.drop === null) p.drop = boilerplateReason(p.text);
  }
}

/** Where a piece's text starts once a dateline ("KINSHASA, February 14. ") is left aside; 0 when it has none. */
function afterDateline(text: string): number {
  if (!/^[A-Z][A-Za-z]/.test(text)) return 0;
  const d = findDateline(text, 0);
  return d?.span ? text.length - text.slice(d.span.end).replace(/^[\s\-–—:.]+/, '').length : 0;
}

export function markDuplicates(pieces: Piece[]): void {
  const seen = new Map<string, number>();
  let total = 0;
  for (const p of pieces) total += p.text.length;
  const contain = total <= CONTAINMENT_LIMIT;
  let keptText = ' ';
  let keptCount = 0;
  const openings: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.drop !== null) continue;
    const key = normalise(p.text);
    if (key.length >= 20 && seen.has(key)) {
      p.drop = 'duplicate';
      continue;
    }
    // A lede printed above as a standfirst and again under its dateline: keep the copy with the dateline.
    // Only worth a dateline parse when an earlier lede's opening words occur a little way into this block.
    const cut = key.length >= 60 && ++keptCount <= 6 && openings.some((o) => key.indexOf(o, 1) > 0) ? afterDateline(p.text) : 0;
    if (key.length >= 60 && keptCount <= 6) openings.push(key.slice(0, 40));
    const earlier = cut > 0 ? seen.get(key.slice(cut)) : undefined;
    if (earlier !== undefined && pieces[earlier].drop === null) pieces[earlier].drop = 'duplicate';
    if (contain && key.length >= 40 && key.length <= 400 && keptText.includes(` ${key} `)) {
      p.drop = 'duplicate';
      continue;
    }
    seen.set(key, i);
    if (contain) keptText += `${key} `;
  }
}

const QUOTED = /^["“‘«'„]([^"“”«»]{8,280})["”’»']\s*(?:[-–—]\s*[\p{Lu}][\p{L} .'’-]{1,60})?$/u;

function letters(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Pull quotes: a short paragraph that is only a quotation (perhaps with "— Speaker") repeating
 * words printed elsewhere in the article. The article text keeps the quote where it was said.
 * `eligible` narrows the candidates (web pages: not a plain <p>, which is an article paragraph
 * quoting a slogan the page repeats in an embed).
 */
export function markPullQuotes(pieces: Piece[], eligible: (i: number) => boolean = () => true): void {
  let body: string | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.drop !== null || p.kind === 'heading' || p.kind === 'list-item' || p.text.length > 340) continue;
    const m = QUOTED.exec(p.text);
    // A pull quote is a whole sentence; a quoted phrase ("My fears have been realized") is a heading or a slogan.
    if (!m || !/[.!?…]$/.test(m[1]) || !eligible(i)) continue;
    const words = letters(m[1]);
    if (words.split(' ').length < 3) continue;
    body ??= ` ${pieces.map((q, j) => (q.drop === null ? letters(q.text) : '')).join(' ')} `;
    // The quote's words must occur twice in the kept text: here and where it was said.
    const at = body.indexOf(` ${words} `);
    if (at >= 0 && body.indexOf(` ${words} `, at + 1) >= 0) p.drop = 'pull-quote';
  }
}

/** A closing "Related …" / "Comments" heading: everything after it goes with it. */
export function markClosingSections(pieces: Piece[]): void {
  const keptBefore: number[] = [];
  let acc = 0;
  for (const p of pieces) {
    keptBefore.push(acc);
    if (p.drop === null) acc += p.text.length;
  }
  const total = acc;
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if ((p.drop !== 'related' && p.drop !== 'comments') || p.text.length > 60) continue;
    const after = total - keptBefore[i];
    if (keptBefore[i] < 200 || after > keptBefore[i]) continue;
    for (let j = i + 1; j < pieces.length; j++) pieces[j].drop ??= p.drop;
    return;
  }
}

function isCreditLine(text: string): boolean {
  return /\b(?:reporting|writing|editing)\s+by\b/i.test(text) && text.length < 300;
}

/** A kept piece before pieces[i] ends like a sentence: there is a body above it. */
function sentenceBefore(pieces: Piece[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) if (pieces[j].drop === null && endsLikeSentence(pieces[j].text)) return true;
  return false;
}

/** Walks back from the end dropping bios, disclaimers and short furniture; stops at the last real paragraph. */
export function trimTail(pieces: Piece[], opts: RefineOptions): RefineResult {
  const result: RefineResult = { bioAuthors: [], bioText: null };
  const trimmed: Piece[] = [];
  for (let i = pieces.length - 1; i >= 0; i--) {
    const p = pieces[i];
    if (p.drop !== null) continue;
    if (isCreditLine(p.text) || parseByline(p.text)) break;
    if (isDisclaimer(p.text)) {
      p.drop = 'footer';
      continue;
    }
    const bio = parseAuthorBio(p.text);
    if (bio) {
      p.drop = 'author-bio';
      result.bioAuthors.unshift(...bio);
      result.bioText = p.text;
      continue;
    }
    // Prose with no full stop is a trailing teaser or caption only below a body of sentences: the only
    // paragraph of a copy (under its headline at most) is the article, however it ends.
    const furniture = opts.aggressiveTail
      ? !endsLikeSentence(p.text) &&
        (p.text.length < 25 || (isHeadlineLike(p.text) && (!readsAsProse(p.text) || (!paragraphAtEnd(p.text) && sentenceBefore(pieces, i)))))
      : p.kind === 'heading';
    if (!furniture) break;
    p.drop = 'footer';
    trimmed.push(p);
  }
  // A text copy with no sentence at all (a wire brief that is only its headline, an earnings table)
  // is its own short text: furniture is only what trails a body, so keep what the walk took.
  // (A page whose HTML holds nothing but headings stays empty: its text is not an article.)
  if (opts.aggressiveTail && !pieces.some((p) => p.drop === null && p.kind === 'paragraph')) for (const p of trimmed) p.drop = null;
  return result;
}
