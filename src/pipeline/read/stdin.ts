// "-": the whole of standard input, one article; HTML when it starts with "<"; JSON Lines (one
// article per line, as a .jsonl file, each line under the size cap, not the whole stream) when its
// first line is a JSON object with "text" or "html".
import type { ReadResult } from './index.js';
import { errorMessage, failure, overLimit } from './messages.js';
import { isGzip } from './binary.js';
import { articleText, gunzipCapped, sniffHtml } from './text.js';
import { parseJsonlLine } from './jsonl.js';
import { decodeBytes, looksUtf16 } from './decode.js';
import { boundedStreamLines } from './lines.js';

export async function* readStdin(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<ReadResult> {
  const it = input[Symbol.asyncIterator]();
  let head: Buffer[];
  try {
    head = await readFirstLine(it, maxBytes);
  } catch (err) {
    return yield failure('-', `cannot read standard input: ${errorMessage(err)}`);
  }
  const stream = replay(head, it);
  const start = Buffer.concat(head);
  // Gzip, UTF-16 and anything that is not JSON Lines: one article, read whole under the cap.
  if (isGzip(start) || looksUtf16(start) || !isJsonLines(decodeBytes(start).text.replace(/^\uFEFF/, ''))) return yield await readWhole(stream, maxBytes);
  // As readJsonlFile reads a file: line by line, each line capped (not the whole stream); each bad line
  // one failure naming "- line N", the others still read.
  try {
    for await (const item of boundedStreamLines(stream, maxBytes)) {
      const where = `- line ${item.lineNo}`;
      if ('tooLong' in item) yield failure(where, overLimit(item.tooLong, maxBytes), 'size-limit');
      else if (item.line.trim()) yield parseJsonlLine(item.line, { path: '-', stem: 'stdin', lineNo: item.lineNo, maxBytes });
    }
  } catch (err) {
    yield failure('-', `cannot read standard input: ${errorMessage(err)}`);
  }
}

/**
 * Chunks up to the end of the first line that is not blank (or the end of input, or maxBytes read):
 * enough to tell JSON Lines from an article without reading the rest.
 */
async function readFirstLine(it: AsyncIterator<Uint8Array | string>, maxBytes: number): Promise<Buffer[]> {
  const head: Buffer[] = [];
  let size = 0;
  let seenContent = false;
  while (size <= maxBytes) {
    const next = await it.next();
    if (next.done) break;
    const buf = toBuffer(next.value);
    head.push(buf);
    size += buf.length;
    for (const byte of buf) {
      if (byte === 0x0a && seenContent) return head;
      if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) seenContent = true;
    }
  }
  return head;
}

/** The chunks already read, then the rest of the input. */
async function* replay(head: Buffer[], it: AsyncIterator<Uint8Array | string>): AsyncGenerator<Buffer> {
  yield* head;
  for (let next = await it.next(); !next.done; next = await it.next()) yield toBuffer(next.value);
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

async function readWhole(input: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<ReadResult> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of input) {
      const buf = toBuffer(chunk);
      size += buf.length;
      if (size > maxBytes) return failure('-', `standard input ${overLimit(size, maxBytes, true)}`, 'size-limit');
      chunks.push(buf);
    }
  } catch (err) {
    return failure('-', `cannot read standard input: ${errorMessage(err)}`);
  }
  let bytes: Buffer = Buffer.concat(chunks, size);
  if (isGzip(bytes)) {
    const unpacked = gunzipCapped(bytes, maxBytes);
    if (!unpacked.ok) return failure('-', unpacked.error, unpacked.reason);
    bytes = unpacked.value;
  }
  const html = sniffHtml(bytes);
  const checked = articleText(bytes, { html, maxBytes, noun: 'input' });
  if (!checked.ok) return failure('-', checked.error, checked.reason);
  return {
    ok: true,
    raw: {
      source: { kind: 'stdin', location: '-', name: 'stdin' },
      format: html ? 'html' : 'text',
      content: checked.value.text,
      encoding: checked.value.encoding,
      hints: {},
    },
  };
}
