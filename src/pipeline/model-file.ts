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
  const buf = gunzipSync(gz, { chunkSize: outputChunk(gz) });
  if (buf.toString('latin1', 0, magic.length) !== magic) throw new Error(`not a Chronicle ${what} model`);
  const headerLen = buf.readUInt32LE(magic.length);
  const start = magic.length + 4;
  return { header: JSON.parse(buf.toString('utf8', start, start + headerLen)) as H, buf, offset: start + headerLen };
}

/** Reads the sections one after another from `offset`, each copied into an ArrayBuffer of its own (so aligned for any typed array). */
export function sectionReader(buf: Buffer, offset: number): (bytes: number) => ArrayBuffer {
  let pos = offset;
  return (bytes) => {
    const copy = new Uint8Array(bytes);
    copy.set(buf.subarray(pos, pos + bytes));
    pos += bytes;
    return copy.buffer;
  };
}

/**
 * A gzip member ends with its uncompressed size (mod 2^32): inflating into one chunk of that size
 * skips zlib's 16 KiB chunks and the copy that joins them (the 19 MB syntax model: 141 → 62 ms of
 * CPU per load, and each analysis thread loads it). Only a hint: a larger output still inflates whole.
 */
function outputChunk(gz: Buffer): number {
  const size = gz.length >= 18 ? gz.readUInt32LE(gz.length - 4) : 0;
  return Math.max(64, size + 1);
}

/**
 * Word clusters as the syntax and entity models store them ([word, id, id, …] rows), as a map of
 * word → ids, every word's ids a view into one array: one buffer instead of 27,877 small ones (each
 * analysis thread builds the map twice at start-up, one per model: about 140 → 30 ms each, and
 * fewer objects for every later garbage collection to mark). Nothing writes to the ids.
 */
export function clusterMap(rows: ReadonlyArray<readonly [string, ...number[]]>): Map<string, Int32Array> {
  let total = 0;
  for (const row of rows) total += row.length - 1;
  const ids = new Int32Array(total);
  const map = new Map<string, Int32Array>();
  let at = 0;
  for (const row of rows) {
    const from = at;
    for (let i = 1; i < row.length; i++) ids[at++] = row[i] as number;
    map.set(row[0], ids.subarray(from, at));
  }
  return map;
}
