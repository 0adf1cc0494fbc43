// Character classes for the tokenizer. A lazily filled table over UTF-16 code
// units keeps the hot loop to one array read per character (no regex per char).

export const UNKNOWN = 0;
export const SPACE = 1;
export const NEWLINE = 2;
export const UPPER = 3;
export const LOWER = 4;
/** Letters without case (Arabic, CJK …): may start a sentence. */
export const UNCASED = 5;
export const DIGIT = 6;
/** Combining marks, soft hyphen, ZWJ/ZWNJ, other numbers: continue a word. */
export const MARK = 7;
/** "_" and other connector punctuation. */
export const CONNECT = 8;
export const PUNCT = 9;
export const HIGH_SURROGATE = 10;
export const LOW_SURROGATE = 11;

const table = new Uint8Array(65536);

function classifySlow(code: number): number {
  if (code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029) return NEWLINE;
  if (code >= 0xd800 && code <= 0xdbff) return HIGH_SURROGATE;
  if (code >= 0xdc00 && code <= 0xdfff) return LOW_SURROGATE;
  // Invisible characters that carry no token content are skipped like spaces.
  if (code === 0x200b || code === 0x200e || code === 0x200f || code === 0x2060 || code === 0xfeff) return SPACE;
  if (code === 0xad || code === 0x200c || code === 0x200d) return MARK;
  const ch = String.fromCharCode(code);
  if (/\s/.test(ch)) return SPACE;
  return classifyString(ch);
}

function classifyString(ch: string): number {
  if (/[\p{Lu}\p{Lt}]/u.test(ch)) return UPPER;
  if (/\p{Ll}/u.test(ch)) return LOWER;
  if (/\p{L}/u.test(ch)) return UNCASED;
  if (/\p{Nd}/u.test(ch)) return DIGIT;
  if (/[\p{M}\p{No}\p{Nl}]/u.test(ch)) return MARK;
  if (/\p{Pc}/u.test(ch)) return CONNECT;
  return PUNCT;
}

for (let c = 0; c < 128; c++) table[c] = classifySlow(c);

/** Class of a UTF-16 code unit; NaN (past the end) reads as SPACE. */
export function classOf(code: number): number {
  if (!(code >= 0)) return SPACE;
  const cls = table[code];
  if (cls !== UNKNOWN) return cls;
  return (table[code] = classifySlow(code));
}

const astral = new Map<number, number>();

/** Class of a code point outside the BMP (emoji, rare scripts). */
export function astralClassOf(codePoint: number): number {
  let cls = astral.get(codePoint);
  if (cls === undefined) {
    cls = classifyString(String.fromCodePoint(codePoint));
    astral.set(codePoint, cls);
  }
  return cls;
}

export function isWordClass(cls: number): boolean {
  return cls >= UPPER && cls <= CONNECT;
}

export function isLetterClass(cls: number): boolean {
  return cls >= UPPER && cls <= UNCASED;
}

export function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2bc;
}

/** Hyphens that join words ("al-Assad"); dashes (– —) are not among them. */
export function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}
