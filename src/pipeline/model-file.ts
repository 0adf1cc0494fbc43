// The container every shipped model uses: gzip of a magic line, a u32 header length, a JSON
// header (space-padded so the binary sections after it start 4-byte aligned), then the sections.
import { gunzipSync, gzipSync } from 'node:zlib';

export function writeModelFile(magic: string, header: unknown, sections: Buffer[]): Buffer {
  const headerBuf = Buffer.from(JSON.stringify(header), 'utf8');
  const pad = (4 - ((magic.length + 4 + headerBuf.length) % 4)) % 4;
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBuf.length + pad);
  return gzipSync(Buffer.concat([Buffer.from(magic, 'latin1'), len, headerBuf, Buffer.alloc(pad, 0x20), ...sections]), { level: 9 });
}

/** The header and where the binary sections start; `what` names the model in the error. */
export function readModelFile<H>(gz: Buffer, magic: string, what: string): { header: H; buf: Buffer; offset: number } {
  const buf = gunzipSync(gz);
  if (buf.toString('latin1', 0, magic.length) !== magic) throw new Error(`not a Chronicle ${what} model`);
  const headerLen = buf.readUInt32LE(magic.length);
  const start = magic.length + 4;
  return { header: JSON.parse(buf.toString('utf8', start, start + headerLen)) as H, buf, offset: start + headerLen };
}
