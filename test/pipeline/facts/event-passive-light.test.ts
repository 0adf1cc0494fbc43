// An event noun as the passive subject of a light verb ("the accord was signed in Lima", "the vote was
// held on Sunday") takes where, when and by whom from after the verb, as "signed the accord in Lima"
// does. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\n${text}`, { published: '2024-05-06' }).events;
}

test('"the accord was signed in Lima by …": an agreement in Lima, its signer the actor', () => {
  const signed = eventsOf('The accord was signed in Lima by Foreign Minister Ana Ruiz on Friday.').filter((e) => e.type === 'agreement');
  assert.equal(signed.length, 1);
  assert.equal(signed[0].place?.text, 'Lima');
  assert.ok(signed[0].actors.some((a) => a.text.includes('Ana Ruiz')));
});

test('a later passive sentence gives the place to the agreement the article reported first', () => {
  const events = eventsOf(
    'Chile and Peru signed a fishing agreement on Tuesday after two years of talks.\n\nThe agreement was signed in Arica by the two fisheries ministers, officials said.',
  );
  const agreements = events.filter((e) => e.type === 'agreement');
  assert.equal(agreements.length, 1);
  assert.equal(agreements[0].place?.text, 'Arica');
});

test('a passive not told as done adds no happening: "can be reached", "once … is reached", "when … is made"', () => {
  const events = eventsOf(
    'Diplomats hope an agreement can be reached in Oslo by June. Inspections resume once a final agreement is reached in Vienna. Appeals are likely when a ruling is made in Ohio.',
  );
  assert.ok(events.every((e) => e.status !== 'asserted'), events.map((e) => `${e.type} ${e.status}`).join(', '));
});

test('a noun that is not the light verb\'s subject takes nothing from it', () => {
  const events = eventsOf('After the election, the new budget was signed in Quito by the president.');
  assert.ok(events.every((e) => e.type !== 'election' || e.place === null));
});
