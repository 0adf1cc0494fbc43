// A word that introduces a name or a title ("known as “…”", "called “…”") makes a quotation a
// name only in the quotation's own sentence: "His whereabouts are unknown." before a new paragraph
// that opens with a quotation names nothing. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const QUOTE = '``We have good reason to believe this man set the fire at the depot,\'\' fire marshal Dora Quint said.';

test('a title cue in the sentence before does not make the next quotation a name', () => {
  const text = `Police want to question a former night watchman. His whereabouts are unknown.\n\n${QUOTE}`;
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Dora Quint');
});

test('a paragraph ending in "called" before a quotation is no title either', () => {
  const text = 'The marshal said the case was the hardest she had called.\n\n"We will find whoever did this, however long it takes us to do it," she told reporters.';
  assert.ok(analyseText(text).quotes.some((x) => x.kind === 'direct' && x.text.startsWith('We will find')));
});

test('in its own sentence the cue still marks a name', () => {
  const text = 'The band, known as "The Quiet Ones in the Back Row of the Hall", played on.';
  assert.equal(analyseText(text).quotes.filter((x) => x.kind === 'direct').length, 0);
});

test('a naming word is a whole word: "recalled" is not "called"', () => {
  const text = 'The flood reached the village at dawn. Marta Sousa later recalled yelling "Take the children up to the church roof, all of them."';
  assert.ok(analyseText(text).quotes.some((x) => x.kind === 'direct' && x.text.startsWith('Take the children')));
});

test('a naming word with a verb of speaking after it hands the quotation on as speech', () => {
  const text = 'The dispatcher said that Tom Reyes called the station, saying "Someone has broken into the warehouse on Pier Street" before the line went dead.';
  assert.ok(analyseText(text).quotes.some((x) => x.kind === 'direct' && x.text.startsWith('Someone has broken')));
});
