// PTB/CoNLL-style tokenizer: one forward pass over char codes, no regexes and
// no per-character allocation. Besides offsets it records each token's kind
// and the kind of whitespace before it, which the sentence splitter needs.

import {
  DIGIT, HIGH_SURROGATE, LOW_SURROGATE, LOWER, NEWLINE, PUNCT, SPACE, UPPER,
  astralClassOf, classOf, isApostrophe, isHyphen, isLetterClass, isWordClass,
} from './chars.js';
import { emailDomainEnd, handleEnd, isBlankAt, isHandleStart, urlEnd, urlPrefix } from './links.js';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLES } from '../lexicons/abbreviations.js';
import type { Layout } from './layout.js';

export const Kind = {
  Word: 0,
  Number: 1,
  /** Title with its period ("Gen.", "No." before a number): never ends a sentence. */
  Title: 2,
  /** Abbreviation or initialism with its period ("Inc.", "U.S."). */
  Abbrev: 3,
  /** Single capital initial with its period ("J."). */
  Initial: 4,
  /** URL, e-mail, @handle, #tag. */
  Link: 5,
  /** Clitic split off a word: 's n't 're 've 'll 'd 'm. */
  Clitic: 6,
  /** . ! ? … and runs of them. */
  Terminal: 7,
  Open: 8,
  Close: 9,
  /** Straight or ambiguous quote: " ' ’ '' ’’. */
  Quote: 10,
  Dash: 11,
  Other: 12,
} as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

export const Gap = {
  None: 0,
  Space: 1,
  /** A newline inside a hard-wrapped paragraph. */
  SoftNewline: 2,
  /** A newline that ends a line of its own (heading, paragraph). */
  HardNewline: 3,
  Paragraph: 4,
} as const;
export type Gap = (typeof Gap)[keyof typeof Gap];

export interface RawTokens {
  starts: number[];
  ends: number[];
  kinds: Kind[];
  /** Whitespace before each token. */
  gaps: Gap[];
  /** Whether the text arrives tokenised (Layout.tokensApart). */
  tokensApart: boolean;
}

/** Scratch result of scanWord (avoids allocating a result object per word). */
let wordKind: Kind = Kind.Word;

export function tokenize(text: string, layout: Layout): RawTokens {
  const n = text.length;
  const starts: number[] = [];
  const ends: number[] = [];
  const kinds: Kind[] = [];
  const gaps: Gap[] = [];
  let newlines = 0;
  let sawSpace = false;
  let lineStart = 0;
  let lineFirst = -1;
  let prevLineLen = 0;
  let prevEnd = -1;
  let i = 0;

  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = classOf(c);
    if (cls === SPACE) {
      sawSpace = true;
      i++;
      continue;
    }
    if (cls === NEWLINE) {
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      if (newlines === 0) prevLineLen = lineFirst >= 0 ? prevEnd - lineFirst : 0;
      newlines++;
      lineFirst = -1;
      i++;
      lineStart = i;
      continue;
    }

    let gap: Gap;
    if (prevEnd < 0) gap = Gap.Paragraph;
    else if (newlines >= 2) gap = Gap.Paragraph;
    else if (newlines === 1) {
      const last = kinds.length > 0 ? kinds[kinds.length - 1] : Kind.Terminal;
      // A lower-case line start after an unfinished line continues it, whatever the layout.
      const continued = cls === LOWER && last !== Kind.Terminal && last !== Kind.Close && last !== Kind.Quote;
      const hard = !continued && (!layout.wrapped || i > lineStart || prevLineLen < layout.shortLine);
      gap = hard ? Gap.HardNewline : Gap.SoftNewline;
    } else gap = sawSpace ? Gap.Space : Gap.None;
    newlines = 0;
    sawSpace = false;
    if (lineFirst < 0) lineFirst = i;

    const start = i;
    let kind: Kind;
    const prevKind = kinds.length > 0 ? kinds[kinds.length - 1] : Kind.Other;
    const attached = prevEnd === i && (prevKind === Kind.Word || prevKind === Kind.Number || prevKind === Kind.Abbrev || prevKind === Kind.Initial);

    if (isWordClass(cls) || (cls === HIGH_SURROGATE && isAstralWord(text, i))) {
      let u: number;
      if (attached && (c | 32) === 0x6e && isNotClitic(text, i)) {
        i += 3;
        kind = Kind.Clitic;
      } else if ((u = urlPrefix(text, i)) > 0) {
        i = urlEnd(text, i, u);
        kind = Kind.Link;
      } else {
        i = scanWord(text, i);
        kind = wordKind;
        if (kind === Kind.Number && gap >= Gap.SoftNewline && isListNumber(text, start, i)) {
          i++; // "1. Name" at the start of a line: a list or rank number keeps its period.
          kind = Kind.Title;
        }
      }
    } else if (isSignedNumberStart(text, i, c)) {
      i = scanWord(text, classOf(text.charCodeAt(i + 1)) === DIGIT ? i + 1 : i + 2);
      kind = Kind.Number;
    } else if (isApostrophe(c)) {
      const len = attached ? cliticLength(text, i + 1) : 0;
      if (len > 0) {
        i += 1 + len;
        kind = Kind.Clitic;
      } else {
        // two apostrophes, or two right single quotes (AP's closing mark ’’), stand for one double mark
        i += (c === 0x27 || c === 0x2019) && text.charCodeAt(i + 1) === c ? 2 : 1;
        kind = Kind.Quote;
      }
    } else if ((c === 0x40 || c === 0x23) && isHandleStart(c, text.charCodeAt(i + 1))) {
      i = handleEnd(text, i + 1);
      kind = Kind.Link;
    } else {
      i = punctEnd(text, i, c, cls);
      kind = punctKind(c);
    }

    starts.push(start);
    ends.push(i);
    kinds.push(kind);
    gaps.push(gap);
    prevEnd = i;
  }
  return { starts, ends, kinds, gaps, tokensApart: layout.tokensApart };
}

function isAstralWord(text: string, i: number): boolean {
  const cp = text.codePointAt(i) ?? 0;
  return cp > 0xffff && isWordClass(astralClassOf(cp));
}

/** "n't" right after a word ("do|n't"). */
function isNotClitic(text: string, i: number): boolean {
  return isApostrophe(text.charCodeAt(i + 1)) && (text.charCodeAt(i + 2) | 32) === 0x74 && !isWordClass(classOf(text.charCodeAt(i + 3)));
}

/** Length of a clitic suffix (s, re, ve, ll, d, m) starting at i and ending the word; 0 if none. */
function cliticLength(text: string, i: number): number {
  const a = text.charCodeAt(i) | 32;
  const b = text.charCodeAt(i + 1);
  if (!isWordClass(classOf(b)) && !isApostrophe(b)) {
    return a === 0x73 || a === 0x64 || a === 0x6d ? 1 : 0; // s d m
  }
  if (isWordClass(classOf(text.charCodeAt(i + 2))) || isApostrophe(text.charCodeAt(i + 2))) return 0;
  const bl = b | 32;
  if ((a === 0x72 || a === 0x76) && bl === 0x65) return 2; // re ve
  if (a === 0x6c && bl === 0x6c) return 2; // ll
  return 0;
}

/**
 * Scans a word or number from i; sets wordKind and returns its end.
 * Keeps inside the token: hyphens between word characters, "." "," ":" "/"
 * between digits, dots of initialisms and domains, apostrophes that are not
 * clitics (O'Brien), "&" between capitals (S&P), e-mail addresses.
 */
function scanWord(text: string, i: number): number {
  const n = text.length;
  const start = i;
  let segStart = i;
  let dots = 0;
  let maxSeg = 0;
  let lettersOnly = true;
  wordKind = classOf(text.charCodeAt(i)) === DIGIT ? Kind.Number : Kind.Word;

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = classOf(c);
      if (isLetterClass(cls)) {
        i++;
        continue;
      }
      if (isWordClass(cls)) {
        lettersOnly = false;
        i++;
        continue;
      }
      if (cls === HIGH_SURROGATE && isAstralWord(text, i)) {
        lettersOnly = false;
        i += 2;
        continue;
      }
      const prev = classOf(text.charCodeAt(i - 1));
      const next = classOf(text.charCodeAt(i + 1));
      if (c === 0x2e) {
        if (prev === DIGIT && next === DIGIT) {
          i++;
          continue;
        }
        // Initialism ("U.S") or domain ("reuters.com"); "end.Next" splits.
        if (isLetterClass(prev) && isLetterClass(next) && ((i - segStart <= 2 && isShortSegment(text, i + 1)) || next === LOWER)) {
          dots++;
          if (i - segStart > maxSeg) maxSeg = i - segStart;
          i++;
          segStart = i;
          continue;
        }
        break;
      }
      if (c === 0x2c || c === 0x3a || c === 0x2f) {
        if (prev === DIGIT && next === DIGIT) {
          lettersOnly = false;
          i++;
          continue;
        }
        break;
      }
      if (isHyphen(c)) {
        if ((isWordClass(prev) || (prev === PUNCT && dots > 0)) && isWordClass(next)) {
          lettersOnly = false;
          i++;
          continue;
        }
        break;
      }
      if (c === 0x26) {
        if (prev === UPPER && next === UPPER) {
          lettersOnly = false;
          i++;
          continue;
        }
        break;
      }
      if (isApostrophe(c)) {
        if (!isLetterClass(next) || !isWordClass(prev)) break;
        if (cliticLength(text, i + 1) > 0) break;
        // "do|n't": the word ends before the n.
        if ((text.charCodeAt(i + 1) | 32) === 0x74 && (text.charCodeAt(i - 1) | 32) === 0x6e && !isWordClass(classOf(text.charCodeAt(i + 2))) && i - 1 > start) {
          i--;
          break;
        }
        lettersOnly = false;
        i++;
        continue;
      }
      if (c === 0x40 && isWordClass(prev) && isWordClass(next)) {
        const end = emailDomainEnd(text, i + 1);
        if (end > 0) {
          wordKind = Kind.Link;
          return end;
        }
      }
      break;
    }

    if (i >= n) return i;
    const c = text.charCodeAt(i);
    if (c === 0x24 && lettersOnly && dots === 0 && i - start <= 3 && isCurrencyPrefix(text, start, i)) {
      wordKind = Kind.Word;
      return i + 1; // "US$", "HK$", "C$"
    }
    if (c === 0x2f && dots > 0 && lettersOnly && i - segStart >= 2 && !isBlankAt(text, i + 1)) {
      // A bare domain with a path: "reuters.com/world/…".
      wordKind = Kind.Link;
      return urlEnd(text, start, i - start);
    }
    if (c !== 0x2e || text.charCodeAt(i + 1) === 0x2e) return i;
    const kind = periodKind(text, start, i, dots, maxSeg, segStart, lettersOnly);
    if (kind === Kind.Word) return i;
    i++;
    wordKind = kind;
    // "U.S.-led" continues as one hyphenated word.
    if (isHyphen(text.charCodeAt(i)) && isWordClass(classOf(text.charCodeAt(i + 1))) && dots > 0) {
      wordKind = Kind.Word;
      continue;
    }
    return i;
  }
}

/** A short all-digit number alone at a line start, followed by ". ". */
function isListNumber(text: string, start: number, end: number): boolean {
  if (end - start > 3 || text.charCodeAt(end) !== 0x2e || classOf(text.charCodeAt(end + 1)) !== SPACE) return false;
  for (let j = start; j < end; j++) if (classOf(text.charCodeAt(j)) !== DIGIT) return false;
  return true;
}

/** "+44", "-0.5", ".500": a sign or point glued to a number, not following a word. */
function isSignedNumberStart(text: string, i: number, c: number): boolean {
  if (c !== 0x2b && c !== 0x2d && c !== 0x2212 && c !== 0x2e) return false;
  let j = i + 1;
  if (c !== 0x2e && text.charCodeAt(j) === 0x2e) j++;
  if (classOf(text.charCodeAt(j)) !== DIGIT) return false;
  if (i === 0) return true;
  const p = text.charCodeAt(i - 1);
  const cls = classOf(p);
  return cls === SPACE || cls === NEWLINE || p === 0x28 || p === 0x3d || p === 0x2f;
}

/** Capital letters of a currency prefix before "$" that is followed by an amount or space. */
function isCurrencyPrefix(text: string, start: number, end: number): boolean {
  for (let j = start; j < end; j++) if (classOf(text.charCodeAt(j)) !== UPPER) return false;
  const next = classOf(text.charCodeAt(end + 1));
  return next === DIGIT || next === SPACE || next === NEWLINE;
}

/** Whether the word [start, dot) keeps the period at dot; Kind.Word when it does not. */
function periodKind(text: string, start: number, dot: number, dots: number, maxSeg: number, segStart: number, lettersOnly: boolean): Kind {
  if (!lettersOnly) return Kind.Word;
  const len = dot - start;
  if (dots > 0) return maxSeg <= 2 && dot - segStart <= 2 ? Kind.Abbrev : Kind.Word;
  if (len === 1) return classOf(text.charCodeAt(start)) === UPPER ? Kind.Initial : Kind.Word;
  if (len > 6) return Kind.Word;
  const word = text.slice(start, dot);
  if (NUMBER_ABBREVIATIONS.has(word) && nextIsDigit(text, dot + 1)) return Kind.Title;
  if (TITLES.has(word)) return Kind.Title;
  if (ABBREVIATIONS.has(word)) return Kind.Abbrev;
  return Kind.Word;
}

/** A letter run of at most two letters at i, as in "U.S", "Ph.D" (not "A.Smith"). */
function isShortSegment(text: string, i: number): boolean {
  let j = i;
  while (j < i + 3 && isLetterClass(classOf(text.charCodeAt(j)))) j++;
  return j - i <= 2 && !isLetterClass(classOf(text.charCodeAt(j)));
}

function nextIsDigit(text: string, i: number): boolean {
  while (classOf(text.charCodeAt(i)) === SPACE && i < text.length) i++;
  return classOf(text.charCodeAt(i)) === DIGIT;
}

/** End of a punctuation token at i: runs of . ! ? … - ` make one token. */
function punctEnd(text: string, i: number, c: number, cls: number): number {
  if (cls === HIGH_SURROGATE) return classOf(text.charCodeAt(i + 1)) === LOW_SURROGATE ? i + 2 : i + 1;
  const n = text.length;
  let j = i + 1;
  if (c === 0x21 || c === 0x3f) {
    while (j < n && (text.charCodeAt(j) === 0x21 || text.charCodeAt(j) === 0x3f)) j++;
  } else if (c === 0x2e || c === 0x2d || c === 0x2026 || c === 0x60 || c === 0x2014 || c === 0x2013 || c === 0x2a || c === 0x3d) {
    while (j < n && text.charCodeAt(j) === c) j++;
  }
  return j;
}

function punctKind(c: number): Kind {
  switch (c) {
    case 0x2e: case 0x21: case 0x3f: case 0x2026:
      return Kind.Terminal;
    case 0x28: case 0x5b: case 0x7b: case 0x201c: case 0x201e: case 0xab: case 0x2039: case 0x2018: case 0x201a: case 0x60:
      return Kind.Open;
    case 0x29: case 0x5d: case 0x7d: case 0x201d: case 0xbb: case 0x203a:
      return Kind.Close;
    case 0x22:
      return Kind.Quote;
    case 0x2d: case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      return Kind.Dash;
    default:
      return Kind.Other;
  }
}
