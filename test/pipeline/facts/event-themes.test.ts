// Every "other" event carries its kind of happening (its theme): a disaster, a rebuttal, a bid.
// Happenings of different kinds in one story are never one event, however close they are told.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) =>
  events.map((e) => `${e.type}/${e.theme ?? '-'}:${e.trigger.text}:[${(e.mentions ?? []).map((m) => m.text).join('|')}]`).join(', ');

test('a rebuttal and a disaster told in one story stay two events, each with its theme', () => {
  const text =
    'Governor Ann Marsh has dismissed reports that she plans to step down before the spring vote.\n\n' +
    'Ms Marsh spoke to reporters in the capital on Tuesday.\n\n' +
    'Her aides said the flood in the northern valley had taken up most of her time.\n\n' +
    'The flood was the worst in the region for decades.';
  const events = eventsOf(text);
  const others = events.filter((e) => e.type === 'other');
  const rebuttal = others.find((e) => e.trigger.text.startsWith('dismiss'));
  assert.ok(rebuttal, listed(events));
  assert.ok(!(rebuttal.mentions ?? []).some((m) => /flood/.test(m.text)), listed(events));
  for (const e of others) assert.ok(e.theme, `every "other" event has a theme: ${listed(events)}`);
  const flood = others.find((e) => e.theme === 'disaster');
  if (flood) assert.notEqual(flood, rebuttal, listed(events));
});

test('deaths in a disaster and the disaster itself share the disaster theme', () => {
  const events = eventsOf('Rescue teams worked through the night. Forty people were killed following a landslide in the hills.');
  const others = events.filter((e) => e.type === 'other');
  assert.equal(others.length, 1, listed(events));
  assert.equal(others[0].theme, 'disaster', listed(events));
});
