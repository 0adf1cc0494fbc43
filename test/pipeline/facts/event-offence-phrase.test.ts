// What someone is charged with, convicted of or prosecuted for is the offence, not part of the court
// step's parties, even where the parse hangs it on the nearest noun. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventOf(text: string, type: string): EventRecord | undefined {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events.find((e) => e.type === type);
}

const roles = (e: EventRecord | undefined) => ({ actors: e?.actors.map((r) => r.text), targets: e?.targets.map((r) => r.text) });

test('the offence after the one charged, convicted or prosecuted is no part of them', () => {
  assert.deepEqual(roles(eventOf('Federal prosecutors charged the two bankers with fraud.', 'charge')), { actors: ['Federal prosecutors'], targets: ['the two bankers'] });
  assert.deepEqual(roles(eventOf('A jury in Ohio convicted the nurse of murder.', 'conviction')), { actors: ['A jury'], targets: ['the nurse'] });
  assert.deepEqual(roles(eventOf('The state will prosecute the nurse for perjury.', 'prosecution')), { actors: ['The state'], targets: ['the nurse'] });
});

test('the offence after the agent of a passive is no part of the agent', () => {
  assert.deepEqual(roles(eventOf('The two bankers were charged by federal prosecutors with fraud.', 'charge')), { actors: ['federal prosecutors'], targets: ['The two bankers'] });
});

test('a phrase that says who someone is stays: only the offence preposition of the verb is cut', () => {
  assert.deepEqual(roles(eventOf('Prosecutors charged the leader of the gang with murder.', 'charge')), { actors: ['Prosecutors'], targets: ['the leader of the gang'] });
  assert.deepEqual(roles(eventOf('Police arrested the owner of the shop for fraud.', 'arrest')), { actors: ['Police'], targets: ['the owner of the shop'] });
});
