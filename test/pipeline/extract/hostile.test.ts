// Bounded time on hostile input: deep nesting, huge pages, huge single lines.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from '../../../src/pipeline/extract/index.js';
import type { RawDoc } from '../../../src/types.js';

const raw = (format: RawDoc['format'], content: string): RawDoc => ({ source: { kind: 'stdin', location: '-', name: '-' }, format, content, encoding: 'utf-8', hints: {} });

function timed<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const v = fn();
  return [v, performance.now() - t0];
}

test('deeply nested HTML does not overflow the stack', () => {
  const depth = 20_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text, with a comma, that is long enough to count as a paragraph of an article.</p>${'</div>'.repeat(depth)}</body></html>`;
  const [doc, ms] = timed(() => extract(raw('html', html)));
  assert.ok(doc.text.includes('Deep text'));
  assert.ok(ms < 10_000, `${ms} ms`);
});

test('a huge single line of text is linear', () => {
  const line = 'word, '.repeat(400_000) + 'end.';
  const [doc, ms] = timed(() => extract(raw('text', line)));
  assert.ok(doc.text.endsWith('end.'));
  assert.ok(ms < 3_000, `${ms} ms`);
});

test('many lines, many repeats: duplicate detection stays fast', () => {
  const lines: string[] = [];
  for (let i = 0; i < 100_000; i++) lines.push(`Paragraph number ${i % 5000} says something fairly ordinary about the weather.`);
  const [doc, ms] = timed(() => extract(raw('text', lines.join('\n\n'))));
  assert.equal(doc.paragraphs.length, 5000);
  assert.ok(ms < 5_000, `${ms} ms`);
});

test('a large HTML page with thousands of paragraphs', () => {
  const p = '<p>Some article text, with commas, that goes on for a while and ends properly.</p>';
  const html = `<html><body><article>${p.repeat(20_000)}</article><div class="comments">${'<p>comment text here, long enough to count as a paragraph.</p>'.repeat(5000)}</div></body></html>`;
  const [doc, ms] = timed(() => extract(raw('html', html)));
  assert.ok(doc.text.length > 0);
  assert.ok(!doc.text.includes('comment text here'));
  assert.ok(ms < 20_000, `${ms} ms`);
});
