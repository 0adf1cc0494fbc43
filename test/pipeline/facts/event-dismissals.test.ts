// A person fired or relieved of a post is dismissed: an "other" event of its own. Shots fired, a gun fired at
// someone, a person "relieved" to hear news, a fired worker or leader described, or a firing ordered are none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const dismissals = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /^(fired|ousted|relieved)$/.test(e.trigger.text));

test('a person fired or relieved of a post is dismissed', () => {
  for (const text of [
    'The Lynx fired their manager Ola Berg on Tuesday after a poor season.',
    'The board said it had relieved Ms Tran of her duties as finance chief.',
    'Weeks after the editor was fired, the paper hired a successor.',
  ]) {
    const events = eventsOf(text);
    assert.equal(dismissals(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('shots fired, fire aimed at someone, relief and a described worker dismiss no one', () => {
  for (const text of [
    'A guard fired two warning shots over the crowd on Tuesday.',
    'The patrol said it was fired on by men in a pickup truck.',
    'Officers fired at the driver as he sped away.',
    'Neighbours were relieved to hear the news on Tuesday.',
    'A fired clerk sued the depot on Tuesday.',
    'Ms Berg, an ally of fired party leader Tom Ruud, spoke to reporters on Tuesday.',
    'The minister ordered the police chief to fire two officers.',
  ]) {
    const events = eventsOf(text);
    assert.equal(dismissals(events).length, 0, `${text}: ${listed(events)}`);
  }
});
