// A sense rule reads every member of a listed object, even where the parse hangs the later members elsewhere
// ("charged the firm, its owner and two clerks with …"); a list after an object's own phrase goes on that phrase.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const ofType = (text: string, type: string) => analyseText(text).events.filter((e) => e.type === type);
const listed = (text: string) => analyseText(text).events.map((e) => `${e.type}:${e.trigger.text}`).join(', ') || '(none)';

test('a charge against a body and the people listed after it is a charge', () => {
  for (const text of [
    'Investigators charged the charity, its treasurer and two trustees with fraud.',
    'Investigators charged the charity with fraud.',
    'Police charged the bank, two tellers and a guard with theft on Monday.',
  ]) assert.equal(ofType(text, 'charge').length, 1, `${text}: ${listed(text)}`);
});

test('people listed after a phrase inside the object are that phrase\'s, not the ones suspended', () => {
  const text = 'Orchard Foods suspended payments to its growers, its drivers and two hauliers.';
  assert.equal(ofType(text, 'sanction').length, 0, `${text}: ${listed(text)}`);
});
