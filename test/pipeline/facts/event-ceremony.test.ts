// A ceremony held, attended or addressed is a happening of no listed type ('other'). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const ceremonies = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && e.theme === 'ceremony');

test('a ceremony with its own place or time is a happening', () => {
  for (const text of [
    'Three villages formally joined the water board at a ceremony in Velden on Monday.',
    'Speaking at a ribbon-cutting ceremony outside the Ostend depot, the mayor praised the builders.',
  ])
    assert.equal(ceremonies(text).length, 1, `${text}: ${show(text)}`);
});

test('the ceremony told again is the same happening', () => {
  const text = 'The mayor opened the bridge at a ceremony in Velden on Monday. The ceremony lasted an hour.';
  assert.equal(ceremonies(text).length, 1, show(text));
});
