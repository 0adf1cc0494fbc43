// Appointments told one after another are one event only when they can be the same move: two posts
// filled, where the reports share no named person, are two appointments; a post told again ("the
// post") is the same one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${(e.mentions ?? []).map((m) => m.text).join('/')}`).join(', ');
const appointments = (text: string) => analyseText(text).events.filter((e) => e.type === 'appointment');

test('two people each taking a different post are two appointments', () => {
  const events = appointments('Rosa Klein, 51, head of sales, becomes director of marketing. And Tom Avery, 44, chief engineer, becomes director of research and development.');
  assert.equal(events.length, 2, listed(events));
});

test('a post told again as "the post" is the same appointment', () => {
  const events = appointments('Rosa Klein, 51, head of sales, becomes director of marketing at Harlan Freight.\n\nShe was appointed to the post after a board meeting on Monday.');
  assert.equal(events.length, 1, listed(events));
});
