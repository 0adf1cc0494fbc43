// A sentence that opens on a condition tells of nothing that happened, however the parse hangs it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const statuses = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('an event in a sentence opening on "if" or "unless" is hypothetical, even far from the condition', () => {
  for (const text of [
    'The union leader was blunt. "If the drivers still haven\'t [valid permits] by the end of the month they are going to be arrested."',
    'Unless the gallery hands back the stolen paintings to their owners this year, its director will be arrested.',
  ]) {
    const arrest = eventsOf(text).find((e) => e.type === 'arrest');
    assert.equal(arrest?.status, 'hypothetical', `${text}: ${statuses(eventsOf(text))}`);
  }
});

test('a condition later in the sentence leaves an earlier report as it is', () => {
  const events = eventsOf('Police arrested the gallery director on Monday, and prosecutors say they will drop the case if the paintings are returned.');
  assert.equal(events.find((e) => e.type === 'arrest')?.status, 'asserted', statuses(events));
});

test('a clause of time under "would" or "will" is as far off as the clause it times, whatever its tense', () => {
  const hedged = eventsOf('The archive stayed shut. The author said he would publish the letters after the donor died.').filter((e) => e.type === 'death');
  assert.deepEqual(hedged.map((e) => e.status), ['hypothetical'], statuses(hedged));
  const told = eventsOf('The archive stayed shut. The author published the letters after the donor died.').filter((e) => e.type === 'death');
  assert.deepEqual(told.map((e) => e.status), ['asserted'], statuses(told));
});
