// "-": the whole of standard input, one article; HTML when it starts with "<"; JSON Lines (one
// article per line, as a .jsonl file) when its first line is a JSON object with "text" or "html".
import type { ReadResult } from './index.js';
import { errorMessage, failure, overLimit } from './messages.js';
import { isGzip } from './binary.js';
import { articleText, gunzipCapped, sniffHtml } from './text.js';
import { parseJsonlLine } from './jsonl.js';

export async function* readStdin(input: AsyncIterable<Uint8Array | string>, maxBytes: number): AsyncGenerator<ReadResult> {
  const whole = await readWhole(input, maxBytes);
  if (!whole.ok || whole.raw.format !== 'text' || !isJsonLines(whole.raw.content)) return yield whole;
  // as readJsonlFile reads a file: each bad line one failure naming "- line N", the others still read
  const lines = whole.raw.content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, '');
    if (line.trim()) yield parseJsonlLine(line, { path: '-', stem: 'stdin', lineNo: i + 1, maxBytes });
  }
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
      const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
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
