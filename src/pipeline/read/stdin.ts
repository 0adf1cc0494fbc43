// "-": the whole of standard input, one article; HTML when it starts with "<"; JSON Lines (one
// article per line, as a .jsonl file, each line under the size cap, not the whole stream) when its
// first line is a JSON object with "text" or "html". Gzipped input is unpacked as it streams and then
// told apart the same way, so a gzipped dump is JSON Lines too.
// Each article read whole has its own source, "stdin:" and a hash of its text (or the address the
// user gave it with --url): a second, different article pasted later is a second document, not a
// new version of the first; the same text pasted again is the same source, already stored.
// Each JSON Lines record likewise: its own "url", else "stdin:" and a hash of its text; never its line
// number, nor its "id" unless the user vouches that ids last (ingest --trust-ids): a second, different
// dump repeats both ("1", "2", …).
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { ReadResult } from './index.js';
import type { RawDoc, Source } from '../../types.js';
import { errorMessage, failure, overLimit } from './messages.js';
import { isGzip } from './binary.js';
import { articleText, sniffHtml } from './text.js';
import { parseJsonlLine, type JsonlRecord } from './jsonl.js';
import { decodeBytes, looksUtf16 } from './decode.js';
import { boundedStreamLines } from './lines.js';
import { urlName } from './url.js';

/** What the user knows of the one article on stdin: its address (an http(s) URL) and title. */
export interface StdinArticle {
  url?: string;
  title?: string;
  /** JSON Lines on stdin: each record's "id" names its article for good, so it is cited by it (ingest --trust-ids). */
  trustIds?: boolean;
}

export async function* readStdin(input: AsyncIterable<Uint8Array | string>, maxBytes: number, article: StdinArticle = {}): AsyncGenerator<ReadResult> {
  yield* readSniffed(input, maxBytes, false, article);
}

/** `unpacked`: the input is what a gzip stream unpacked to (its cap is on the decompressed size). */
async function* readSniffed(input: AsyncIterable<Uint8Array | string>, maxBytes: number, unpacked: boolean, article: StdinArticle): AsyncGenerator<ReadResult> {
  const it = input[Symbol.asyncIterator]();
  let first: FirstLine;
  try {
    first = await readFirstLine(it, maxBytes);
  } catch (err) {
    return yield readError(err);
  }
  const stream = replay(first.head, it);
  const start = Buffer.concat(first.head);
  if (!unpacked && isGzip(start)) return yield* readSniffed(gunzipStream(stream), maxBytes, true, article);
  // UTF-16 and anything that is not JSON Lines: one article, read whole under the cap.
  if (looksUtf16(start) || !opensJsonLines(start, first.cut)) return yield await readWhole(stream, maxBytes, unpacked, article);
  // As readJsonlFile reads a file: line by line, each line capped (not the whole stream); each bad line
  // one failure naming "- line N", the others still read. Each line carries its own url and title.
  if (article.url !== undefined || article.title !== undefined) {
    await it.return?.();
    return yield failure('-', 'JSON Lines give each article its own url and title: --url and --title are for one pasted article');
  }
  try {
    for await (const item of boundedStreamLines(stream, maxBytes)) {
      const where = `- line ${item.lineNo}`;
      if ('tooLong' in item) yield failure(where, overLimit(item.tooLong, maxBytes), 'size-limit');
      else if (item.line.trim()) yield parseJsonlLine(item.line, { path: '-', stem: 'stdin', lineNo: item.lineNo, maxBytes, source: (record) => stdinRecordSource(record, article.trustIds === true) });
    }
  } catch (err) {
    yield readError(err);
  }
}

interface FirstLine {
  head: Buffer[];
  /** Stopped at maxBytes before the first line that is not blank had ended. */
  cut: boolean;
}

/**
 * Chunks up to the end of the first line that is not blank (or the end of input, or maxBytes read):
 * enough to tell JSON Lines from an article without reading the rest.
 */
async function readFirstLine(it: AsyncIterator<Uint8Array | string>, maxBytes: number): Promise<FirstLine> {
  const head: Buffer[] = [];
  let size = 0;
  let seenContent = false;
  while (size <= maxBytes) {
    const next = await it.next();
    if (next.done) return { head, cut: false };
    const buf = toBuffer(next.value);
    head.push(buf);
    size += buf.length;
    for (const byte of buf) {
      if (byte === 0x0a && seenContent) return { head, cut: false };
      if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) seenContent = true;
    }
  }
  return { head, cut: true };
}

/**
 * JSON Lines by the first line; when that line was cut at the cap, by its opening "{" alone: read whole,
 * such input is over the cap anyway, while as lines only that first line is, the others still read.
 */
function opensJsonLines(start: Buffer, cut: boolean): boolean {
  if (!cut) return isJsonLines(decodeBytes(start).text.replace(/^\uFEFF/, ''));
  let i = start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf ? 3 : 0;
  while (i < start.length && (start[i] === 0x20 || start[i] === 0x09 || start[i] === 0x0d || start[i] === 0x0a)) i++;
  return start[i] === 0x7b;
}

/** Gzip data that does not unpack: its message stands alone, as a gzipped file's does. */
class GzipError extends Error {}

function readError(err: unknown): ReadResult {
  return err instanceof GzipError ? failure('-', err.message) : failure('-', `cannot read standard input: ${errorMessage(err)}`);
}

/**
 * What a gzip stream unpacks to, chunk by chunk. A download cut off part way is read as far as it goes
 * when that unpacks to more than was packed, as gunzipCapped reads a cut-off file.
 */
async function* gunzipStream(packed: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let packedBytes = 0;
  let unpackedBytes = 0;
  const counted = (async function* () {
    for await (const chunk of packed) {
      packedBytes += chunk.length;
      yield chunk;
    }
  })();
  const gunzip = createGunzip();
  // Its failure reaches the loop below through the gunzip stream.
  pipeline(Readable.from(counted), gunzip).catch(() => undefined);
  try {
    for await (const chunk of gunzip) {
      const buf = chunk as Buffer;
      unpackedBytes += buf.length;
      yield buf;
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    if (code === 'Z_BUF_ERROR' && unpackedBytes > packedBytes) return;
    throw code.startsWith('Z_') ? new GzipError(`not valid gzip data (${errorMessage(err)})`) : err;
  } finally {
    gunzip.destroy();
  }
}

/** The chunks already read, then the rest of the input. */
async function* replay(head: Buffer[], it: AsyncIterator<Uint8Array | string>): AsyncGenerator<Buffer> {
  try {
    yield* head;
    for (let next = await it.next(); !next.done; next = await it.next()) yield toBuffer(next.value);
  } finally {
    // A reader that stops early (over the cap) closes the input, as a for-await over it would.
    await it.return?.();
  }
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/** JSON Lines: the first non-blank line is a JSON object with a "text" or "html" string, as a .jsonl dump's lines are. */
export function isJsonLines(text: string): boolean {
  const first = /^\s*(\{[^\n]*)/.exec(text)?.[1];
  if (!first) return false;
  try {
    const value: unknown = JSON.parse(first);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const obj = value as Record<string, unknown>;
    return typeof obj.text === 'string' || typeof obj.html === 'string';
  } catch {
    return false;
  }
}

async function readWhole(input: AsyncIterable<Uint8Array | string>, maxBytes: number, unpacked: boolean, article: StdinArticle): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const buf = toBuffer(chunk);
      size += buf.length;
      if (size > maxBytes)
        return unpacked
          ? failure('-', `decompressed size ${overLimit(maxBytes, maxBytes, true)}`, 'size-limit')
          : failure('-', `standard input ${overLimit(size, maxBytes, true)}`, 'size-limit');
      chunks.push(buf);
    }
  } catch (err) {
    return readError(err);
  }
  const bytes: Buffer = Buffer.concat(chunks, size);
  const html = sniffHtml(bytes);
  const checked = articleText(bytes, { html, maxBytes, noun: 'input' });
  if (!checked.ok) return failure('-', checked.error, checked.reason);
  const content = checked.value.text;
  const hints: RawDoc['hints'] = {};
  const title = article.title?.trim();
  if (title) hints.title = title;
  if (article.url) hints.url = article.url;
  return {
    ok: true,
    raw: { source: stdinSource(content, article.url), format: html ? 'html' : 'text', content, encoding: checked.value.encoding, hints },
  };
}

/**
 * A JSON Lines record read from stdin: at its own url, else as a pasted article is, at "stdin:" and a
 * hash of its text; so the same dump piped again is already stored, and a second dump whose ids repeat
 * the first's adds to it. With `trustIds`, a record without a url is cited by its id ("stdin#ID"), so a
 * changed text under the same id is a new version of that article.
 */
export function stdinRecordSource(record: JsonlRecord, trustIds = false): Source {
  if (!record.url && record.id && trustIds) return { kind: 'stdin', location: `stdin#${record.id}`, name: `stdin-${record.id}` };
  return stdinSource(record.content, record.url);
}

/**
 * An article read from stdin: at the address the user gave it, else at "stdin:" and a hash of its
 * text, so each different article is its own source and the same text pasted twice is one.
 */
export function stdinSource(content: string, url?: string): Source {
  if (url) return { kind: 'stdin', location: url, name: urlName(url), url };
  const hash = createHash('sha256').update(content).digest('hex');
  return { kind: 'stdin', location: `stdin:${hash.slice(0, 16)}`, name: `stdin-${hash.slice(0, 8)}` };
}
