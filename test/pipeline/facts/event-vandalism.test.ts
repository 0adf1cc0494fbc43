// Property vandalised or ransacked is wrecked, as looting is: a happening of no listed type. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\nThe city council met on Monday to discuss the budget. ${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('a crowd that vandalised or ransacked property did something', () => {
  for (const [text, word] of [
    ['Rioters vandalised three shops on the high street on Sunday night.', 'vandalised'],
    ['A mob ransacked the party office on Sunday.', 'ransacked'],
  ]) {
    assert.ok(eventsOf(text).some((e) => e.type === 'other' && e.trigger.text === word && e.status === 'asserted'), `${text}: ${show(text)}`);
  }
});
