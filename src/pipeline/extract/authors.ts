// Authors from the blocks of a page, shared by the text and HTML paths, in order of trust:
// a byline near the top ("By A and B"), a credit line or byline at the end ("Reporting by A;
// Editing by B", "By A"), then author bios ("A is the X's correspondent …").
// A "By" line is page furniture wherever it stands and is dropped with reason "byline"; a
// credit line stays in the text (it says more than who wrote: where, who edited) and its span
// is the evidence.
import type { Piece } from './assemble.js';
import { parseAuthorBio, parseByline } from './byline.js';
import type { Found } from './path-result.js';

/** Reasons a byline block may already carry when the HTML path flagged it by its class names. */
const BYLINE_REASONS = new Set(['byline', 'author-bio', 'metadata', 'header', 'outside-article']);
const BY_START = /^(?:by|written by|words by|story by|text by|von|par|por|(?:authors?|words|text|reporter|writer)\s*:)\s/i;
const CREDIT = /\b(?:reporting|writing|written|reported|words)\s+by\b/i;
const HEAD_KEPT = 3;
const TAIL_KEPT = 6;

function found(names: string[], piece: Piece, index: number): Found<string[]> {
  return { value: names, evidence: { origin: 'text', text: piece.text }, ...(piece.drop === null ? { piece: index } : {}) };
}

/** A "By …" block near the top, before the third kept paragraph. `skip` is the title's index. */
export function headByline(pieces: Piece[], skip = -1): Found<string[]> | null {
  for (let i = 0, kept = 0; i < pieces.length && kept <= HEAD_KEPT; i++) {
    const p = pieces[i];
    if (i === skip) continue;
    if (p.drop === null) kept++;
    else if (!BYLINE_REASONS.has(p.drop)) continue;
    if (p.text.length > 200 || !(BY_START.test(p.text) || (p.drop !== null && CREDIT.test(p.text)))) continue;
    const names = parseByline(p.text);
    if (names) {
      p.drop = 'byline';
      return found(names, p, i);
    }
  }
  return null;
}

/** Reasons under which a page may have dropped its credit line (a "credits" class reads as a caption). */
const CREDIT_REASONS = new Set(['caption', 'byline', 'metadata', 'author-bio', 'footer']);

/** A credit line or "By" line among the last kept blocks (the "By" line is dropped, the credit line kept). */
export function tailByline(pieces: Piece[]): Found<string[]> | null {
  for (let i = pieces.length - 1, n = 0; i >= 0 && n < TAIL_KEPT; i--) {
    const p = pieces[i];
    if (p.drop !== null) {
      const names = CREDIT_REASONS.has(p.drop) && p.text.length <= 300 && CREDIT.test(p.text) ? parseByline(p.text) : null;
      if (names) return found(names, p, i);
      continue;
    }
    n++;
    if (p.text.length > 300 || !/\bby\b|:/i.test(p.text)) continue;
    const names = parseByline(p.text);
    if (!names) continue;
    if (!CREDIT.test(p.text)) p.drop = 'byline';
    return found(names, p, i);
  }
  return null;
}

/** Names from author bios the page path dropped. */
export function bioAuthors(pieces: Piece[]): Found<string[]> | null {
  const names: string[] = [];
  let evidence: string | null = null;
  for (const p of pieces) {
    if (p.drop !== 'author-bio') continue;
    const bio = parseAuthorBio(p.text);
    if (!bio) continue;
    names.push(...bio);
    evidence ??= p.text;
  }
  return evidence ? { value: [...new Set(names)], evidence: { origin: 'text', text: evidence } } : null;
}

/** The names of both, first one's first; the evidence of the first. */
export function mergeAuthors(a: Found<string[]> | null, b: Found<string[]> | null): Found<string[]> | null {
  if (!a || !b) return a ?? b;
  return { ...a, value: [...new Set([...a.value, ...b.value])] };
}
