// A craft that crashed or collided, "killing" those aboard, is how they died: a death, not a killing. An attack
// that killed stays violence. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('killed as a craft crashed or collided is a death', () => {
  for (const text of [
    'A small tourist plane crashed into a hillside on Saturday, killing its pilot and two passengers.',
    'A river ferry collided with a barge on Saturday, killing six passengers.',
    'The army helicopter crashed in thick fog on Saturday, killing all three soldiers aboard.',
  ]) {
    assert.ok(types(text).includes('death') && !types(text).includes('killing'), `${text}: ${show(text)}`);
  }
});

test('raiders who stormed a village, killing people, attacked it', () => {
  const text = 'Raiders stormed a hillside village on Saturday, killing nine farmers.';
  assert.ok(!types(text).includes('death'), `${text}: ${show(text)}`);
});
