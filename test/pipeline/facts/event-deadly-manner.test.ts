// "was fatally shot", "mortally wounded": an adverb of deadly manner gives a blow death as its result, a killing, as
// "shot dead" does; a blow with no such result is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('a blow told as fatal is a killing', () => {
  for (const text of [
    'Two guards fatally shot a 19-year-old driver at the checkpoint on Sunday night.',
    'Before she was fatally shot, the cashier had called the police twice, her brother said.',
  ]) {
    assert.ok(types(text).includes('killing'), `${text}: ${show(text)}`);
  }
  for (const text of ['Two guards shot a 19-year-old driver in the leg at the checkpoint on Sunday night.', 'The camera caught his fatally wounded dog on the path.']) {
    assert.ok(!types(text).includes('killing'), `${text}: ${show(text)}`);
  }
});
