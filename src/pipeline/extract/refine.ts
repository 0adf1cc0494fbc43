// Block-level clean-up shared by the text and HTML paths: boilerplate phrases, repeated
// blocks (a lede or pull quote printed twice keeps its first copy), a "Related"/"Comments"
// section closing the page, and the furniture trailing after the last paragraph.
import type { Piece } from './assemble.js';
import { boilerplateReason, isDisclaimer } from './boilerplate-lexicon.js';
import { parseAuthorBio, parseByline } from './byline.js';
import { endsLikeSentence, isHeadlineLike } from './headline.js';

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

export function markDuplicates(pieces: Piece[]): void {
  const seen = new Set<string>();
  let total = 0;
  for (const p of pieces) total += p.text.length;
  const contain = total <= CONTAINMENT_LIMIT;
  let keptText = ' ';
  for (const p of pieces) {
    if (p.drop !== null) continue;
    const key = normalise(p.text);
    if (key.length >= 20 && seen.has(key)) {
      p.drop = 'duplicate';
      continue;
    }
    if (contain && key.length >= 40 && key.length <= 400 && keptText.includes(` ${key} `)) {
      p.drop = 'duplicate';
      continue;
    }
    seen.add(key);
    if (contain) keptText += `${key} `;
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

/** Walks back from the end dropping bios, disclaimers and short furniture; stops at the last real paragraph. */
export function trimTail(pieces: Piece[], opts: RefineOptions): RefineResult {
  const result: RefineResult = { bioAuthors: [], bioText: null };
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
    const furniture = opts.aggressiveTail
      ? !endsLikeSentence(p.text) && (p.text.length < 25 || isHeadlineLike(p.text))
      : p.kind === 'heading';
    if (!furniture) break;
    p.drop = 'footer';
  }
  return result;
}
