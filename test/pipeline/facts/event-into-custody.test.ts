// "Taken into custody" tells an arrest as done, with or without its own date or place. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('someone taken into custody was arrested, told with no date or place', () => {
  for (const text of ['Okafor was taken into custody after a long chase through the harbour.', 'The driver was taken into custody and questioned by detectives.']) {
    assert.ok(eventsOf(text).some((e) => e.type === 'arrest' && e.status === 'asserted'), `${text}: ${show(text)}`);
  }
});

test('one still to be taken into custody is planned, not told as done', () => {
  const text = 'Officers said the pilot will be taken into custody when the plane lands.';
  assert.ok(eventsOf(text).every((e) => e.type !== 'arrest' || e.status !== 'asserted'), `${text}: ${show(text)}`);
});

test('many taken into custody over a period up to now are a tally, no one arrest', () => {
  const text = 'Since then, 212 deserters have been taken into custody or traced, the ministry said.';
  assert.ok(!eventsOf(text).some((e) => e.type === 'arrest' && e.status === 'asserted'), `${text}: ${show(text)}`);
});
