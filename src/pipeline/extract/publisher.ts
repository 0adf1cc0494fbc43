// The publisher as a page states it in words: an about-line near the end ("X is ACME's online
// journal …"), a copyright line ("© 2024 ACME Ltd. All rights reserved.", "ACME © 2024 | Imprint"),
// or the site part of the page title ("Headline | ACME"). Names come back cleaned of years,
// legal forms and "All rights reserved".
import type { Piece } from './assemble.js';
import type { Found } from './path-result.js';

const ORG_WORD = "[\\p{Lu}][\\p{L}\\p{N}&'’-]*\\.?";
const ORG = `(${ORG_WORD}(?:\\s+(?:${ORG_WORD}|of|for|and|the|&)){0,5})`;
const POSSESSIVE_RE = new RegExp(`${ORG}[’']s\\s+(?:own\\s+)?(?:online\\s+|digital\\s+|weekly\\s+|daily\\s+|flagship\\s+)?(?:journal|publication|magazine|newspaper|website|newsletter|blog|podcast|news service)\\b`, 'u');
const MARK = '(?:©|\\(c\\)|copyright(?:\\s*©)?)';
const YEARS = '(?:19|20)\\d{2}(?:\\s*[-–]\\s*(?:19|20)\\d{2})?';
/** "© 2025 ACME", "Copyright (c) 2004-2025, ACME"; without a year only where the block is a site footer. */
const MARK_THEN_NAME = new RegExp(`${MARK}\\s*(${YEARS})?\\s*,?\\s*${ORG}`, 'iu');
/** "ACME © 2025", "ACME UAB · © 2025 · All rights reserved". */
const NAME_THEN_MARK = new RegExp(`^${ORG}\\s*[,·•|–—-]?\\s*${MARK}\\s*${YEARS}`, 'u');

const LEGAL_FORM = /\s*,?\s+(?:Ltd|Limited|Inc|Incorporated|LLC|L\.L\.C|plc|PLC|GmbH|AG|S\.?A|S\.?L|S\.?p\.?A|SAS|B\.?V|N\.?V|UAB|OÜ|SIA|AS|A\/S|AB|Oy|Pty|Co|Corp|Corporation|Company|LLP|LP)\.?$/;

/** "Great Lakes Monitor. All rights reserved" → "Great Lakes Monitor"; null when nothing name-like is left. */
export function cleanPublisher(raw: string): string | null {
  let name = raw
    .replace(/\s+/g, ' ')
    // "ACME | The region's news", "ACME | acme.example": the name comes first, a tagline or address after.
    .replace(/\s+[|–—]\s+.*$/, '')
    .replace(/\.?\s*all rights reserved.*$/i, '')
    .replace(/^(?:©|\(c\)|copyright)\s*/i, '')
    .replace(new RegExp(`^${YEARS}\\s*,?\\s*`), '')
    .replace(/(?<=\p{Ll}{2})\.\s.*$/u, '') // "ACME. Network edition." but not "U.S. News"
    .replace(/\s+(?:and|the|of|for|&)$/i, '')
    .trim();
  for (let prev = ''; prev !== name; ) {
    prev = name;
    name = name.replace(LEGAL_FORM, '').replace(/[.,;:·|]+$/, '').trim();
  }
  if (name.length < 2 || name.length > 80 || !/\p{L}/u.test(name) || /^(?:the|all|and|by)$/i.test(name)) return null;
  return name;
}

const CUE_RE = /journal|publication|magazine|newspaper|website|newsletter|blog|podcast|news service|©|\(c\)|copyright/i;

/** The copyright holder a block names, or null. */
export function copyrightHolder(text: string, isFooter: boolean): string | null {
  if (!/©|\(c\)|copyright/i.test(text)) return null;
  const before = NAME_THEN_MARK.exec(text);
  if (before) return cleanPublisher(before[1]);
  const after = MARK_THEN_NAME.exec(text);
  // A mark with no year and no footer is a photo credit ("© Jane Doe/ACME"), not the site's copyright.
  if (after && (after[1] || isFooter || /rights reserved/i.test(text))) return cleanPublisher(after[2]);
  return null;
}

const TAIL_PIECES = 12;

/** The publisher from the last blocks of a page: an about-line, else a copyright line. */
export function findPublisherInText(pieces: Piece[]): Found<string> | null {
  for (let i = pieces.length - 1, n = 0; i >= 0 && n < TAIL_PIECES; i--, n++) {
    const text = pieces[i].text;
    if (!CUE_RE.test(text)) continue;
    const possessive = POSSESSIVE_RE.exec(text);
    const name = possessive ? cleanPublisher(possessive[1]) : copyrightHolder(text, pieces[i].drop === 'footer');
    if (name) return { value: name, evidence: { origin: 'text', text }, piece: pieces[i].drop === null ? i : undefined };
  }
  return null;
}
