// "Closing what X calls the “dead” quay, he argues, has cost …": a cue set into the clause it
// reports. A short quoted term before the cue leaves the model's content to the words after it,
// yet the person named before the cue is part of what is said, not who "he" is. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const TEXT = 'Tomas Berg has run the ferry office on the north pier since the spring. Closing what Piet Olsen calls the "dead" quay, he argues, has cost the town its busiest summer in a decade.\n\n"Every boat that skipped us went on to Varnes, and not one of them came back in August."';

test('a pronoun set into a clause does not go back to the person that clause names', () => {
  const q = analyseText(TEXT).quotes.find((x) => x.kind === 'indirect' && x.text.includes('busiest summer'));
  assert.ok(q, 'the reported clause is found');
  assert.equal(q.speaker, 'Tomas Berg');
});

test('the next paragraph\'s quotation goes on with that speaker', () => {
  assert.equal(analyseText(TEXT).quotes.find((x) => x.kind === 'direct')?.speaker, 'Tomas Berg');
});

test('a pronoun after a quotation still goes back to the person named before it', () => {
  const text = 'Anna Holm chaired the planning panel for six years.\n\n"The proposal is too costly to survive a single vote in the council," she says.';
  assert.equal(analyseText(text).quotes.find((x) => x.kind === 'direct')?.speaker, 'Anna Holm');
});
