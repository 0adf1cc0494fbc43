// A quotation opened by a verb of speaking of its own ("A told her, “…,” X said") is A's words,
// which X only reports. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function directSpeaker(text: string, opening: string): string | null | undefined {
  return analyseText(text).quotes.find((x) => x.kind === 'direct' && x.text.includes(opening))?.speaker;
}

test('a named person who told someone the quotation speaks it, not the one reporting the scene', () => {
  const text = 'The ferry left late on Sunday. Harriet Olsen waved from the pier and told her brother, "Bring the lamps back before dark," the harbourmaster Piet Kragen recalled.';
  assert.equal(directSpeaker(text, 'Bring the lamps'), 'Harriet Olsen');
});

test('a nurse who shouted the quotation is its speaker, through the relative clause', () => {
  const text = 'The ward was quiet until noon. A patient ran past a nurse who had followed him outside and had shouted, "Stop, the floor is wet!" the manager Dora Feld said.';
  assert.equal(directSpeaker(text, 'Stop, the floor'), 'nurse');
});

test('with no verb of speaking before the quotation, the one named after it still speaks', () => {
  const text = 'The ward was quiet until noon. A patient ran past the desk, "a blur in a blue gown," the manager Dora Feld said.';
  assert.equal(directSpeaker(text, 'a blur'), 'Dora Feld');
});
