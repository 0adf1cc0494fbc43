// Quotations in single marks ('…' or ‘…’), as some outlets write every quotation. A single mark is
// far more often an apostrophe ("it's", "the '90s", "rock 'n' roll", "Ngo'ng", "the Joneses' car",
// tokenised text's "Nichols ' fate"), so one is read only as a pair inside a paragraph: an opening
// mark after a space or the paragraph's start with a letter right after it, then a closing mark
// that ends words (after a word that is no plural's possessive, or after a comma or stop written
// apart) with a space, a stop or the paragraph's end after it. A pair around fewer than three
// words is a scare quote or a nickname ("the 'rebel' camp"), not a quotation. Inside a quotation in
// double marks a single-marked one is a quotation within it and stays part of that one.
import type { Span } from '../../types.js';
import type { QuoteMarksRegion } from './quote-marks.js';

const SINGLE = /['‘’]/g;
/** A quotation in single marks needs this many words: fewer are a scare quote or a name. */
const MIN_WORDS = 3;

/** The mark at i opens: a space, bracket or the paragraph's start before it, a letter after it. */
function opensAt(text: string, i: number, from: number): boolean {
  if (text[i] === '’') return false;
  const before = i > from ? text[i - 1] : ' ';
  if (!/[\s([{\u2014\u2013]/.test(before)) return false;
  // "‘ Don ’ t move": tokenised text may set a curly opening mark apart from its first word
  const at = text[i] === '‘' && text[i + 1] === ' ' ? i + 2 : i + 1;
  if (!/\p{L}/u.test(text[at] ?? '')) return false;
  // tokenised text writes a clitic apart: "Felt 's death", "I 'm", "they 're", "we 'll"
  return !CLITIC.test(text.slice(at, at + 4));
}

const CLITIC = /^(?:s|m|d|t|re|ve|ll|n)(?![\p{L}])/iu;

/** The mark at i closes: it ends words and a space, a stop or the paragraph's end follows it. */
function closesAt(text: string, i: number, to: number): boolean {
  if (text[i] === '‘') return false;
  const after = i + 1 < to ? text[i + 1] : ' ';
  if (!/[\s.,;:!?)\]\u2014\u2013-]/.test(after)) return false;
  const before = text[i - 1] ?? ' ';
  // tokenised text: "shut up , '" closes after a mark written apart; "Nichols ' fate" is a possessive
  if (before === ' ') return /[,.!?]/.test(text[i - 2] ?? '');
  // "the Joneses' car": an apostrophe after a plural's s, before a lower-case word, is its possessive
  if (before === 's' && /^\s\p{Ll}/u.test(text.slice(i + 1, i + 3))) return false;
  return /[\p{L}\p{N}.,!?]/u.test(before);
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []).length;
}

/**
 * Regions of the quotations in single marks of each paragraph, outside the regions already found
 * (those in double marks), in text order.
 */
export function singleQuoteRegions(text: string, paragraphs: Span[], taken: QuoteMarksRegion[]): QuoteMarksRegion[] {
  const out: QuoteMarksRegion[] = [];
  const inside = (i: number) => taken.some((r) => r.open <= i && i <= r.close);
  for (const p of paragraphs) {
    let open = -1;
    SINGLE.lastIndex = p.start;
    for (let m = SINGLE.exec(text); m && m.index < p.end; m = SINGLE.exec(text)) {
      const i = m.index;
      if (inside(i)) continue;
      if (!closesAt(text, i, p.end) || open < 0) {
        // a later opening mark before any close: the first was an apostrophe
        if (opensAt(text, i, p.start)) open = i;
        continue;
      }
      if (wordCount(text.slice(open + 1, i)) >= MIN_WORDS) out.push({ open, close: i, unclosed: false, continues: false });
      open = -1;
    }
  }
  return out;
}
