// The trained event-trigger detector (trigger-model.ts) is a measuring tool, not part of the facts
// stage: it neither proposes events the rules pass over nor vetoes the rules' events (both lowered
// events F1 under leave-one-set-out). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const listed = (text: string) => analyseText(text).events.map((e) => `${e.type}:${e.trigger.text}`);

test('a happening the event lexicon has no word for gains no event', () => {
  assert.deepEqual(listed('The Lindqvist foundry dismantled its oldest furnace on Tuesday.'), []);
});

test('a deal noun the detector scores as no event is still the rules\' event', () => {
  // the detector gives "agreement" in such a sentence a margin below zero; the rules' agreement stays
  assert.ok(listed('The Halvorsen shipyard signed an agreement with Marrow Steel on Monday.').includes('agreement:agreement'));
});
