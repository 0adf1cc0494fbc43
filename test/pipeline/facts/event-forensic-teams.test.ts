// A forensic team is investigators whatever its noun ("forensic police", "forensic officers"), and investigators
// examining or studying a place are at work on it; examining evidence, or a thought, is no search of a place.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const inquiries = (events: EventRecord[]) => events.filter((e) => e.type === 'investigation');

test('a forensic team examining or going through a place is an investigation', () => {
  for (const text of [
    'Forensic officers were examining the bakery on Tuesday.',
    'Forensic teams examined the scene on Tuesday.',
    'Forensic police were going through the wreckage of the van on Tuesday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(inquiries(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('other officers, or a forensic team speaking or weighing evidence, tell no investigation', () => {
  for (const text of [
    'Traffic officers were examining the timetable on Tuesday.',
    'Forensic experts said the paint was older than the frame.',
    'Investigators examined the evidence on Tuesday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(inquiries(events).length, 0, `${text}: ${listed(events)}`);
  }
});
