// The trained event-trigger detector in the facts stage (detected.ts): switched on, an eventive
// sentence the event rules pass over gains an "other" event at its main verb; a state, a denial, a
// condition or a question gains none, and re-mentions of the same happening join one event.
// Switched off (the default), nothing changes. Sentences are our own.
import test, { after } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';
import { DETECTOR_SETTINGS, settingsFrom, useDetector } from '../../../src/pipeline/facts/events/detected.js';
import { loadTriggerModel } from '../../../src/pipeline/facts/events/trigger-model.js';

const others = (events: EventRecord[]) => events.filter((e) => e.type === 'other');
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const shipped = loadTriggerModel() !== null;

after(() => useDetector(settingsFrom(process.env.CHRONICLE_TRIGGER)));

test('off by default: an eventive sentence the rules pass over gains nothing', () => {
  useDetector(null);
  const events = analyseText('The Lindqvist foundry dismantled its oldest furnace on Tuesday.').events;
  assert.equal(others(events).length, 0, listed(events));
});

test('switched on, an eventive sentence gains an "other" event at its main verb', { skip: !shipped && 'no event-trigger model' }, () => {
  useDetector(DETECTOR_SETTINGS);
  const events = analyseText('The Lindqvist foundry dismantled its oldest furnace on Tuesday.').events;
  const found = others(events);
  assert.equal(found.length, 1, listed(events));
  assert.equal(found[0].trigger.text, 'dismantled');
  assert.equal(found[0].status, 'asserted');
});

test('a state, a denial, a condition or a question gains no event', { skip: !shipped && 'no event-trigger model' }, () => {
  useDetector(DETECTOR_SETTINGS);
  for (const text of [
    'The Lindqvist foundry owns three furnaces near the harbour.',
    'The Lindqvist foundry did not dismantle its oldest furnace.',
    'If the price of coke rises, the Lindqvist foundry could dismantle its oldest furnace.',
    'Did the Lindqvist foundry dismantle its oldest furnace?',
  ]) {
    const events = analyseText(text).events;
    assert.equal(others(events).filter((e) => e.status === 'asserted').length, 0, `${text}: ${listed(events)}`);
  }
});

test('the same happening told twice is one event', { skip: !shipped && 'no event-trigger model' }, () => {
  useDetector(DETECTOR_SETTINGS);
  const events = analyseText('The Lindqvist foundry dismantled its oldest furnace on Tuesday.\n\nWorkers from Oslo dismantled the furnace in two shifts.').events;
  assert.equal(others(events).length, 1, listed(events));
});
