// An event that someone failed to stop, refused to end or declined to investigate happened: only an object that the
// step not taken would have brought about is undone (review s24 A1). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const statusOf = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type).map((e) => e.status);

test('what a step not taken would have stopped, ended or examined is still asserted', () => {
  for (const [text, type] of [
    ['Guards failed to prevent the bombing of the depot on Friday.', 'attack'],
    ['The army failed to stop the attack, which killed 40 villagers.', 'attack'],
    ['Dock workers refused to end the strike at the harbour.', 'strike'],
    ['The ministry declined to investigate the killing of the reporter in April.', 'killing'],
    ['The union has not decided to end the strike.', 'strike'],
    ['There was no sign of an end to the strike at the mill on Monday.', 'strike'],
  ] as const) assert.deepEqual(statusOf(text, type), ['asserted'], `${text}: ${show(text)}`);
});

test('what a step not taken would have made stays undone', () => {
  const text = 'The two sides failed to sign a treaty at the summit.';
  assert.deepEqual(statusOf(text, 'agreement'), ['negated'], show(text));
});
