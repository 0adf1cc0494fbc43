// ByteLines gives the lines `split('\n')` gives, read from UTF-8 bytes one line at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ByteLines } from '../../../src/pipeline/gazetteer/byte-lines.js';

function linesOf(text: string): string[] {
  const lines = new ByteLines(Buffer.from(text, 'utf8'));
  return Array.from({ length: lines.length }, (_, i) => lines.text(i));
}

test('lines split as split() does, less one empty line after a final newline', () => {
  assert.deepEqual(linesOf('alpha\nbeta\n'), ['alpha', 'beta']);
  assert.deepEqual(linesOf('alpha\nbeta'), ['alpha', 'beta']);
  assert.deepEqual(linesOf('alpha\n\nbeta\n\n'), ['alpha', '', 'beta', '']);
  assert.deepEqual(linesOf(''), ['']);
  assert.deepEqual(linesOf('\n'), ['']);
});

test('lines of several-byte characters decode whole, whatever their neighbours', () => {
  const text = 'Ørnvik\tÅsgård\n=ørnvik\t1,2\n東海村\n😀 emoji\nplain';
  assert.deepEqual(linesOf(text), text.split('\n'));
});

test('firstCode is the first character of an ASCII line, NaN for an empty one, and no ASCII code otherwise', () => {
  const lines = new ByteLines(Buffer.from('C\tcountry\n\n=key\tsomething\nÉcole\n~', 'utf8'));
  assert.equal(lines.firstCode(0), 'C'.charCodeAt(0));
  assert.ok(Number.isNaN(lines.firstCode(1)));
  assert.equal(lines.firstCode(2), '='.charCodeAt(0));
  assert.ok(lines.firstCode(3) >= 128);
  assert.equal(lines.firstCode(4), '~'.charCodeAt(0));
});
