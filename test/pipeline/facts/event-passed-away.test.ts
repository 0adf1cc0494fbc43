// "Passed away" is the common euphemism for died; clouds or a danger that pass away only move on or end.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const deaths = (text: string) => eventsOf(text).filter((e) => e.type === 'death');

test('a person who passed away died', () => {
  for (const text of ['The retired bishop passed away on Sunday at a hospice in Leeds.', 'Her grandfather passed away peacefully last winter.', 'The painter Marta Ilves passed away Monday at 91.']) {
    assert.equal(deaths(text).length, 1, `${text}: ${show(text)}`);
  }
});

test('passing a law, or a danger that passes away, is no death', () => {
  for (const text of ['The assembly passed the water bill on Sunday.', 'The danger passed away by morning.']) {
    assert.equal(deaths(text).length, 0, `${text}: ${show(text)}`);
  }
});
