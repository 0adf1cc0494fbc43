// With no name and no place, an event's title took a short phrase for its party, possessives
// included: "Event by its troops" on the timeline and in the reader said nothing of whose troops.
// A party that points back ("its", "his", "their" …) does not title an event; the article does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTitle } from '../../src/event-view/merged-events.js';

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

test("an untyped event's clause that opens on a word pointing back does not title it either", () => {
  const report = (sentence: string, trigger: string, actor: string) => {
    const start = sentence.indexOf(trigger);
    return { sentence, triggerSpan: { start, end: start + trigger.length }, actors: [{ text: actor }], targets: [] };
  };
  const possessive = report('Its crews had towed the damaged trawler back to port before dawn.', 'towed', 'Its crews');
  // the noun of what it does says more than "Event" (action-noun.ts)
  assert.equal(eventTitle('other', possessive.actors, [], null, ARTICLE, noNames, possessive), 'Tow, in “Ferry strike ends after a week of talks”');
  const pronoun = report('They reopened the ticket office on the pier at noon.', 'reopened', 'They');
  assert.equal(eventTitle('other', pronoun.actors, [], null, ARTICLE, noNames, pronoun), 'Event, in “Ferry strike ends after a week of talks”', 'WordNet names no act of reopening');
  // a clause that names its party still titles the event
  const named = report('The harbour master reopened the ticket office on the pier at noon.', 'reopened', 'The harbour master');
  assert.equal(eventTitle('other', named.actors, [], null, ARTICLE, noNames, named), 'The harbour master reopened the ticket office on the pier at noon');
});
