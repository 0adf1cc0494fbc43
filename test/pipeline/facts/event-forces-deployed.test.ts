// Armed forces deployed (troops, units, police, warships) are a military operation; software, capital or airbags
// deployed are none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const deployments = (events: EventRecord[]) => events.filter((e) => e.type === 'military_operation' && /^deploy/.test(e.trigger.text));

test('armed forces deployed are a military operation', () => {
  for (const text of [
    'The government deployed 5,000 troops to the border region on Friday.',
    'Two battalions were deployed along the river on Friday.',
    'The navy deployed three warships to the strait last week.',
    'The ministry will deploy riot police around the square on Sunday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(deployments(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('software, capital or airbags deployed are no operation', () => {
  for (const text of [
    'The bank deployed its new software across all branches last week.',
    'The fund deployed $2 billion of capital last year.',
    'The airbags deployed when the van hit the wall on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(deployments(events).length, 0, `${text}: ${listed(events)}`);
  }
});
