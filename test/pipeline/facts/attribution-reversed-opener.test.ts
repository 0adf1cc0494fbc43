// A closing curly mark typed where an opening one belongs ("”We will …” ― Name"): some web copy
// has it so. Read as an opener only where nothing is open and a word follows it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteRegions } from '../../../src/pipeline/context/quote-marks.js';
import { dashCredits } from '../../../src/pipeline/facts/quotes/dash-credit.js';
import { attributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../../src/pipeline/segment/line-paragraphs.js';
import { segment } from '../../../src/pipeline/segment/index.js';

const inner = (text: string) => quoteRegions(text, lineParagraphs(text)).map((r) => [text.slice(r.open + 1, r.close), r.unclosed]);

test('a closing mark at a line\'s start, before a word, opens the quotation the next one closes', () => {
  const text = 'Voters spoke to us.\n”The ferry is late every single morning.” ― Lena Ortiz\nShe said ”nobody listens” to the islanders.';
  assert.deepEqual(inner(text), [['The ferry is late every single morning.', false], ['nobody listens', false]]);
});

test('a closing mark after a word, or with a space after it, still closes or is left alone', () => {
  const text = '“We will rebuild the pier,” she said.\nThe sign read 12” by 8” on the old pier.';
  assert.deepEqual(inner(text), [['We will rebuild the pier,', false]]);
});

test('the dash credit of a quotation opened by a reversed mark is found', () => {
  const text = 'Readers wrote in.\n”Fix the timetable first.” ― Omar Bell';
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const rels = dashCredits(v);
  const w = (r: { from: number; to: number } | null) => (r ? text.slice(v.tokens[r.from].start, v.tokens[r.to - 1].end) : '');
  assert.deepEqual(rels.map((r) => [w(r.source), w(r.cue), ...r.content.map(w)]), [['Omar Bell', '―', '”Fix the timetable first.”']]);
});

test('a reversed opener with no closing mark after it in its paragraph opens nothing', () => {
  const text = 'The shelf is 6 ”wide and holds the records.\n\n“We will keep them all,” said the curator.';
  const regions = quoteRegions(text, [{ start: 0, end: 43 }, { start: 45, end: text.length }]);
  assert.equal(regions.length, 1);
  assert.equal(text.slice(regions[0].open, regions[0].close + 1), '“We will keep them all,”');
  assert.equal(regions[0].continues, false);
});
