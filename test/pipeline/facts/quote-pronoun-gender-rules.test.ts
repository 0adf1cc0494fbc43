// "“…,” he said" goes to no woman the article calls "she" (nor "she" to a man) when the only
// candidate left is of the other gender: the rules' nearest name knows no gender, so the quotation
// stays unattributed rather than wrong. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function speakerOf(text: string, opening: string): string | null {
  const q = analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.startsWith(opening));
  assert.ok(q, 'the quotation is found');
  return q.speaker;
}

const CLINIC = 'Helen Marsh runs her own small clinic in the valley. She has treated patients there for twenty years.\n\n' +
  'The reporter spoke with the parish priest about her.\n\n';

test('"he said" after a woman the article calls "she" is not hers', () => {
  assert.equal(speakerOf(`${CLINIC}"She goes to the farms herself," he said.`, 'She goes'), null);
});

test('"she said" is still hers', () => {
  assert.equal(speakerOf(`${CLINIC}"I was always glad to help," she said.`, 'I was always'), 'Helen Marsh');
});

const HEARING = 'Prosecutor Victor Hale said he would ask for a retrial. He said the verdict ignored the evidence.\n\n' +
  '"We will keep going until the families get an answer," Hale said.\n\n';

test('"the woman said" is not the man who spoke just before', () => {
  const speaker = speakerOf(`${HEARING}"Nobody on that panel wanted to hurt anyone," said the young woman.`, 'Nobody on that');
  assert.notEqual(speaker, 'Victor Hale');
});

test('"the prosecutor said" is still the man who spoke just before', () => {
  assert.equal(speakerOf(`${HEARING}"The evidence was never weighed," said the prosecutor.`, 'The evidence was'), 'Victor Hale');
});
