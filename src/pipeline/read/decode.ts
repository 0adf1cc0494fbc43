// Bytes → string: BOM, declared charset (HTML <meta> or HTTP header), UTF-8 validity, then detection.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** Lower-case label of the encoding used: utf-8, utf-16le, windows-1251, koi8-r, windows-1252 … */
  encoding: string;
}

export interface DecodeOptions {
  /** Charset from a Content-Type header. */
  declared?: string;
  /** Look for <meta charset> in the first bytes (HTML input). */
  html?: boolean;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes bytes, choosing the encoding as a browser would, with a fallback for undeclared legacy text. */
export function decodeBytes(buf: Uint8Array, opts: DecodeOptions = {}): Decoded {
  const bom = decodeWithBom(buf);
  if (bom) return bom;
  // Before UTF-8: ASCII-range UTF-16 is also valid UTF-8 (full of NULs).
  const utf16 = guessBomlessUtf16(buf);
  if (utf16) return { text: iconv.decode(toBuffer(buf), utf16), encoding: utf16 };
  const candidates = [opts.html ? metaCharset(buf) : null, opts.declared ?? null];
  for (const label of candidates) {
    const enc = label ? normaliseCharset(label) : null;
    if (!enc) continue;
    if (enc === 'utf-8') {
      const text = tryUtf8(buf);
      if (text !== null) return { text, encoding: 'utf-8' };
      continue; // declared UTF-8 but is not: detect instead
    }
    // UTF-16 text has a BOM or NULs (both handled above): a page that says UTF-16 is in an ASCII-based encoding.
    if (enc === 'utf-16le' || enc === 'utf-16be') continue;
    // A page saved as UTF-8 under a template that still says latin-1: bytes above 0x7F that all form
    // valid UTF-8 sequences are not legacy text (in windows-1252 they would read "Ã¼" for "ü").
    if (hasHighBytes(buf)) {
      const text = tryUtf8(buf) ?? damagedUtf8(buf);
      if (text !== null) return { text, encoding: 'utf-8' };
    }
    return { text: iconv.decode(toBuffer(buf), enc), encoding: enc };
  }
  const text = tryUtf8(buf) ?? damagedUtf8(buf);
  if (text !== null) return { text, encoding: 'utf-8' };
  const enc = detectLegacy(buf);
  return { text: iconv.decode(toBuffer(buf), enc), encoding: enc };
}

/** True when the bytes are UTF-16 (BOM or NUL pattern), i.e. NUL bytes are not a sign of binary data. */
export function looksUtf16(buf: Uint8Array): boolean {
  const bom = bomEncoding(buf);
  return bom === 'utf-16le' || bom === 'utf-16be' || guessBomlessUtf16(buf) !== null;
}

function bomEncoding(buf: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return 'utf-8';
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  if (buf[0] === 0xfe && buf[1] === 0xff) return 'utf-16be';
  return null;
}

function decodeWithBom(buf: Uint8Array): Decoded | null {
  const enc = bomEncoding(buf);
  if (!enc) return null;
  const skip = enc === 'utf-8' ? 3 : 2;
  const body = buf.subarray(skip);
  if (enc === 'utf-8') return { text: tryUtf8(body) ?? iconv.decode(toBuffer(body), 'utf-8'), encoding: 'utf-8' };
  return { text: iconv.decode(toBuffer(body), enc), encoding: enc };
}

const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * UTF-8 with a little damage: a file cut off inside a character (a truncated download), or a
 * stray byte. Read as windows-1252 it would turn every accent and curly quote into "Ã©", "â€œ";
 * so when valid multi-byte sequences outnumber the invalid bytes two to one, it is UTF-8: a bad
 * byte inside becomes U+FFFD, a character cut off at the end is dropped. Legacy text (windows-1252,
 * windows-1251, KOI8-R) almost never forms a valid multi-byte sequence, so it is left to detection.
 */
function damagedUtf8(buf: Uint8Array): string | null {
  let multi = 0;
  let invalid = 0;
  let cutAt = -1;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let k = 0;
    while (need > 0 && k < need && i + 1 + k < buf.length && (buf[i + 1 + k] & 0xc0) === 0x80) k++;
    if (need > 0 && k === need) {
      multi++;
      i += need + 1;
    } else if (need > 0 && i + 1 + k === buf.length) {
      cutAt = i; // the last character, cut off
      break;
    } else {
      invalid++;
      i++;
    }
  }
  if (multi === 0 || multi < 2 * invalid) return null;
  return utf8Lenient.decode(cutAt >= 0 ? buf.subarray(0, cutAt) : buf);
}

function hasHighBytes(buf: Uint8Array): boolean {
  for (const b of buf) if (b >= 0x80) return true;
  return false;
}

function tryUtf8(buf: Uint8Array): string | null {
  try {
    return utf8Strict.decode(buf);
  } catch {
    return null;
  }
}

function toBuffer(buf: Uint8Array): Buffer {
  return Buffer.isBuffer(buf) ? buf : Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
}

/** Charset named by <meta charset> or <meta http-equiv content="…; charset=…"> near the top of an HTML page. */
export function metaCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.buffer, buf.byteOffset, Math.min(buf.byteLength, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return m ? m[1] : null;
}

/** Maps a charset label to one iconv-lite knows, in our canonical spelling; null when unknown. */
export function normaliseCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^x-/, '');
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l === 'utf-16' || l === 'utf-16le') return 'utf-16le';
  if (l === 'utf-16be') return 'utf-16be';
  // WHATWG: latin-1 labels mean windows-1252 (a superset for printable text).
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'cp1252', 'windows-1252'].includes(l))
    return 'windows-1252';
  if (l === 'cp1251' || l === 'windows-1251') return 'windows-1251';
  if (l === 'koi8-r' || l === 'koi8r' || l === 'koi8') return 'koi8-r';
  if (l === 'koi8-u') return 'koi8-u';
  return iconv.encodingExists(l) ? l : null;
}

/**
 * UTF-16 without a BOM. ASCII-range text leaves NUL in every other byte. Text in one alphabetic
 * script (Cyrillic, Greek, Arabic, Hebrew, Devanagari …) has its own high byte (0x04 for Russian)
 * in those places, and NUL only where spaces, digits and punctuation are: nearly all high bytes
 * are then one of two values, one of them NUL. ASCII text with a stray NUL, or binary data, has
 * high bytes of every kind. (CJK text, whose high bytes vary, is recognised by its BOM only.)
 */
function guessBomlessUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 8) return null;
  const pairs = n / 2;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  if (evenNul / pairs < 0.05 && oddNul / pairs < 0.05) return null; // most text: no NULs, nothing to count
  const high = (offset: 0 | 1) => {
    const counts = new Map<number, number>();
    for (let i = offset; i < n; i += 2) counts.set(buf[i], (counts.get(buf[i]) ?? 0) + 1);
    return counts;
  };
  for (const [offset, enc] of [[1, 'utf-16le'], [0, 'utf-16be']] as const) {
    const nul = offset === 1 ? oddNul : evenNul;
    const lowNul = offset === 1 ? evenNul : oddNul;
    if (nul / pairs < 0.05 || lowNul / pairs >= 0.05) continue;
    if (nul / pairs > 0.4) return enc;
    const highs = high(offset);
    const other = Math.max(0, ...[...highs].filter(([b]) => b !== 0).map(([, c]) => c));
    // The script's high byte is a letter block (0x03–0x0D), not ASCII text read two bytes at a time.
    const script = [...highs].find(([, c]) => c === other)?.[0] ?? 0;
    if (script >= 0x03 && script <= 0x0d && (nul + other) / pairs >= 0.95) return enc;
  }
  return null;
}

// chardet names we accept as they are (normalised); anything else falls back to windows-1252.
const TRUSTED = new Set(['windows-1250', 'windows-1253', 'windows-1254', 'windows-1255', 'windows-1256', 'windows-1257',
  'iso-8859-2', 'iso-8859-5', 'iso-8859-7', 'iso-8859-8', 'iso-8859-9', 'shift_jis', 'euc-jp', 'euc-kr', 'gb18030', 'big5']);

/** Non-UTF-8 bytes without a declaration: Cyrillic by byte statistics, else chardet, else windows-1252. */
function detectLegacy(buf: Uint8Array): string {
  const sample = buf.subarray(0, 65536);
  const cyr = cyrillicGuess(sample);
  const top = chardet.analyse(sample)[0];
  const name = top ? normaliseCharset(top.name) : null;
  if (cyr && (name === 'windows-1251' || name === 'koi8-r' || name === 'iso-8859-5' || !top || top.confidence < 50)) return cyr;
  if (name && top.confidence >= 30 && (TRUSTED.has(name) || name === 'windows-1251' || name === 'koi8-r')) return name;
  return 'windows-1252';
}

/**
 * Russian text in windows-1251 or KOI8-R is mostly bytes 0xC0–0xFF. The two encodings swap
 * upper and lower case: lower-case letters (the majority in prose) sit in 0xE0–0xFF in
 * windows-1251 and in 0xC0–0xDF in KOI8-R.
 */
function cyrillicGuess(buf: Uint8Array): 'windows-1251' | 'koi8-r' | null {
  let asciiLetters = 0;
  let high = 0;
  let c0 = 0;
  let e0 = 0;
  for (const b of buf) {
    if ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a)) asciiLetters++;
    else if (b >= 0x80) {
      high++;
      if (b >= 0xe0) e0++;
      else if (b >= 0xc0) c0++;
    }
  }
  if (high < 4 || high / (high + asciiLetters) < 0.4 || (c0 + e0) / high < 0.7) return null;
  return e0 >= c0 ? 'windows-1251' : 'koi8-r';
}
