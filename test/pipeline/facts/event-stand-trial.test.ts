// Whoever stands trial, or awaits a sentence, is who the court step happens to: its target, as the
// subject of "will appear in court" is. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventOf(text: string, type: string): EventRecord | undefined {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events.find((e) => e.type === type);
}

test('the subject of "stand trial" is the defendant, a target of the prosecution, tried where "in" says', () => {
  const e = eventOf('Two officers will stand trial in Denver for the beating of a driver.', 'prosecution');
  assert.deepEqual(e?.actors.map((r) => r.text), []);
  assert.deepEqual(e?.targets.map((r) => r.text), ['Two officers']);
  assert.equal(e?.place?.text, 'Denver');
});

test('the subject of "stood trial" in the past is its target too', () => {
  assert.equal(eventOf('The retired colonel stood trial in Lyon last year.', 'prosecution')?.targets[0]?.text, 'The retired colonel');
});

test('near miss: whoever holds a meeting is still its doer, not one it happens to', () => {
  assert.deepEqual(eventOf('The two mayors held a meeting in Denver on Friday.', 'meeting')?.actors.map((r) => r.text), ['The two mayors']);
});
