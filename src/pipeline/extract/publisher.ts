// The publisher as a plain-text copy states it: an about-line near the end ("X is ACME's
// online journal …") or a copyright footer ("© 2024 ACME. All rights reserved.").
import type { Piece } from './assemble.js';
import type { Found } from './path-result.js';

const ORG = "([\\p{Lu}][\\p{L}\\p{N}&.-]*(?:\\s+(?:[\\p{Lu}][\\p{L}\\p{N}&.-]*|of|for|and|the)){0,5})";
const POSSESSIVE_RE = new RegExp(`${ORG}[’']s\\s+(?:own\\s+)?(?:online\\s+|digital\\s+|weekly\\s+|daily\\s+|flagship\\s+)?(?:journal|publication|magazine|newspaper|website|newsletter|blog|podcast|news service)\\b`, 'u');
const COPYRIGHT_RE = new RegExp(`(?:©|\\(c\\)|copyright)\\s*(?:(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?\\s*,?\\s*)${ORG}`, 'iu');

const TAIL_PIECES = 12;
/** Cheap test before the costly patterns: most blocks name no publication. */
const CUE_RE = /journal|publication|magazine|newspaper|website|newsletter|blog|podcast|news service|©|\(c\)|copyright/i;

export function findPublisherInText(pieces: Piece[]): Found<string> | null {
  for (let i = pieces.length - 1, n = 0; i >= 0 && n < TAIL_PIECES; i--, n++) {
    const text = pieces[i].text;
    if (!CUE_RE.test(text)) continue;
    const m = POSSESSIVE_RE.exec(text) ?? (pieces[i].drop === 'footer' || /rights reserved/i.test(text) ? COPYRIGHT_RE.exec(text) : null);
    if (m) {
      const name = m[1].replace(/[.,]+$/, '').replace(/\s+(?:and|the|of|for)$/i, '');
      if (name.length >= 2) return { value: name, evidence: { origin: 'text', text }, piece: pieces[i].drop === null ? i : undefined };
    }
  }
  return null;
}
