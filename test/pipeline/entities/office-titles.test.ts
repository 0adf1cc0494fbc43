// Military and US office titles written before a name ("Lt Col", "Maj.", "Gov.", "Rep.") mark a
// person, as "Col" and "Sen." already did. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const names = (text: string) =>
  analyseText(text, { until: 'entities' }).mentions;

test('a name after a stacked military title is a person', () => {
  const officer = names('Lawmakers questioned Lt Col Brandon Oakes, an Army officer, on Tuesday.').find((m) => m.text.includes('Oakes'));
  assert.equal(officer?.type, 'PER');
  assert.equal(officer?.title, 'Lt');
});

test('a first title the tagger reads as a name of its own names no one', () => {
  const ms = names('Senators grilled Lt Col Marcus Feldt.');
  assert.equal(ms.find((m) => m.text.includes('Feldt'))?.type, 'PER');
  assert.deepEqual(ms.filter((m) => m.text === 'Lt').map((m) => m.type), []);
});

test('a governor or representative title marks the name after it', () => {
  const gov = names('Nevada Gov. Corwin Hale signed the order on Friday.').find((m) => m.text.includes('Hale'));
  assert.equal(gov?.type, 'PER');
  assert.equal(gov?.title, 'Gov');
  const rep = names('Texas Rep. Marcy Delgado said the bill would fail.').find((m) => m.text.includes('Delgado'));
  assert.equal(rep?.title, 'Rep');
});
