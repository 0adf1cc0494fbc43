// A nomination to an office ("nominated her to be surgeon general", "nominated as director", "nominated for Surgeon
// General") is an appointment put forward; a nomination for a prize ("for an Oscar", "for best director") is none.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const appointments = (events: EventRecord[]) => events.filter((e) => e.type === 'appointment');

test('a nomination to an office is an appointment', () => {
  for (const text of [
    'The governor said she was nominating a county nurse to be the next surgeon general.',
    'The mayor nominated Ada Quist as director of the port authority on Tuesday.',
    'The trust congratulated its former chair on being nominated for Surgeon General.',
  ]) {
    const events = eventsOf(text);
    assert.equal(appointments(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a nomination for a prize is no appointment', () => {
  for (const text of ['The cellist was nominated for a Grammy last winter.', 'The film-maker was nominated for best director at the festival.']) {
    const events = eventsOf(text);
    assert.equal(appointments(events).length, 0, `${text}: ${listed(events)}`);
  }
});

test('the office is read by word order where a long object or an age breaks the parse', () => {
  for (const text of [
    'The governor has nominated Tromso harbour pilot Capt. Ada Quist to be the next port commissioner.',
    'The governor nominated Ada Quist, 58, as the state\'s next port commissioner, her office said.',
  ]) {
    const events = eventsOf(text);
    assert.equal(appointments(events).length, 1, `${text}: ${listed(events)}`);
  }
  const events = eventsOf('The cellist, 41, was nominated for a Grammy as a soloist last winter.');
  assert.equal(appointments(events).length, 0, listed(events));
});
