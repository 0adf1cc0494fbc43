// A wire story's credit line ("(Reporting by A in Amsterdam; Additional reporting by B; Writing by C;
// Editing by D)") says who made the story, not what happened: left in the text, its journalists become
// people in the story and their cities places in it. It leaves the text as a removed part (reason
// "credits"), and its reporters and writers are the article's authors.
import type { Piece } from './assemble.js';

/** A credit clause opening: "Reporting by", "Additional reporting by", "Writing by", "Editing by", "Compiled by". */
const CLAUSE = String.raw`(?:additional\s+)?(?:reporting|writing|written|editing|edited|compiled|reported)\s+by\b`;
/** A bracketed credit line closing a paragraph: "… in prison. (Reporting by A; Editing by B)". */
const TRAILING = new RegExp(String.raw`\s*\(\s*${CLAUSE}[^()]{1,280}\)\.?\s*$`, 'i');
/** A block that is a credit line and nothing else, bracketed or not. */
const WHOLE = new RegExp(String.raw`^\(?\s*${CLAUSE}[^()]{1,280}\)?\.?$`, 'i');

export const CREDITS = 'credits';

/** A block that is only a credit line. */
export function isCreditBlock(text: string): boolean {
  return text.length <= 300 && WHOLE.test(text.trim());
}

/**
 * Splits a bracketed credit line off the end of the last kept paragraph into a piece of its own,
 * dropped as credits. Returns whether it did.
 */
export function splitTrailingCredit(pieces: Piece[]): boolean {
  let last = pieces.length - 1;
  while (last >= 0 && pieces[last].drop !== null) last--;
  if (last < 0) return false;
  const p = pieces[last];
  const m = TRAILING.exec(p.text);
  if (!m || m.index === 0) return false;
  pieces.splice(last + 1, 0, { text: p.text.slice(m.index).trim(), kind: p.kind, drop: CREDITS });
  p.text = p.text.slice(0, m.index);
  return true;
}
