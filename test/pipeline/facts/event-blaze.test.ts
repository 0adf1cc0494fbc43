// "Blaze" names a fire that broke out, as "fire" does, in the same shapes the parse reads for "fire"; "flames"
// alone stay none (a torch's or a bomb's as often). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`The report was published on Tuesday.\n\n${text}`, { published: '2031-03-11' }).events;
}
const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ') || 'none';
const blazes = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /^blazes?$/i.test(e.trigger.text));

test('a blaze a clause tells of, places or follows is a fire', () => {
  for (const text of [
    'A blaze gutted the old rope works at Dunmere early on Monday.',
    'Six crews were damping down the remains of the blaze which started in a boiler room at the mill.',
    'Neighbours were moved out of their flats after a blaze at the laundry on Monday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(blazes(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('flames alone, and a blaze of colour, are no fire', () => {
  for (const text of ['The flames of the torches lit the square during the parade.', 'The garden was a blaze of colour all through May.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'other' && /^(flames|blaze)$/i.test(e.trigger.text)).length, 0, `${text}: ${listed(events)}`);
  }
});
