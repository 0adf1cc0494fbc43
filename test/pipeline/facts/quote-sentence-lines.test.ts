// Tokenised text written one sentence a line: a quotation whose mark is reopened on the next line
// runs on as one quotation, and a quotation left open at a line's end is closed by a later line
// even where a verb after a modal ends its words ("That is all I will say,"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { quoteRegions } from '../../../src/pipeline/context/quote-marks.js';
import { tokenisedLines } from '../../../src/pipeline/context/sentence-lines.js';

const directs = (text: string) => analyseText(text).quotes.filter((q) => q.kind === 'direct');

/** Paragraphs of text split at its blank lines. */
function lines(text: string) {
  const out: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const line of text.split('\n\n')) {
    out.push({ start: at, end: at + line.length });
    at += line.length + 2;
  }
  return out;
}

test('a sentence a line with stops written apart is tokenised text; prose paragraphs are not', () => {
  const tokenised = 'Ferries resumed on Monday .\n\nThe port had been shut for a week .\n\nTraders lost money .\n\nThe mayor visited the quay .';
  assert.equal(tokenisedLines(tokenised, lines(tokenised)), true);
  const prose = 'Ferries resumed on Monday.\n\nThe port had been shut for a week.\n\nTraders lost money.\n\nThe mayor visited the quay.';
  assert.equal(tokenisedLines(prose, lines(prose)), false);
  const short = 'Ferries resumed on Monday .\n\nThe port reopened .';
  assert.equal(tokenisedLines(short, lines(short)), false);
});

test('a mark reopened on the next line of tokenised text runs the quotation on', () => {
  const text = 'The Hawks beat the Owls 24 - 10 on Sunday .\n\nCoach Dana Reyes had promised a win all week .\n\n" We did what we came to do , " Reyes said .\n\n" The defence held firm in the second half .\n\n" Our rookies grew up today .\n\nI could not be prouder . "\n\nThe Owls have lost four in a row .';
  const qs = directs(text);
  assert.equal(qs.length, 2);
  assert.match(qs[1].text, /^ The defence held firm[^]*could not be prouder \. $/);
  assert.equal(qs[1].speaker, 'Dana Reyes');
});

test('in prose paragraphs a reopened mark still starts a quotation of its own', () => {
  const text = 'The Hawks beat the Owls on Sunday.\n\nCoach Dana Reyes had promised a win all week.\n\n"We did what we came to do," Reyes said.\n\n"The defence held firm in the second half.\n\n"Our rookies grew up today and I could not be prouder."\n\nThe Owls have lost four in a row.';
  const qs = directs(text);
  assert.deepEqual(qs.map((q) => q.text), ['We did what we came to do,', 'The defence held firm in the second half.', 'Our rookies grew up today and I could not be prouder.']);
  assert.ok(qs.every((q) => q.speaker === 'Dana Reyes'));
});

test('a verb of speaking after a modal closes the words of a quotation left open a line before', () => {
  const text = 'The Hawks beat the Owls 24 - 10 on Sunday .\n\nCoach Dana Reyes had promised a win all week .\n\n" We did what we came to do .\n\nThat is all I will say , " Reyes said .\n\nThe Owls have lost four in a row .';
  const qs = directs(text);
  assert.equal(qs.length, 1);
  assert.match(qs[0].text, /We did what we came to do \.\n\nThat is all I will say , $/);
  assert.equal(qs[0].speaker, 'Dana Reyes');
});

test('two apostrophes open what a straight double mark closes a paragraph later', () => {
  const text = "''We held on.\n\nThere is not much more to say,\" the captain said.";
  const regions = quoteRegions(text, lines(text));
  assert.equal(regions.length, 1);
  assert.equal(text.slice(regions[0].close), '" the captain said.');
});

test('a verb of speaking in its tense before the mark still opens a quotation', () => {
  const text = 'The captain spoke after the match.\n\nAnn Roe said, "We held on.\n\n"We are tired but happy."';
  const regions = quoteRegions(text, lines(text));
  assert.equal(regions.length, 2);
  assert.equal(regions[1].continues, true);
});

test('in tokenised text a quotation opened inside a line runs on to the later line whose first mark closes it', () => {
  const text = 'The Hawks beat the Owls 24 - 10 on Sunday .\n\nAccording to coach Dana Reyes , the rookies started " because they earned it in practice .\n\nThey listen and they work .\n\nNobody outran them all week , " Reyes told the club newsletter .\n\nThe Owls have lost four in a row .';
  const qs = directs(text);
  assert.equal(qs.length, 1);
  assert.match(qs[0].text, /^ because they earned it[^]*outran them all week , $/);
  assert.equal(qs[0].speaker, 'Dana Reyes');
});

test('in prose a quotation opened inside a paragraph is not closed by a later paragraph', () => {
  const text = 'The Hawks beat the Owls on Sunday.\n\nAccording to coach Dana Reyes, the rookies started "because they earned it in practice.\n\nThey listen and they work.\n\nNobody outran them all week," Reyes told the club newsletter.\n\nThe Owls have lost four in a row.';
  const regions = quoteRegions(text, lines(text));
  assert.ok(regions.every((r) => lines(text).some((p) => p.start <= r.open && r.close <= p.end)));
});

test('in tokenised text a mark that ends its line opens no quotation over the lines after it', () => {
  const text = 'The Hawks beat the Owls 24 - 10 on Sunday .\n\nReyes smiled .\n\n" I told them , " Keep your heads . "\n\nThe crowd stayed on its feet .\n\nWe never looked at the clock . "\n\nThe Owls have lost four in a row .';
  const regions = quoteRegions(text, lines(text));
  const paras = lines(text);
  assert.ok(regions.every((r) => paras.some((p) => p.start <= r.open && r.close <= p.end)));
});
