// A dateline standing alone on the first line is read only in the dateline's own shape with a place
// the gazetteer knows, and it is then no title. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const docOf = (text: string) => analyseText(text, { published: '2022-04-05' }).doc;

test('a caps kicker or headline ending in a dash is no dateline', () => {
  assert.equal(docOf('LATEST HEADLINES --\n\nThe council voted on Monday to close the pool.').meta.dateline, null);
  assert.equal(docOf('FERRY STRIKE ENDS --\n\nCrews returned to work on Tuesday after a week.').meta.dateline, null);
});

test('a lone dateline line is the dateline and the story\'s first words are the title', () => {
  const doc = docOf('LISBON (AP) --\n\nThe port authority said on Monday it would lower its fees.');
  assert.equal(doc.meta.dateline?.place, 'Lisbon');
  assert.equal(doc.title, 'The port authority said on Monday it would lower its fees.');
});
