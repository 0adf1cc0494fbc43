import assert from 'node:assert/strict';
import { test } from 'node:test';
import { countWords } from '../src/word-count.js';

test('spaced text is counted by its spaces, punctuation and hyphens included as before', () => {
  assert.equal(countWords('The pier re-opened on Monday , after two years.'), 9);
  assert.equal(countWords('  '), 0);
});

test('Japanese and Chinese, written without spaces, count their words, not one', () => {
  // Written for this test: "The city council passed the budget on the 12th." / "The library opens next month."
  const ja = countWords('札幌市議会は十二日、新年度予算案を可決した。');
  const zh = countWords('杭州市的城市图书馆将于下个月正式开放。');
  assert.ok(ja >= 8 && ja <= 16, `Japanese: ${ja}`);
  assert.ok(zh >= 6 && zh <= 14, `Chinese: ${zh}`);
});

test('a mixed text counts its spaced words once each and its unspaced runs by word', () => {
  assert.equal(countWords('Sapporo (札幌) said'), 3);
  assert.ok(countWords('Tokyo: 東京都は新しい計画を発表した') > 3);
});
