// Recognises bytes that are not a text article, and says what they look like.

interface Signature {
  offset: number;
  bytes: number[];
  what: string;
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { offset: 0, bytes: [0x89, ...ascii('PNG')], what: 'a PNG image' },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { offset: 0, bytes: ascii('GIF8'), what: 'a GIF image' },
  { offset: 8, bytes: ascii('WEBP'), what: 'a WebP image' },
  { offset: 0, bytes: ascii('%PDF'), what: 'a PDF document' },
  { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive (or DOCX/XLSX/EPUB)' },
  { offset: 0, bytes: [0x1f, 0x8b], what: 'gzip-compressed data' },
  { offset: 0, bytes: [0x42, 0x5a, 0x68], what: 'bzip2-compressed data' },
  { offset: 0, bytes: [0xfd, ...ascii('7zXZ')], what: 'xz-compressed data' },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { offset: 0, bytes: ascii('Rar!'), what: 'a RAR archive' },
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Microsoft Office document' },
  { offset: 0, bytes: [0x7f, ...ascii('ELF')], what: 'an executable (ELF)' },
  { offset: 0, bytes: [0x4d, 0x5a, 0x90, 0x00], what: 'a Windows executable' },
  { offset: 0, bytes: ascii('SQLite format 3'), what: 'an SQLite database' },
  { offset: 4, bytes: ascii('ftyp'), what: 'an MP4/MOV video' },
  { offset: 0, bytes: [...ascii('ID3'), 0x03], what: 'an MP3 audio file' },
  { offset: 0, bytes: [...ascii('ID3'), 0x04], what: 'an MP3 audio file' },
  { offset: 0, bytes: ascii('OggS'), what: 'an Ogg audio/video file' },
  { offset: 0, bytes: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module' },
];

function matches(buf: Uint8Array, sig: Signature): boolean {
  if (buf.length < sig.offset + sig.bytes.length) return false;
  return sig.bytes.every((b, i) => buf[sig.offset + i] === b);
}

export function isGzip(buf: Uint8Array): boolean {
  return buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/** What a file format signature says the bytes are, or null. */
export function knownBinaryFormat(buf: Uint8Array): string | null {
  for (const sig of SIGNATURES) if (matches(buf, sig)) return sig.what;
  return null;
}

/**
 * Null when the bytes can be text (ask only for bytes that are not UTF-16); otherwise a short
 * phrase for "binary file (…)": "looks like a PNG image", "contains NUL bytes".
 */
export function describeBinary(buf: Uint8Array): string | null {
  const known = knownBinaryFormat(buf);
  if (known) return `looks like ${known}`;
  const sample = buf.subarray(0, 8192);
  let nul = 0;
  let control = 0;
  for (const b of sample) {
    if (b === 0) nul++;
    else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (nul > 0 && !strayNuls(sample, nul, control)) return 'contains NUL bytes';
  if (sample.length > 0 && control / sample.length > 0.1)
    return `${Math.round((100 * control) / sample.length)}% control characters`;
  return null;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/**
 * A few NUL bytes in otherwise plain text (a file cut and pasted with a stray NUL, a page padded
 * by a broken server) are not binary data: at most one byte in twenty, no other control
 * characters, and the rest valid UTF-8 or nearly all ASCII. Random binary data has a NUL in
 * every 256 bytes but also control characters in one byte of ten, and is never valid UTF-8.
 */
function strayNuls(sample: Uint8Array, nul: number, control: number): boolean {
  if (nul * 20 > sample.length || control > 0) return false;
  const rest = sample.filter((b) => b !== 0);
  let high = 0;
  for (const b of rest) if (b >= 0x80) high++;
  if (high * 10 < rest.length) return true;
  try {
    utf8Strict.decode(rest.subarray(0, lastWholeUtf8(rest)));
    return true;
  } catch {
    return false;
  }
}

/** The length of buf without a UTF-8 sequence cut off at its end (a sample may end inside one). */
function lastWholeUtf8(buf: Uint8Array): number {
  let i = buf.length;
  let back = 0;
  while (i > 0 && back < 4 && (buf[i - 1] & 0xc0) === 0x80) {
    i--;
    back++;
  }
  if (i > 0 && buf[i - 1] >= 0xc0) return i - 1;
  return buf.length;
}

/** The bytes with every NUL removed (the same buffer when there is none). */
export function withoutNuls(buf: Uint8Array): Uint8Array {
  return buf.includes(0) ? buf.filter((b) => b !== 0) : buf;
}
