// Lines of a file or a stream, read in chunks with a cap on each line's length: a line over the cap
// (a 600 MB file with no newline) is reported by number and skipped, never built as one string.
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { decodeBytes } from './decode.js';

export type Line = { lineNo: number; line: string } | { lineNo: number; tooLong: number };

export interface LineOptions {
  /**
   * Strict UTF-8, as an export file is always written: a bad byte reads as U+FFFD, no legacy
   * encoding is guessed for the line. Off (the default) for article dumps, whose lines may be
   * windows-1252 or another legacy encoding.
   */
  utf8Only?: boolean;
}

/**
 * Lines of a UTF-8 file (BOM and \r removed); a line of more than maxBytes bytes comes as tooLong
 * with its size. A line that is not valid UTF-8 (a dump written in windows-1252) is decoded as a
 * file of that line would be, not with U+FFFD for each accented letter, unless `utf8Only`.
 */
export async function* boundedLines(path: string, maxBytes: number, opts: LineOptions & { start?: number; end?: number } = {}): AsyncGenerator<Line> {
  const stream = createReadStream(path, { highWaterMark: 1 << 16, start: opts.start, end: opts.end });
  try {
    yield* boundedStreamLines(stream, maxBytes, opts);
  } finally {
    stream.destroy();
  }
}

/** The same lines from any stream of chunks (standard input). */
export async function* boundedStreamLines(chunks: AsyncIterable<Uint8Array | string>, maxBytes: number, opts: LineOptions = {}): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let lineNo = 0;
  const decode = (buf: Buffer) => {
    const text = opts.utf8Only ? new StringDecoder('utf8').end(buf) : decodeBytes(buf).text;
    return (lineNo === 1 ? text.replace(/^\uFEFF/, '') : text).replace(/\r$/, '');
  };
  for await (const raw of chunks) {
    const chunk = typeof raw === 'string' ? Buffer.from(raw) : Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
    let from = 0;
    for (let nl = chunk.indexOf(0x0a, from); ; nl = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, nl < 0 ? chunk.length : nl);
      size += piece.length;
      if (!skipping && size > maxBytes) {
        skipping = true;
        parts = [];
      }
      if (!skipping) parts.push(piece);
      if (nl < 0) break;
      lineNo++;
      yield skipping ? { lineNo, tooLong: size } : { lineNo, line: decode(Buffer.concat(parts)) };
      parts = [];
      size = 0;
      skipping = false;
      from = nl + 1;
    }
  }
  if (size > 0) {
    lineNo++;
    yield skipping ? { lineNo, tooLong: size } : { lineNo, line: decode(Buffer.concat(parts)) };
  }
}
