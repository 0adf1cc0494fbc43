// A disaster word names a disaster only where the text tells of one: not as a modifier of another noun
// ("earthquake insurance", "a landslide victory", "Tornado fighters"), and a quake imagined in a hedged
// clause is a scenario, not a fact. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const disasters = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && e.theme === 'disaster');

test('a disaster word modifying another noun names no disaster', () => {
  for (const text of [
    'Officials counted the ballots overnight. The governing party claimed a landslide victory in the capital on Sunday.',
    'Brokers met clients on Monday. Foreign reinsurers have grown wary of earthquake insurance risks along the coast, one analyst said.',
    'The contract was signed in March. Under it the navy will receive 40 Tornado fighters over five years.',
  ]) {
    const events = eventsOf(text);
    assert.equal(disasters(events).length, 0, `${text}: ${listed(events)}`);
  }
});

test('a disaster word before a word for the happening itself still names the disaster', () => {
  const events = eventsOf('Charities appealed for funds. Donors sent money after the tsunami disaster on the coast in December.');
  assert.equal(disasters(events).length, 1, listed(events));
});

test('a named storm is still a disaster', () => {
  const events = eventsOf('Residents fled inland. Hurricane Lorna struck the coast on Tuesday.');
  assert.equal(disasters(events).length, 1, listed(events));
});

test('a quake imagined in a hedged clause is no fact', () => {
  for (const text of [
    'Dealers were nervous on Monday. Some economists think that in the aftermath of a Tokyo quake the yen would rise sharply.',
    'Dealers were nervous on Monday. Insurers fear a Tokyo quake would cost them billions of dollars.',
  ]) {
    const events = disasters(eventsOf(text));
    assert.equal(events.length, 1, `${text}: ${listed(events)}`);
    assert.equal(events[0].status, 'hypothetical', `${text}: ${listed(events)}`);
  }
});

test('a drought told by its conditions is still a drought', () => {
  const events = eventsOf('Farmers asked for help. Worsening drought conditions in the province may force officials to ration water this summer.');
  assert.equal(disasters(events).length, 1, listed(events));
});

test('a bare verb the tagger hangs on a disaster word is the head of a compound ("quake cover")', () => {
  const events = eventsOf('Reinsurers met on Monday. Local branches of foreign firms are allowed 100 pct quake cover but foreign insurers now set a limit of 60 pct.');
  assert.equal(disasters(events).length, 0, listed(events));
});

test('a hyphenated modifier with a figurative part makes the disaster word a figure of speech', () => {
  for (const text of [
    'Shares rose on Tuesday. Call centres are bracing for an online-age tsunami of complaints.',
    'Shares rose on Tuesday. Publishers fear a digital-era earthquake in their trade.',
  ]) {
    const events = eventsOf(text);
    assert.equal(disasters(events).length, 0, `${text}: ${listed(events)}`);
  }
  // a hyphenated modifier of the physical world leaves the disaster standing
  const events = eventsOf('Roads were closed on Tuesday. A rain-triggered landslide buried the village overnight.');
  assert.equal(disasters(events).length, 1, listed(events));
});

test('a disaster word in a simile ("like wildfire") is a figure of speech', () => {
  for (const text of [
    'Shares rose on Tuesday. Rumours of the merger spread like wildfire through the trading floor.',
    'Shares rose on Tuesday. The new rules hit small lenders like a tsunami, one banker said.',
  ]) {
    const events = eventsOf(text);
    assert.equal(disasters(events).length, 0, `${text}: ${listed(events)}`);
  }
  const events = eventsOf('Roads were closed on Tuesday. A wildfire swept through the hills overnight.');
  assert.equal(disasters(events).length, 1, listed(events));
});
