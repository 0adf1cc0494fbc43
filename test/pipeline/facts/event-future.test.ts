// An event dated after the story was published has not happened yet: it is planned, not a fact on the
// timeline, however the sentence words it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyse, defaultContext } from '../../../src/pipeline/index.js';
import { isTimelineFact, type EventRecord } from '../../../src/types.js';

const ctx = defaultContext();

function eventsOf(text: string, published: string): EventRecord[] {
  return analyse({ source: { kind: 'file', location: 'future.txt', name: 'future' }, format: 'text', content: `Briefs\n\n${text}`, encoding: 'utf-8', hints: { published } }, ctx).events;
}

test('a meeting dated after publication is planned; one dated before stays a fact', () => {
  const ahead = eventsOf('The Kenyan finance minister attends a meeting with lenders in Nairobi on June 12, officials said.', '2031-06-10');
  const meeting = ahead.find((e) => e.type === 'meeting');
  assert.equal(meeting?.date?.iso, '2031-06-12');
  assert.equal(meeting?.status, 'planned');
  assert.equal(isTimelineFact(meeting!.status), false);
  const past = eventsOf('The Kenyan finance minister attended a meeting with lenders in Nairobi on June 8, officials said.', '2031-06-10');
  assert.equal(past.find((e) => e.type === 'meeting')?.status, 'asserted');
});

test('a month or a year, whose year the tense decides, does not overrule the verb', () => {
  const events = eventsOf('The two airlines signed a code-share agreement in June, the carriers said.', '2031-06-10');
  assert.equal(events.find((e) => e.type === 'agreement')?.status, 'asserted');
});
