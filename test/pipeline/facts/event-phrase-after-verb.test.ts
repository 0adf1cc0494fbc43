// An event noun's phrase starts after the clause's verb, even a verb whose shape does not give it away ("follows"):
// "The appeal follows three rulings by the High Court in March" counts three rulings, new ones, not "the appeal …
// rulings" read as one definite phrase. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('counted court decisions after a present-tense verb are rulings of their own', () => {
  const text = 'The complaint by the tenants follows three decisions by the High Court last March.';
  assert.ok(eventsOf(text).some((e) => e.type === 'ruling' && e.trigger.text === 'decisions'), `${text}: ${show(text)}`);
});
