// "-": the whole of standard input, one article; HTML when it starts with "<".
import type { ReadResult } from './index.js';
import { errorMessage, failure, overLimit } from './messages.js';
import { isGzip } from './binary.js';
import { articleText, gunzipCapped, sniffHtml } from './text.js';

export async function readStdin(input: AsyncIterable<Uint8Array | string>, maxBytes: number): Promise<ReadResult> {
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
