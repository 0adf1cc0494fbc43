// What befell a body, named by a noun a verb of going through takes ("underwent an appendectomy", "suffered a
// stroke"): a happening of its own, befalling the verb's subject. What else is
// suffered (losses, declines, setbacks) is none,
// nor are wounds and injuries many suffered (an attack's toll), ill health at large, or a surgery from years before. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';
import { isBodilyHappening } from '../../../src/pipeline/facts/events/bodily-happenings.js';

/** A first line the pipeline may read as a headline, so the sentence under test is body text. */
const LEAD = 'The club issued a statement on Tuesday.\n\n';

function eventsOf(text: string): EventRecord[] {
  return analyseText(LEAD + text, { published: '2024-05-14' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const befell = (events: EventRecord[], word: string) => events.filter((e) => e.type === 'other' && e.trigger.text.toLowerCase().includes(word));

test('WordNet reads procedures, attacks of illness and injuries as bodily happenings, not losses or declines', () => {
  for (const word of ['surgery', 'heart_attack', 'stroke', 'injury', 'fracture', 'concussion']) assert.ok(isBodilyHappening(word), word);
  // ill health at large is a state, not a happening
  for (const word of ['health_problem', 'diabetes']) assert.ok(!isBodilyHappening(word), word);
  // a wound is an attack's toll, told with the attack
  for (const word of ['loss', 'decline', 'setback', 'defeat', 'growth', 'damage', 'wound']) assert.ok(!isBodilyHappening(word), word);
});

test('the object of a verb of going through is what befell its subject', () => {
  for (const [text, word, who] of [
    ['The veteran goalkeeper underwent an appendectomy on Friday.', 'appendectomy', 'goalkeeper'],
    ['Marjorie Fenwick suffered a stroke at her home in Whitby last month.', 'stroke', 'Marjorie Fenwick'],
    ['The winger suffered a concussion in the second half and left the pitch.', 'concussion', 'winger'],
  ] as const) {
    const events = eventsOf(text);
    const found = befell(events, word);
    assert.equal(found.length, 1, `${text}: ${listed(events)}`);
    assert.equal(found[0].status, 'asserted', `${text}: ${listed(events)}`);
    assert.ok(found[0].targets.some((t) => t.text.includes(who)), `${text}: ${found[0].targets.map((t) => t.text).join('|')}`);
  }
});

test('a compound WordNet lists whole is the trigger ("heart attack")', () => {
  const events = eventsOf('The retired bishop suffered a heart attack while walking his dog on Saturday.');
  const found = befell(events, 'attack');
  assert.equal(found.length, 1, listed(events));
  assert.equal(found[0].trigger.text, 'heart attack');
});

test('a verb the tagger misreads still takes its object ("underwent" read as an adjective)', () => {
  const events = eventsOf('Gerald Ashcombe underwent surgery on March 3 to repair a torn ligament.');
  const found = befell(events, 'surgery');
  assert.equal(found.length, 1, listed(events));
  assert.ok(found[0].targets.some((t) => t.text.includes('Ashcombe')), found[0].targets.map((t) => t.text).join('|'));
});

test('what else is suffered is no bodily happening, and one denied did not happen', () => {
  for (const text of ['The bakery chain suffered a loss of four million pounds last year.', 'Exports suffered a sharp decline in the spring.', 'The team suffered a heavy defeat at home on Saturday.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'other' && /loss|decline|defeat/.test(e.trigger.text)).length, 0, `${text}: ${listed(events)}`);
  }
  const denied = befell(eventsOf('The driver did not suffer any injuries in the collision.'), 'injur');
  assert.ok(denied.every((e) => e.status === 'negated'), listed(denied));
});

test('a medical history from an earlier year is no news of the story', () => {
  const recalled = eventsOf('The boxer had undergone knee surgery in 2009.');
  assert.equal(befell(recalled, 'surgery').length, 0, listed(recalled));
  const twice = eventsOf('The boxer underwent knee surgery twice, in May and in August.');
  assert.equal(befell(twice, 'surgery').length, 0, listed(twice));
  const news = eventsOf('The boxer underwent knee surgery on Friday.');
  assert.equal(befell(news, 'surgery').length, 1, listed(news));
});

test('injuries many suffered are the toll of what hurt them, not a happening each', () => {
  const events = eventsOf('Three stewards suffered minor injuries when the crowd surged forward on Saturday.');
  assert.equal(befell(events, 'injur').length, 0, listed(events));
});
