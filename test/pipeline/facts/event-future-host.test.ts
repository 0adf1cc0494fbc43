// "Ellen Brook will host the Oscars next spring": a named person who is to host a show has been chosen as its host,
// an appointment (planned); a hosting told as done and a host of a guest are none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const eventsOf = (text: string): EventRecord[] => analyseText(`Arts\n\n${text}`, { published: '2029-03-12' }).events;
const appointments = (text: string) => eventsOf(text).filter((e) => e.type === 'appointment').map((e) => `${e.trigger.text}:${e.status}`);

test('a named person who will host a show, or return to host it, is appointed its host', () => {
  for (const text of ['Ellen Brook will host the Oscars next spring.', 'Ellen Brook will return to host the Harbour Film Awards next spring.']) {
    assert.deepEqual(appointments(text), ['host:planned'], text);
  }
});

test('a hosting told as done, or of a guest, is no appointment', () => {
  for (const text of ['Ellen Brook hosted the Oscars in 2019.', 'The mayor will host the visiting premier at the town hall on Friday.']) {
    assert.deepEqual(appointments(text), [], text);
  }
});
