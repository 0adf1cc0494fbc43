// "Rebel commanders and army negotiators agreed to a truce": the parse may make the sentence's noun its root (or a second
// subject of a closing "a mediator said") and hang the verb on it as a participle; the verb is still the clause's, and
// its event a happening told in full. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('people or bodies that agreed to something, where the parse broke the clause, made an agreement', () => {
  for (const text of [
    'Rebel commanders and government negotiators agreed to a truce on Tuesday.',
    'Rebel commanders and government negotiators agreed to a ceasefire late on Tuesday after two days of talks, a mediator said.',
  ]) {
    assert.ok(eventsOf(text).some((e) => e.type === 'agreement' && e.status === 'asserted' && e.trigger.text === 'agreed'), `${text}: ${show(text)}`);
  }
});
