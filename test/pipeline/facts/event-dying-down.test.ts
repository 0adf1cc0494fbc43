// A fight, a noise or a wind that dies down or away fades: no one dies. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('a fight or a noise that dies down is no death', () => {
  for (const text of ['The shouting in the square died down after an hour.', 'When the brawl began to die down, the guests went home.']) {
    assert.ok(!types(text).includes('death'), `${text}: ${show(text)}`);
  }
  const died = 'The old fisherman died at his home on Friday.';
  assert.ok(types(died).includes('death'), `${died}: ${show(died)}`);
});
