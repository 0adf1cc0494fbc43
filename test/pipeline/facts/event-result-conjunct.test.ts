// "A storm swept the coast, flattening sheds and killing six": an -ing clause joined to a result clause tells another
// result of the same doer, so a disaster's toll is a death, not a killing, and a deed's stays a killing. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('a result clause joined to another gives the disaster as doer of both: deaths, not killings', () => {
  const text = 'A violent storm swept the coast on Monday, flattening sheds in four harbours and killing six fishermen.';
  assert.ok(types(text).includes('death') && !types(text).includes('killing'), `${text}: ${show(text)}`);
  const deed = 'Rebels shelled the town on Monday, burning the market and killing six traders.';
  assert.ok(!types(deed).includes('death'), `${deed}: ${show(deed)}`);
});
