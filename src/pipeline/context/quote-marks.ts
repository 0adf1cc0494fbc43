// Quotation regions from the marks in the text. Curly marks and guillemets say which way they
// go; a straight mark, or two apostrophes standing for one (''…'', the convention of some
// newspaper archives), is read from its neighbours (space before and a word after opens, a word
// before and a space or punctuation after closes). A quotation still open when a new one opens,
// or when its paragraph ends, ran to the end of its paragraph: the next opening continues it
// (the BBC and AP convention for a quote over several paragraphs, also when a copy has joined
// those paragraphs into one line). A quotation open at its paragraph's end that a later paragraph
// closes without reopening it (paragraphs with no mark between them, then one whose odd count of
// marks starts with a closing one after words of its own: "“A. ¶ B,” she said.") ran over all of
// them as one, when it opened its paragraph (so no attribution before it there is lost).
import type { Span } from '../../types.js';
import { isCommunicationVerb } from '../senses/word-senses.js';
import { SPEECH_VERBS } from '../lexicons/attribution.js';
import { MODALS } from './phrases.js';
import { singleQuoteRegions } from './single-quote-marks.js';
import { tokenisedLines } from './sentence-lines.js';

export interface QuoteMarksRegion {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the end of the quoted words when none closes it. */
  close: number;
  /** No closing mark: the quotation ran to the end of its paragraph (or to the next opening). */
  unclosed: boolean;
  /** Continues the previous region, which was left open (a new paragraph of the same quotation). */
  continues: boolean;
}

// two grave accents open what two apostrophes close (``…'', the Penn Treebank convention of
// tokenised news archives): read as straight, the closing '' between spaces opened a quotation
// that ran over the rest of the paragraph
const CURLY_OPEN: Record<string, string> = { '“': '”', '«': '»', '„': '“', '``': "''" };
// two right single quotes close like ” (the AP wire's closing mark, “…’’); one alone is an
// apostrophe or closes a quote inside a quote, so it is not read
const CURLY_CLOSE = new Set(['”', '»', '’’']);
/**
 * Every mark the loop below reads (it jumps from one to the next). Three apostrophes are one mark:
 * a quote inside a quote ending with the outer one (the AP's "'Get out!'''"), read whole, since the
 * last two alone, after the first, read as opening one.
 */
const QUOTE_CHARS = /``|'''|''|’’|["“”«»„]/g;
/** Marks that do not say which way they go. */
const STRAIGHT = new Set(['"', "''", "'''"]);

type Direction = 'open' | 'close' | 'either';

/** Which way the straight mark of `length` characters at i goes. */
function straightDirection(text: string, i: number, length: number): Direction {
  const before = i > 0 ? text[i - 1] : ' ';
  const after = i + length < text.length ? text[i + length] : ' ';
  const spaceBefore = /[\s([{\u2014\u2013-]/.test(before);
  const spaceAfter = /[\s)\]}.,;:!?\u2014\u2013-]/.test(after) || i + length >= text.length;
  if (spaceBefore && !spaceAfter) return 'open';
  if (!spaceBefore && spaceAfter) return 'close';
  return 'either';
}

const closedBefore = (text: string, from: number, end: number) => {
  const k = text.indexOf('”', from);
  return k >= 0 && k < end;
};

/** How far a quotation left open may run on over paragraphs with no mark before the one closing it. */
const MAX_UNMARKED_PARAGRAPHS = 4;

/** Every quotation mark in [from, to). */
function marksIn(text: string, from: number, to: number): Array<{ at: number; mark: string }> {
  const out: Array<{ at: number; mark: string }> = [];
  QUOTE_CHARS.lastIndex = from;
  for (let m = QUOTE_CHARS.exec(text); m && m.index < to; m = QUOTE_CHARS.exec(text)) out.push({ at: m.index, mark: m[0] });
  return out;
}

/**
 * A mark that ends a sentence's words as a closing one does: after a comma or a sentence's end,
 * which no verb of speaking comes right before (", X said, " It …" opens a quotation). A verb
 * after a modal or "to" attributes nothing ("That's all I can say," closes what it ends).
 */
function closesWords(text: string, from: number, at: number): boolean {
  const words = /(?:([\p{L}'’]+)\s+)?([\p{L}'’]+)?\s*([,.?!])\s*$/u.exec(text.slice(from, at));
  const verb = words?.[2]?.toLowerCase();
  const helped = MODALS_AND_TO.has(words?.[1]?.toLowerCase() ?? '');
  return !!words && (helped || !(verb && (SPEECH_VERBS.has(verb) || isCommunicationVerb(verb))));
}

/** Words before a verb's bare form: it is no attribution's past or present tense. */
const MODALS_AND_TO: ReadonlySet<string> = new Set([...MODALS, 'to']);

/**
 * The paragraph after paragraph k (past ones with no mark at all) whose first mark closes the
 * quotation opening paragraph k at `open` (wanting `want`), and that mark: it ends words of its
 * own in its paragraph, reads as closing (or either way, for a straight mark of the same kind),
 * and leaves an even number of marks after it to pair among themselves.
 */
function closedLater(text: string, paras: Span[], k: number, open: number, want: string, linesAreSentences: boolean): { para: number; at: number } | null {
  // a line of text written a sentence a line is a sentence, not the writer's paragraph: a quotation
  // opened inside it, with words of its own there, may run on over the next sentences ("According
  // to X, “A . ¶ B . ¶ C,” he said"); a mark ending its line is likelier one misread (“A,” “B . ”)
  const opensParagraph = text.slice(paras[k].start, open).trim() === '';
  if (!opensParagraph && !(linesAreSentences && /[\p{L}\p{N}]/u.test(text.slice(open, paras[k].end)))) return null;
  for (let j = k + 1; j < paras.length && j <= k + 1 + MAX_UNMARKED_PARAGRAPHS; j++) {
    const marks = marksIn(text, paras[j].start, paras[j].end);
    if (!marks.length) continue;
    const { at, mark } = marks[0];
    if (marks.length % 2 === 0 || !closesWords(text, paras[j].start, at)) return null;
    // a straight mark of either kind closes a straight one ("''A. ¶ B," she said": as inside a paragraph)
    const closes = STRAIGHT.has(want) ? STRAIGHT.has(mark) && straightDirection(text, at, mark.length) !== 'open' : CURLY_CLOSE.has(mark) || mark === want;
    return closes ? { para: j, at } : null;
  }
  return null;
}

/**
 * QUOTE_CHARS.exec from an offset, leaving lastIndex as exec does. A search from a paragraph without marks runs
 * on to the next mark, however far: the mark it found is remembered and answers every later search that starts
 * between where that one started and the mark (a match is tried at each offset on its own, so the answer is the
 * same), so a text of many unquoted paragraphs is scanned once, not once per paragraph.
 */
function markSearch(text: string): (from: number) => RegExpExecArray | null {
  let last: { from: number; match: RegExpExecArray | null } | null = null;
  return (from) => {
    if (last && last.from <= from && (last.match === null || from <= last.match.index)) {
      QUOTE_CHARS.lastIndex = last.match ? last.match.index + last.match[0].length : 0;
      return last.match;
    }
    QUOTE_CHARS.lastIndex = from;
    last = { from, match: QUOTE_CHARS.exec(text) };
    return last.match;
  };
}

/** The last text and paragraphs quoteRegions read, and its answer: the document context and the attribution tokens both ask of each document. */
let lastRegions: { text: string; paragraphs: Span[]; regions: readonly QuoteMarksRegion[] } | null = null;

/** The quotation regions of a text in its paragraphs (see readQuoteRegions); the answer is shared, not to be changed. */
export function quoteRegions(text: string, paragraphs: Span[]): readonly QuoteMarksRegion[] {
  if (lastRegions?.text === text && lastRegions.paragraphs === paragraphs) return lastRegions.regions;
  const regions = Object.freeze(readQuoteRegions(text, paragraphs).map((r) => Object.freeze(r)));
  lastRegions = { text, paragraphs, regions };
  return regions;
}

function readQuoteRegions(text: string, paragraphs: Span[]): QuoteMarksRegion[] {
  const out: QuoteMarksRegion[] = [];
  const markFrom = markSearch(text);
  const paras = paragraphs.length ? paragraphs : [{ start: 0, end: text.length }];
  const linesAreSentences = tokenisedLines(text, paras);
  let carried = false;
  // the paragraph and offset a quotation run on over paragraphs closed at: reading resumes after it
  let resume: { para: number; at: number } | null = null;
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    let open = -1;
    let want = '';
    let continues = false;
    const leaveOpen = (end: number) => {
      let e = end;
      while (e > open + 1 && /\s/.test(text[e - 1])) e--;
      out.push({ open, close: e, unclosed: true, continues });
    };
    const from = resume ? resume.at + 1 : p.start;
    resume = null;
    for (let m = markFrom(from); m && m.index < p.end; m = markFrom(QUOTE_CHARS.lastIndex)) {
      const i = m.index;
      const c = m[0];
      let dir: Direction | null = null;
      if (CURLY_OPEN[c] && !(c === '“' && want === '“')) dir = 'open';
      // a closing mark typed where an opening one belongs (nothing open, a space or the line's
      // start before it and a word after: "”We will win,” she said"), as some web copy has it; only
      // where another ” closes it in the paragraph (an inch mark, "6 ”wide", opens nothing)
      else if (c === '”' && open < 0 && straightDirection(text, i, 1) === 'open' && closedBefore(text, i + 1, p.end)) dir = 'open';
      else if (CURLY_CLOSE.has(c) || (c === '“' && want === '“')) dir = 'close';
      else if (STRAIGHT.has(c)) dir = straightDirection(text, i, c.length);
      if (!dir) continue;
      if (open >= 0 && dir !== 'open') {
        out.push({ open, close: i, unclosed: false, continues });
        open = -1;
        continue;
      }
      if (dir === 'close') continue; // a stray closing mark
      if (open >= 0) {
        // still open: the quotation ran on into this new paragraph of it
        leaveOpen(i);
        continues = true;
      } else continues = carried && text.slice(p.start, i).trim() === '';
      carried = false;
      open = i;
      want = c === "'''" ? "''" : STRAIGHT.has(c) ? c : CURLY_OPEN[c] ?? '”';
    }
    carried = false;
    if (open >= 0) {
      const later = closedLater(text, paras, k, open, want, linesAreSentences);
      if (later) {
        out.push({ open, close: later.at, unclosed: false, continues });
        resume = later;
        k = later.para - 1;
        continue;
      }
      leaveOpen(p.end);
      carried = true;
    }
  }
  const single = singleQuoteRegions(text, paras, out);
  return single.length ? [...out, ...single].sort((x, y) => x.open - y.open) : out;
}
