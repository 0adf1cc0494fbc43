// Hostile input: deep nesting, huge pages, huge single lines are handled without a crash and
// with the right content (how long they take belongs to `chronicle bench`, not to tests).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/pipeline/extract/index.js';
import type { RawDoc } from '../../../src/types.js';

const raw = (format: RawDoc['format'], content: string): RawDoc => ({ source: { kind: 'stdin', location: '-', name: '-' }, format, content, encoding: 'utf-8', hints: {} });

test('deeply nested HTML does not overflow the stack', () => {
  const depth = 20_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text, with a comma, that is long enough to count as a paragraph of an article.</p>${'</div>'.repeat(depth)}</body></html>`;
  const doc = extract(raw('html', html));
  assert.ok(doc.text.includes('Deep text'));
});

test('a huge single line of text is kept whole', () => {
  const line = 'word, '.repeat(400_000) + 'end.';
  const doc = extract(raw('text', line));
  assert.ok(doc.text.endsWith('end.'));
});

test('many lines, many repeats: duplicate paragraphs are dropped', () => {
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) lines.push(`Paragraph number ${i % 5000} says something fairly ordinary about the weather.`);
  const doc = extract(raw('text', lines.join('\n\n')));
  assert.equal(doc.paragraphs.length, 5000);
});

test('a large HTML page with thousands of paragraphs', () => {
  const p = '<p>Some article text, with commas, that goes on for a while and ends properly.</p>';
  const html = `<html><body><article>${p.repeat(20_000)}</article><div class="comments">${'<p>comment text here, long enough to count as a paragraph.</p>'.repeat(5000)}</div></body></html>`;
  const doc = extract(raw('html', html));
  assert.ok(doc.text.length > 0);
  assert.ok(!doc.text.includes('comment text here'));
});
