// A surname that is also a title word ("King", "Prince", "Lord") gives its bearer no gender when it
// stands alone: "King said" is Ms King, and "she" can still go back to her. A title before a name
// ("Lord Dunmore") still does. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"she" goes back to a woman whose bare surname is King', () => {
  const text =
    'Marta King watched the storm from her kitchen on Tuesday. King said the river rose within an hour. ' +
    '"I could not see the road at all," she said.';
  assert.equal(quoteStarting(text, 'I could not see')?.speaker, 'Marta King');
});

test('"he" never goes to a woman surnamed Prince, only a title before a name gives gender', () => {
  const text =
    'Lord Halden and Ruth Prince opened the new ferry pier on Monday. Prince said the work ran late. ' +
    '"We waited a long time for this," he said.';
  assert.equal(quoteStarting(text, 'We waited')?.speaker, 'Lord Halden');
});
