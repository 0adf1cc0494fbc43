// A company's own acts of type other: a dividend its board declares, and a block of its shares bought
// back however the count is written ("up to one million of its shares"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

/** The `other` happenings of a text after a neutral lead, as theme:status. */
function others(text: string): string[] {
  return analyseText(`Company news\n\nThe weather was mild. ${text}`)
    .events.filter((e) => e.type === 'other')
    .map((e) => `${e.theme}:${e.status}`);
}

test('a dividend a board declares is a happening of its own', () => {
  assert.deepEqual(others('The board of Tavel Mills Inc. declared a quarterly dividend of 12 cents a share.'), ['dividend:asserted']);
  assert.deepEqual(others('Ostrand Corp. said it declared a special dividend of one warrant for every four shares.'), ['dividend:asserted']);
  assert.deepEqual(others('A dividend of 8 cents a share was declared by the directors of Ostrand Corp.'), ['dividend:asserted']);
});

test('a dividend paid, expected or counted is no event', () => {
  assert.deepEqual(others('Tavel Mills Inc. pays a quarterly dividend of 12 cents a share.'), []);
  assert.deepEqual(others('Analysts at Brenner Securities expect a higher dividend next year.'), []);
  assert.deepEqual(others('The dividend yield of Ostrand Corp. stock is about 3%.'), []);
});

test('a block of its own shares counted in words is a particular holding', () => {
  assert.deepEqual(others('In addition, the Tavel Mills board began the purchase of up to an additional two million shares.'), ['purchase:asserted']);
  assert.deepEqual(others('Ostrand Corp. completed the purchase of five million shares of its common stock on Friday.'), ['purchase:asserted']);
  // a purchase a board authorizes is told as that step, the purchase its content (event-clearance.test.ts)
  assert.deepEqual(others('In addition, the Tavel Mills board authorized the purchase of up to an additional two million shares.'), ['clearance:asserted']);
  // shares in general, uncounted, make no deal
  assert.deepEqual(others('Ostrand Corp. said the purchase of shares by small investors slowed.'), []);
});

test('the day a declared dividend is paid, or its record day, is no date of the declaring', () => {
  const text = 'Company news\n\nBOSTON, May 4 - Tavel Mills Inc said its board declared a quarterly dividend of 12 cents a share, payable June 15, record May 30.';
  const [dividend] = analyseText(text, { published: '1988-05-04' }).events.filter((e) => e.theme === 'dividend');
  assert.equal(dividend?.status, 'asserted', 'declared, not planned');
  assert.equal(dividend?.date ?? null, null);
});
