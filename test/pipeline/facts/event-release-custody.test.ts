// A person released on bail or from custody is freed though the article never names them; a thing released
// (an album, a statement on bail reform) frees no one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const releases = (events: EventRecord[]) => events.filter((e) => e.type === 'release' && e.status === 'asserted');

test('an unnamed person released on bail or freed from jail is a release, passive or active', () => {
  for (const text of [
    'A retired dentist has been released on bail in Hull.',
    'A former soldier was freed from jail in Hull on Sunday.',
    'Police released the taxi driver on bail in Hull on Sunday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(releases(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a thing released is no release, whatever the phrase after it', () => {
  for (const text of ['The band released a new album in Hull on Sunday.', 'The charity released a report on bail reform in Hull on Sunday.']) {
    const events = eventsOf(text);
    assert.equal(releases(events).length, 0, `${text}: ${listed(events)}`);
  }
});
