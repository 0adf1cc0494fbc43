// A fire told by the clause around it: what caught fire, a fire a clause places ("reported a fire at the
// depot"), a blaze whose relative clause tells what it did; shooting and figures of speech stay none.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`The report was published on Tuesday.\n\n${text}`, { published: '2031-03-11' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') || 'none';
const fires = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /^(fire|blaze)$/i.test(e.trigger.text));

test('what caught fire burnt: a fire, and no arrest', () => {
  const events = eventsOf('An old grain barn on the edge of Marlow caught fire late on Sunday, destroying its hay store.');
  assert.equal(fires(events).length, 1, listed(events));
  assert.equal(events.filter((e) => e.type === 'arrest').length, 0, listed(events));
});

test('a fire the clause places is one that happened', () => {
  for (const text of [
    'A passing cyclist reported a fire at the boat yard shortly after dawn.',
    'Crews from three towns battled a huge fire in the paint warehouse through the night.',
    'Firefighters were still damping down the fire which started in the kitchen of the hotel.',
  ]) {
    const events = eventsOf(text);
    assert.equal(fires(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('shooting and criticism told with fire are no blaze', () => {
  for (const text of [
    'The patrol returned fire at the gunmen in the hills.',
    'The mayor drew fire from residents at the meeting in the town hall.',
    'Troops opened fire at the crowd outside the ministry.',
  ]) {
    const events = eventsOf(text);
    assert.equal(fires(events).length, 0, `${text}: ${listed(events)}`);
  }
});

test('a fire an attack set going is the attack\'s work; a capitalised title word is no fire', () => {
  for (const text of [
    'Two clerks died at the post office, which caught fire after masked men smashed the door and threw petrol bombs inside.',
    'The studio has booked a spring release for its sequel, Harvest of Fire.',
  ]) {
    const events = eventsOf(text);
    assert.equal(fires(events).length, 0, `${text}: ${listed(events)}`);
  }
});
