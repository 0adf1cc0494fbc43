// A person signed by a club, label or studio is taken on (type other, theme signing); a document signed stays an
// agreement, and a bill or autographs signed are no event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const signings = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && e.theme === 'signing');

test('a person signed is a signing', () => {
  for (const text of [
    'The Falcons signed goalkeeper Ivo Marek on Thursday.',
    'The Rovers signed striker Paul Okafor from a rival club on Monday.',
    'The coach praised Luis Ortega, who was signed on Monday from a rival club.',
    // the parse may take the title for the object and hang the name beside it
    'The Falcons have signed defensive end Patrick Lowe and linebacker Rod Hale to bolster their defence.',
  ]) {
    const events = eventsOf(text);
    assert.equal(signings(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('a document, a bill or autographs signed are no signing', () => {
  for (const text of [
    'The two firms signed a letter of intent on Friday.',
    'The governor signed the budget bill on Friday.',
    'The players signed autographs for fans after the match.',
  ]) {
    const events = eventsOf(text);
    assert.equal(signings(events).length, 0, `${text}: ${listed(events)}`);
  }
  assert.ok(eventsOf('The two firms signed a letter of intent on Friday.').some((e) => e.type === 'agreement'));
});
