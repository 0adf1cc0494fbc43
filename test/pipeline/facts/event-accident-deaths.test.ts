// People killed in a crash, a collision or an accident died; no one killed them: a death, not a killing. A killing in
// an attack stays the attack's toll. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('killed in a crash or an accident, or by a collision, is a death', () => {
  for (const text of [
    'Four hikers were killed in a minibus crash near the pass on Sunday.',
    'Two cyclists were killed in a road accident outside the village on Sunday.',
    'The collision killed two ferry passengers on Sunday.',
  ]) {
    assert.ok(types(text).includes('death') && !types(text).includes('killing'), `${text}: ${show(text)}`);
  }
});

test('killed in an attack is no accident: the attack takes its toll', () => {
  const text = 'Two guards were killed in an attack on the depot on Sunday.';
  assert.ok(types(text).includes('attack') && !types(text).includes('death'), `${text}: ${show(text)}`);
});
