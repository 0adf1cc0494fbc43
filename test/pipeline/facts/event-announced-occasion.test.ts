// A happening announced as to come, introduced as a new one or dated, is not the one already told as done: it
// stays apart, and is an event of its own when its clause is about it. A re-mention of the done one still joins it.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const ofType = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('a new march announced after one held is a second, planned event', () => {
  const text = 'Hundreds of dairy farmers marched through Carlisle on Monday in a protest over milk prices.\n\nA second protest is planned for the following week in Penrith.';
  const protests = ofType(text, 'protest');
  assert.equal(protests.length, 2, show(text));
  assert.deepEqual(protests.map((e) => e.status).sort(), ['asserted', 'planned'], show(text));
});

test('a dated hearing still to come is not the hearing already heard', () => {
  const text = 'Two lorry drivers accused of the fraud appeared at a hearing at Carlisle Crown Court.\n\nA further hearing in the case will be held at the same court on July 14.';
  const steps = ofType(text, 'prosecution');
  assert.equal(steps.length, 2, show(text));
  assert.ok(steps.some((e) => e.status === 'planned' && e.date?.iso?.endsWith('07-14')), show(text));
  assert.ok(!steps.some((e) => e.status !== 'planned' && e.date?.iso?.endsWith('07-14')), `the heard hearing keeps no date of the next: ${show(text)}`);
});

test('a re-mention of the march told as done still joins it', () => {
  const text = 'Hundreds of dairy farmers marched through Carlisle on Monday in a protest over milk prices.\n\nThe protest ended peacefully in the evening.';
  assert.equal(ofType(text, 'protest').length, 1, show(text));
});
