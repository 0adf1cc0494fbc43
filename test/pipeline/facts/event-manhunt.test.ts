// A manhunt, or a search or hunt for a named person, is an investigation; a search for survivors, a cure or a
// new manager is none (data/event-nouns.tsv, data/event-senses.json). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2022-05-04' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const investigations = (text: string) => eventsOf(text).filter((e) => e.type === 'investigation').map((e) => e.trigger.text.toLowerCase());

test('the hunt or search for a named person is an investigation', () => {
  for (const [text, found] of [
    ['Police in Ostrava launched a hunt for Maria Oduya after she escaped from a prison van.', 'hunt'],
    ['Detectives widened the search for Pavel Dusek to three neighbouring counties on Friday.', 'search'],
  ] as const)
    assert.deepEqual(investigations(text), [found], `${text}: ${show(text)}`);
});

test('a search for survivors, a buyer or a new coach is no investigation', () => {
  for (const text of [
    'Rescue teams pressed on with the search for survivors in the flooded valley.',
    'The club began its hunt for a new coach after the season ended.',
    'The board has started a search for a buyer of the paper mill.',
  ])
    assert.deepEqual(investigations(text), [], `${text}: ${show(text)}`);
});
