// An allegation cue alleges only what it governs: "a man accused of fraud … after he was arrested at
// the airport" alleges the fraud, not the arrest. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text, { published: '2024-05-06' }).events;
}

test('an arrest in a later clause is not alleged by an accusation describing the man', () => {
  const e = eventsOf("Italy has deported a Tunisian man accused of running a smuggling ring, police said on Monday, two years after he was arrested at Milan's Linate airport.").find((x) => x.type === 'arrest');
  assert.equal(e?.status, 'asserted');
});

test('the act an accusation names is still alleged', () => {
  assert.equal(eventsOf('Rebels accused the army of shelling the town.').find((x) => x.type === 'attack')?.status, 'alleged');
  assert.equal(eventsOf('It is believed that the guard was killed by rebels.').find((x) => x.type === 'killing')?.status, 'alleged');
});
