// Wire copy writes quotation marks as two backquotes and two apostrophes (``…''). A figure's label
// (what it counts, a claim's quantity) shows them as quotation marks; the text, its spans and the
// sentence keep them as written. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { labelQuoteMarks } from '../../../src/label-marks.js';

test("a figure's label shows the wire's ``…'' as quotation marks; its span and the text keep the marks", () => {
  const text = "Board adopts rights plan\n\nNEW YORK (AP) -- The company said Tuesday its board adopted a ``shareholder rights'' plan worth $45 million.";
  const analysis = analyseText(text);
  const plan = analysis.figures.find((f) => f.value === 45_000_000);
  assert.ok(plan, 'found');
  assert.equal(plan.what, 'a “shareholder rights” plan');
  assert.ok(plan.whatSpan);
  assert.equal(text.slice(plan.whatSpan.start, plan.whatSpan.end), "a ``shareholder rights'' plan");
  assert.equal(analysis.doc.text, text);
  assert.equal(text.slice(plan.start, plan.end), plan.text);
});

test('labelQuoteMarks: pairs, single quotes, a mark left dangling at either end, and labels without wire marks', () => {
  assert.equal(labelQuoteMarks("workers the union calls ``temporary''"), 'workers the union calls “temporary”');
  assert.equal(labelQuoteMarks("a `poison pill' defence"), 'a ‘poison pill’ defence');
  assert.equal(labelQuoteMarks('veterans who marched to denounce the mayor ``'), 'veterans who marched to denounce the mayor');
  assert.equal(labelQuoteMarks("'' the ferry tickets sold"), 'the ferry tickets sold');
  for (const plain of ["the council's 12 seats", 'tonnes of grain', "rock 'n' roll fans", '“quoted” already']) assert.equal(labelQuoteMarks(plain), plain);
});

test('labelQuoteMarks: a quotation the label cuts through loses its mark, whatever the mark, and no wire mark is left', () => {
  assert.equal(labelQuoteMarks('fans chanting ``Olé'), 'fans chanting Olé');
  assert.equal(labelQuoteMarks('the ``harbour toll scheme'), 'the harbour toll scheme');
  assert.equal(labelQuoteMarks('the “harbour toll scheme'), 'the harbour toll scheme');
  assert.equal(labelQuoteMarks('the "harbour toll scheme'), 'the harbour toll scheme');
  assert.equal(labelQuoteMarks("toll scheme'' for barges"), 'toll scheme for barges');
  assert.equal(labelQuoteMarks("the ``old `quay' tax"), 'the old ‘quay’ tax');
});

test("labelQuoteMarks: an apostrophe inside a quotation is a letter's, and the wire's one-mark close ends the quotation", () => {
  assert.equal(labelQuoteMarks("a `Miller's' franchise"), "a ‘Miller's’ franchise");
  assert.equal(labelQuoteMarks("``Miller's'"), "“Miller's”");
  assert.equal(labelQuoteMarks("``Miller's'' franchise"), "“Miller's” franchise");
  for (const plain of ["the dockers' pay", 'a "fair" fare', '“quoted” already']) assert.equal(labelQuoteMarks(plain), plain);
});
