// With no name and no place, an event's title took a short phrase for its party, possessives
// included: "Event by its troops" on the timeline and in the reader said nothing of whose troops.
// A party that points back ("its", "his", "their" …) does not title an event; the article does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTitle } from '../../src/server/merged-events.js';

const noNames = () => undefined;
const ARTICLE = 'Ferry strike ends after a week of talks';

test('a party that starts with a possessive does not title an event', () => {
  for (const text of ['its troops', 'Their lawyers', 'his two brothers'])
    assert.equal(eventTitle('other', [{ text }], [], null, ARTICLE, noNames), 'Event, in “Ferry strike ends after a week of talks”', text);
  assert.equal(eventTitle('protest', [], [{ text: 'her former employer' }], null, ARTICLE, noNames), 'Protest, in “Ferry strike ends after a week of talks”');
});

test('a phrase that says who on its own still does', () => {
  assert.equal(eventTitle('other', [{ text: 'the harbour police' }], [], null, ARTICLE, noNames), 'Event by the harbour police');
});
