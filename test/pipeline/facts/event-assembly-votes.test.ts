// A board, holders, directors or a council approving or adopting a plan vote on it; one person adopting, or
// anyone adopting a child or a policy outside a sitting, does not (data/event-senses.json). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2022-05-04' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const votes = (text: string) => eventsOf(text).filter((e) => e.type === 'vote').map((e) => e.trigger.text.toLowerCase());

test('a corporate or civic body approving or adopting a plan is a vote', () => {
  for (const [text, found] of [
    ["Harwell Foods Inc.'s board adopted a shareholder-rights plan on Tuesday.", 'adopted'],
    ["The merger was approved by Pellow's directors last week.", 'approved'],
    ['Stockholders of Pellow Gas Co. adopted the new bylaws at a special meeting.', 'adopted'],
    ['The town council approved a budget for the new library on Monday.', 'approved'],
  ] as const)
    assert.deepEqual(votes(text), [found], `${text}: ${show(text)}`);
});

test('a family adopting a child, or one official adopting a policy, is no vote', () => {
  for (const text of [
    'The Morenos adopted two brothers from an orphanage in 2019.',
    'The finance minister adopted a harder line on spending.',
  ])
    assert.deepEqual(votes(text), [], `${text}: ${show(text)}`);
});

test('a company adopting a plan of its own takes a step: an "other" event, no vote', () => {
  const text = 'Harwell Foods Inc. said it adopted a shareholder-rights plan to fend off unwanted bids.';
  assert.deepEqual(eventsOf(text).filter((e) => e.trigger.text === 'adopted').map((e) => e.type), ['other'], show(text));
});
