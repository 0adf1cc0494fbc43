// Bytes of one article → checked, decoded text. Shared by files, stdin and URLs.
import { constants, gunzipSync } from 'node:zlib';
import { describeBinary, isGzip, withoutNuls } from './binary.js';
import { decodeBytes, looksUtf16, type Decoded } from './decode.js';
import type { ReadFailure } from '../../types.js';
import { errorMessage, overLimit } from './messages.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string; reason?: ReadFailure['reason'] };

/** What the bytes are called in messages: "empty file", "empty response". */
export type Noun = 'file' | 'input' | 'response';

export function gunzipCapped(bytes: Uint8Array, maxBytes: number): Checked<Buffer> {
  try {
    return { ok: true, value: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
      return { ok: false, error: `decompressed size ${overLimit(maxBytes, maxBytes, true)}`, reason: 'size-limit' };
    // A download cut off part way ("unexpected end of file"): what it holds is read, as a cut-off
    // page is (an unclosed page ending mid-sentence is then marked truncated), when it unpacks to
    // more than its own size, as text does; a stub of a header and a few bytes is still refused.
    if (code === 'Z_BUF_ERROR') {
      try {
        const part = gunzipSync(bytes, { maxOutputLength: maxBytes, finishFlush: constants.Z_SYNC_FLUSH });
        if (part.length > bytes.length) return { ok: true, value: part };
      } catch {
        // as unreadable as it first seemed
      }
    }
    return { ok: false, error: `not valid gzip data (${errorMessage(err)})` };
  }
}

/** Decodes article bytes, refusing binary and empty content. Gzipped bytes are unpacked first. */
export function articleText(
  bytes: Uint8Array,
  opts: { html?: boolean; declared?: string; maxBytes: number; noun: Noun },
): Checked<Decoded> {
  if (isGzip(bytes)) {
    const unpacked = gunzipCapped(bytes, opts.maxBytes);
    if (!unpacked.ok) return unpacked;
    bytes = unpacked.value;
  }
  if (!looksUtf16(bytes)) {
    const binary = describeBinary(bytes);
    if (binary) return { ok: false, error: `binary ${opts.noun === 'response' ? 'content' : opts.noun} (${binary}), not a text article` };
    // Stray NULs in text are removed, as in JSONL fields: no article needs them and PostgreSQL cannot store them.
    bytes = withoutNuls(bytes);
  }
  const decoded = decodeBytes(bytes, { html: opts.html, declared: opts.declared });
  if (decoded.text.length === 0) return { ok: false, error: `empty ${opts.noun}` };
  if (decoded.text.trim().length === 0) return { ok: false, error: `empty ${opts.noun} (only whitespace)` };
  return { ok: true, value: decoded };
}

/** HTML when the first visible byte is "<" (BOM, whitespace and UTF-16 NULs skipped). */
export function sniffHtml(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
  else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) i = 2;
  for (; i < bytes.length && i < 4096; i++) {
    const b = bytes[i];
    if (b === 0 || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x3c;
  }
  return false;
}
