// A person relieved of a post is dismissed: an "other" event of its own (data/words/dismissal-verbs.txt). A person
// "relieved" to hear news, a relief with no post taken away, or a relieving ordered, is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const dismissals = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && e.trigger.text === 'relieved');

test('a person relieved of a post is dismissed', () => {
  for (const text of [
    'The board said it had relieved Ms Tran of her duties as finance chief.',
    'The garrison commander was relieved of his command on Tuesday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(dismissals(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('relief, a relief of no post, and a relieving ordered dismiss no one', () => {
  for (const text of [
    'Neighbours were relieved to hear the news on Tuesday.',
    'The new pump relieved pressure on the old main.',
    'The minister ordered the general to relieve the commander of his post.',
  ]) {
    const events = eventsOf(text);
    assert.equal(dismissals(events).length, 0, `${text}: ${listed(events)}`);
  }
});
