// A quotation a verb of speaking hands on to a speaker phrase that resolves to nobody ("“…,” they
// said" with no group met before, "someone said") is still a quote: kept with no speaker and its
// cue, not dropped. Words that are not speech (a title, a scare quote) stay out. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Quote } from '../../../src/types.js';

function direct(text: string): Quote[] {
  return analyseText(text).quotes.filter((q) => q.kind === 'direct');
}

test('a short quotation "they said" of nobody named before is kept with no speaker and its cue', () => {
  const qs = direct('Heavy snow shut the mountain pass on Tuesday.\n\n"We will not wait another week," they said.');
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0].text, 'We will not wait another week,');
  assert.equal(qs[0].speaker, null);
  assert.equal(qs[0].cue?.text, 'said');
});

test('"They said: “…”" with nobody to be "they" is kept with no speaker', () => {
  const qs = direct('Heavy snow shut the mountain pass on Tuesday.\n\nThey said: "We will not wait another week".');
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0].speaker, null);
  assert.match(qs[0].cue?.text ?? '', /^said/);
});

test('"someone said" keeps its quotation, with no speaker', () => {
  const qs = direct('The pier lights failed again last night.\n\n"Nobody told us about the repairs," someone said.');
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0].speaker, null);
});

test('a named speaker is still found for the same short quotation', () => {
  const qs = direct('Heavy snow shut the mountain pass on Tuesday.\n\n"We will not wait another week," said Tomas Lindqvist.');
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0].speaker, 'Tomas Lindqvist');
});

test('a title and a scare quote with no verb of speaking are still not quotes', () => {
  assert.deepEqual(direct('The library showed a film called "The Quiet Harbour" on Sunday.'), []);
  assert.deepEqual(direct('Critics called the new bridge plan a "costly folly" for the town.').filter((q) => q.speaker === null), []);
});

test('a short answer "he said" with no sure antecedent is kept, unattributed, not guessed or lost', () => {
  const qs = direct('Tomas Lindqvist met Anna Berg at the pass.\n\n"Not yet," he said.');
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0].text, 'Not yet,');
  assert.equal(qs[0].speaker, null);
  assert.equal(qs[0].cue?.text, 'said');
});

test('a short answer after a sentence about one person alone still goes to that person', () => {
  const qs = direct('Tomas Lindqvist admitted the pass had been shut too early. "Perhaps," he said.');
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0].speaker, 'Tomas Lindqvist');
});

test('a short quotation with its own unresolved speaker phrase is not put on the person named before it', () => {
  const qs = direct('Tomas Lindqvist said the pass would open soon. "Not this week," someone said.');
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0].speaker, null);
});

test('"They told the BBC: “…”" and a partial quotation after "they said" are kept with no speaker', () => {
  const told = direct('Heavy snow shut the mountain pass on Tuesday.\n\nThey told the BBC: "We are staying put".');
  assert.equal(told.length, 1, JSON.stringify(told));
  assert.equal(told[0].speaker, null);
  const partial = direct('Heavy snow shut the mountain pass on Tuesday.\n\nThey said they were "staying put for now".');
  assert.equal(partial.length, 1, JSON.stringify(partial));
  assert.equal(partial[0].speaker, null);
});
