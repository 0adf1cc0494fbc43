import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { describeBinary } from '../../../src/pipeline/read/binary.js';

test('known formats are named', () => {
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.equal(describeBinary(png), 'looks like a PNG image');
  assert.equal(describeBinary(Buffer.from('%PDF-1.7\n%âãÏÓ')), 'looks like a PDF document');
  assert.match(describeBinary(Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0]))!, /ZIP archive/);
  assert.equal(describeBinary(gzipSync('hello')), 'looks like gzip-compressed data');
  assert.equal(describeBinary(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])), 'looks like a JPEG image');
});

test('unknown binary: NUL bytes or many control characters', () => {
  assert.equal(describeBinary(Buffer.from([0x41, 0x42, 0x00, 0x43, 0x44])), 'contains NUL bytes');
  const noisy = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61)));
  assert.match(describeBinary(noisy)!, /^\d+% control characters$/);
});

test('text is not binary, including text that starts like a signature word', () => {
  assert.equal(describeBinary(Buffer.from('MZANSI channels reported on Monday…\n\tindented\r\n')), null);
  assert.equal(describeBinary(Buffer.from('ID3 tags are metadata')), null);
  assert.equal(describeBinary(Buffer.from('')), null);
});

test('a few stray NULs in plain or UTF-8 text do not make it binary; random bytes still are', () => {
  const line = 'Ferry services to the islands resumed on Friday after the storm, the harbour master said. ';
  assert.equal(describeBinary(Buffer.concat([Buffer.from(line.repeat(3)), Buffer.from([0, 0]), Buffer.from(line)])), null);
  const accented = 'Škoda workers in Mladá Boleslav walked out on Friday, the union said. ';
  assert.equal(describeBinary(Buffer.concat([Buffer.from(accented.repeat(3)), Buffer.from([0]), Buffer.from(accented)])), null);
  // A short note with two NULs in it (about one byte in a hundred).
  assert.equal(describeBinary(Buffer.concat([Buffer.from(line), Buffer.from([0, 0]), Buffer.from(line)])), null);
  // Bytes of every value, as in compressed or encrypted data: binary though NULs are rare in them.
  const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 167 + 13) % 256));
  assert.equal(describeBinary(noise), 'contains NUL bytes');
});
