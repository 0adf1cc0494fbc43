// What someone asks another to do has not happened: "urged the minister to resign", "called for
// her to quit". Such events stay findable as hypothetical, never facts. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const facts = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && (e.status === 'asserted' || e.status === 'alleged'));

test('a resignation asked for with "for … to" is no fact', () => {
  for (const text of [
    'The weather was cold. Party members called for her to quit her bid for the leadership.',
    'The weather was cold. Their calls for him to resign grew louder all week.',
  ]) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'resignation').length, 0, `${text}: ${listed(events)}`);
  }
});

test('a resignation urged or pressed on someone stays findable as hypothetical', () => {
  for (const text of ['The weather was cold. Opposition leaders urged the minister to resign on Monday.', 'The weather was cold. Unions pressed the chairman to step down.']) {
    const events = eventsOf(text).filter((e) => e.type === 'resignation');
    assert.deepEqual(events.map((e) => e.status), ['hypothetical'], `${text}: ${listed(events)}`);
  }
});

test('a resignation told as done is still a fact', () => {
  const events = eventsOf('The weather was cold. The minister resigned on Monday after the vote.');
  assert.equal(facts(events, 'resignation').length, 1, listed(events));
});

test('what someone presses or pushes for is asked, not done', () => {
  for (const text of ['The weather was cold. Activists pressed for the arrest of General Omar Haddad.', 'The weather was cold. Campaigners pushed for a vote on the bill before the summer.']) {
    const events = eventsOf(text).filter((e) => e.type === 'arrest' || e.type === 'vote');
    assert.deepEqual(events.map((e) => e.status), ['hypothetical'], `${text}: ${listed(events)}`);
  }
});

test('a request is never merged with a happening of the same type told in the story', () => {
  const events = eventsOf('The rally ended early. Reporters kept asking him to attack the senator. Last year\'s shooting at the church killed nine people.');
  const attacks = events.filter((e) => e.type === 'attack');
  assert.deepEqual(attacks.map((e) => `${e.trigger.text}:${e.status}`).sort(), ['attack:hypothetical', 'shooting:asserted'], listed(events));
});

test('an event noun asked for by a verb in any form, or by a noun of asking, is no fact', () => {
  for (const text of [
    'The square was full by noon. Students are demanding the arrest of Colonel Ivo Mraz.',
    'The square was full by noon. Demands for the arrest of Colonel Ivo Mraz grew all week.',
    'The square was full by noon. Her sisters have campaigned for the release of Dana Kovac.',
  ]) {
    const events = eventsOf(text).filter((e) => e.type === 'arrest' || e.type === 'release');
    assert.deepEqual(events.map((e) => e.status), ['hypothetical'], `${text}: ${listed(events)}`);
  }
});

test('an arrest made is still a fact', () => {
  const events = eventsOf('The square was full by noon. Police made the arrest of Colonel Ivo Mraz on Monday.');
  assert.equal(facts(events, 'arrest').length, 1, listed(events));
});

test('what an adjective judges needed with "for … to" is no plan told as decided', () => {
  for (const text of [
    'The weather was cold. Critics said the scandal made it imperative for the minister to resign.',
    'The weather was cold. Analysts said it was vital for the chairman to step down.',
  ]) {
    const events = eventsOf(text).filter((e) => e.type === 'resignation');
    assert.ok(events.every((e) => e.status === 'hypothetical'), `${text}: ${listed(events)}`);
  }
});
