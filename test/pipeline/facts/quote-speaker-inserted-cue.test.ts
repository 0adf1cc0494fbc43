// "The X jibe, he says, is …": a cue set into the clause it reports; the person named in the
// words before it is part of what is said, not who "he" is. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const TEXT = 'Oliver Brandt, one of the men a leaflet poked fun at, feigns shock at what he sees as the council losing its way. The Peter Lund "mongrel" jibe, he says, is only the newest sign of a council adrift.\n\n"Nobody there seems to know what the water will do next, and nobody asks the fishermen."';

test('a pronoun set into a clause does not go back to the person that clause names', () => {
  const q = analyseText(TEXT).quotes.find((x) => x.kind === 'indirect' && x.text.includes('newest sign'));
  assert.ok(q, 'the reported clause is found');
  assert.equal(q.speaker, 'Oliver Brandt');
});

test('the next paragraph\'s quotation goes on with that speaker', () => {
  assert.equal(analyseText(TEXT).quotes.find((x) => x.kind === 'direct')?.speaker, 'Oliver Brandt');
});

test('a pronoun after a quotation still goes back to the person named before it', () => {
  const text = 'Anna Holm chaired the planning panel for six years.\n\n"The proposal is too costly to survive a single vote in the council," she says.';
  assert.equal(analyseText(text).quotes.find((x) => x.kind === 'direct')?.speaker, 'Anna Holm');
});
