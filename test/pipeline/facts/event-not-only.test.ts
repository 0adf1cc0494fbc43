// "not only repelled an attack, but also arrested nine smugglers": "not only … but" adds one deed to another and
// denies neither; a plain "not" still negates. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const eventsOf = (text: string): EventRecord[] => analyseText(`Coast news\n\n${text}`, { published: '2029-03-12' }).events;
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('"not only" negates neither deed', () => {
  const repelled = eventsOf('The coastguard not only repelled an attack on a tanker in the strait, but also arrested nine smugglers.');
  assert.ok(repelled.some((e) => e.type === 'attack' && e.status === 'asserted'), listed(repelled));
  assert.ok(repelled.some((e) => e.type === 'arrest' && e.status === 'asserted'), listed(repelled));
  const arrested = eventsOf('The police not only arrested the smugglers but also seized their boat.');
  assert.ok(arrested.some((e) => e.type === 'arrest' && e.status === 'asserted'), listed(arrested));
});

test('a plain "not" still negates', () => {
  const events = eventsOf('The coastguard did not arrest the smugglers in the strait on Monday.');
  assert.ok(!events.some((e) => e.type === 'arrest' && e.status === 'asserted'), listed(events));
});
