// A time told right after a verb's object ("issued a fix Tuesday for the bug") says when, and ends the object:
// the sense rules read the object's own head ("a fix"), not the weekday. A weekday that modifies the noun after
// it ("the Tuesday hearing") stays part of the phrase. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const eventsOf = (text: string) => analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('a fix issued with a weekday after it is still a fix put out', () => {
  for (const text of [
    'Norvale Systems issued an emergency patch Wednesday for a flaw in its booking software.',
    'Norvale Systems issued an emergency patch on Wednesday for a flaw in its booking software.',
  ]) {
    assert.ok(eventsOf(text).some((e) => e.type === 'other' && e.trigger.text === 'issued'), `${text}: ${show(text)}`);
  }
});

test('a weekday before the noun it modifies does not end the phrase', () => {
  const text = 'Police arrested two men after the Tuesday raid on a warehouse in Ostvik.';
  assert.ok(eventsOf(text).some((e) => e.type === 'arrest'), `${text}: ${show(text)}`);
});
