// A passing event noun that a past, asserted verb of doing or saying takes as its object is the report of
// that happening where the text tells it nowhere else (session 29). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const attacks = (text: string) => eventsOf(text).filter((e) => e.type === 'attack');

test('a specific happening that a past clause reports is an event', () => {
  for (const text of ['Local leaders condemned the bombing in a statement.', 'Church leaders on Monday condemned the bombing.'])
    assert.equal(attacks(text).length, 1, `${text}: ${show(text)}`);
});

test('a happening thought about, to come, denied or in general is none', () => {
  assert.equal(eventsOf('The two firms were considering a merger.').filter((e) => e.type === 'agreement').length, 0);
  for (const text of ['Leaders will condemn the bombing.', 'Leaders did not condemn the bombing.', 'Leaders condemned bombings.'])
    assert.equal(attacks(text).filter((e) => e.status === 'asserted').length, 0, `${text}: ${show(text)}`);
});

test('a happening told elsewhere in the text stays one event', () => {
  const text = 'A bomb exploded at the market in Kano on Friday, killing four people. Local leaders condemned the bombing.';
  assert.equal(attacks(text).length, 1, `${text}: ${show(text)}`);
});
