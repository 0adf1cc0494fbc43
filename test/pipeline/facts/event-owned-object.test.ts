// A happening named with its owner as a verb's object exists, whatever hedge or condition is on the verb
// ("if they lose their appeal"); without an owner, or where it is asked for or held, the hedge stays. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const statuses = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const statusOf = (text: string, trigger: string) => {
  const events = analyseText(text).events;
  return { status: events.find((e) => e.trigger.text.toLowerCase() === trigger)?.status, all: statuses(events) };
};

test('an owned happening under a condition on the verb that takes it is reported as it is', () => {
  const { status, all } = statusOf('The county has given the growers until noon Friday to vacate the orchard if they lose their federal court appeal.', 'appeal');
  assert.equal(status, 'asserted', all);
});

test('without an owner, or held with a light verb, the hedge stays on the happening', () => {
  for (const [text, trigger] of [
    ['The county has given the growers until noon Friday to vacate the orchard if they lose a federal court appeal.', 'appeal'],
    ['The tenants said they would hold their meeting in the church hall.', 'meeting'],
  ] as const) {
    const { status, all } = statusOf(text, trigger);
    assert.ok(status !== undefined && status !== 'asserted', `${text}: ${all}`);
  }
});
