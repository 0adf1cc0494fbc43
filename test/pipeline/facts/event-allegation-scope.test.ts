// An allegation cue alleges only what it governs: "a man accused of fraud … after he was arrested at
// the airport" alleges the fraud, not the arrest. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyse, defaultContext } from '../../../src/pipeline/index.js';
import type { EventRecord } from '../../../src/types.js';

const ctx = defaultContext();

function eventsOf(text: string): EventRecord[] {
  return analyse({ source: { kind: 'file', location: 'alleged.txt', name: 'alleged' }, format: 'text', content: text, encoding: 'utf-8', hints: { published: '2024-05-06' } }, ctx).events;
}

test('an arrest in a later clause is not alleged by an accusation describing the man', () => {
  const e = eventsOf("Italy has deported a Tunisian man accused of running a smuggling ring, police said on Monday, two years after he was arrested at Milan's Linate airport.").find((x) => x.type === 'arrest');
  assert.equal(e?.status, 'asserted');
});

test('the act an accusation names is still alleged', () => {
  assert.equal(eventsOf('Rebels accused the army of shelling the town.').find((x) => x.type === 'attack')?.status, 'alleged');
  assert.equal(eventsOf('It is believed that the guard was killed by rebels.').find((x) => x.type === 'killing')?.status, 'alleged');
});
