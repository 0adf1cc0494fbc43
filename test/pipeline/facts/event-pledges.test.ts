// A pledge made to a named person is an event of type other; a pledge to the public is what a
// speech says, and no event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Local news\n\n${text}`).events;
}

test('a pledge to a named person is an event of type other', () => {
  const events = eventsOf('The mayor broke a pledge to Maria Lopez to keep the library open, her aides said.');
  const pledge = events.find((e) => e.type === 'other');
  assert.equal(pledge?.trigger.text, 'pledge');
});

test('a pledge whose infinitive names the person counts even where the parse hangs the infinitive on the verb', () => {
  const events = eventsOf('According to the memoir, the chairman went back on a pledge to step aside for Anna Berg after the board intervened in 2019.');
  assert.ok(events.some((e) => e.type === 'other' && e.trigger.text === 'pledge'));
});

test('a pledge to voters, or one owned by the person named, is no event', () => {
  for (const text of [
    'The candidate repeated her pledge to cut bus fares for pensioners.',
    "Mr Okafor's pledge on housing was printed on every leaflet.",
    'Voters remember the pledge by Ivan Petrov to build new schools.',
  ]) assert.equal(eventsOf(text).filter((e) => e.type === 'other').length, 0, text);
});

test('two tellings of one pledge to the same person are one event; a flood in the same story is another', () => {
  const events = eventsOf(
    'Dozens of homes were destroyed by the flood in the valley last week.\n\nThe governor went back on a pledge to Maria Lopez to resign.\n\nThe council met on Friday.\n\nA new biography says the governor went back on a pledge to Maria Lopez to resign after allies intervened.',
  );
  const others = events.filter((e) => e.type === 'other');
  assert.equal(others.length, 2, others.map((e) => e.trigger.text).join(', '));
  const pledge = others.find((e) => e.trigger.text === 'pledge') as (EventRecord & { mentions?: unknown[] }) | undefined;
  assert.equal(pledge?.mentions?.length ?? 0, 2);
  assert.deepEqual(pledge?.targets.map((t) => t.text), ['Maria Lopez']);
});
