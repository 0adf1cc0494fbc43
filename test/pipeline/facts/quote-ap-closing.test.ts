// AP's wire copy closes a quotation with two right single quotes (“…’’) instead of ”. Read as
// two apostrophes, the quotation ran on over its attribution and lost its speaker. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { quoteRegions } from '../../../src/pipeline/context/quote-marks.js';

function quotesOf(text: string) {
  return analyseText(`Briefs\n\n${text}`).quotes;
}

test('two right single quotes close a quotation, which keeps the speaker written after it', () => {
  const quotes = quotesOf(
    'The harbour master, Lena Park, spoke on Monday.\n\n“Our ferries will sail on time from June,’’ Lena Park told reporters. “And the new pier opens in the autumn.”',
  );
  const ferries = quotes.find((q) => q.text.startsWith('Our ferries'));
  assert.equal(ferries?.text, 'Our ferries will sail on time from June,', quotes.map((q) => q.text).join(' | '));
  assert.equal(ferries?.speaker, 'Lena Park');
});

test('a single right quote is an apostrophe or closes a quote inside a quote, never the quotation', () => {
  const text = '“The drivers’ union called it ‘a fair offer’ on Friday,” he said.';
  const r = quoteRegions(text, [{ start: 0, end: text.length }]);
  assert.deepEqual(r.map((x) => text.slice(x.open + 1, x.close)), ['The drivers’ union called it ‘a fair offer’ on Friday,']);
  const ap = '“Nobody expects lower fares before the summer.’’ The council gave no details.';
  const closed = quoteRegions(ap, [{ start: 0, end: ap.length }]);
  assert.deepEqual(closed.map((x) => [ap.slice(x.open + 1, x.close), x.unclosed]), [['Nobody expects lower fares before the summer.', false]]);
});
