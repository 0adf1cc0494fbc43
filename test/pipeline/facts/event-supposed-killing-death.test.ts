// A death joined to a killing becomes that killing only where the killing is told as done: one supposed ("if anyone is
// killed") or named as a crime in a list ("crimes ranging from fraud to murder to arson", which the parse may read as a verb "to murder") tells no deed the death could be.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const eventsOf = (text: string): EventRecord[] => analyseText(`Obituaries\n\n${text}`, { published: '2029-03-12' }).events;
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

test('a death beside a crime named in a list stays a death', () => {
  const events = eventsOf('Ole Varga, who died on Sunday in prison at 81, spent years dodging trial for crimes ranging from fraud to murder to arson.');
  assert.ok(events.some((e) => e.type === 'death' && e.trigger.text === 'died'), listed(events));
  assert.ok(!events.some((e) => e.type === 'killing' && e.trigger.text === 'died'), listed(events));
});

test('a death told beside a killing done is still the killing', () => {
  const events = eventsOf('Gunmen shot and killed a shopkeeper in Tabora on Sunday; he died at the scene.');
  assert.ok(events.some((e) => e.type === 'killing'), listed(events));
});
