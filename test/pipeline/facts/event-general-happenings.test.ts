// General happenings the parse hides: a main verb the parse hangs on a relative clause ("The farmer who kept
// bees died Monday"), a killing told as a noun inside a charge or as a cause, a fire that destroyed something.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

/** A first line the pipeline may read as a headline, so the sentence under test is body text. */
const LEAD = 'The report was published on Tuesday.\n\n';

function eventsOf(text: string): EventRecord[] {
  return analyseText(LEAD + text, { published: '2024-05-14' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const facts = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && (e.status === 'asserted' || e.status === 'alleged'));

test('a main verb the parse hangs on a relative clause keeps the described noun as its subject', () => {
  for (const text of [
    'The old beekeeper who sold honey at the market for thirty years died Monday in hospital.',
    'Harold Pemberton, the retired sailor who rowed across the bay every summer, died in his sleep on Sunday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'death').length, 1, `${text}: ${listed(events)}`);
  }
});

test('a definite killing of one particular person is that killing, even inside a charge, where it is alleged', () => {
  const told = eventsOf('The murder of his younger brother stunned the fishing village.');
  assert.equal(facts(told, 'killing').length, 1, listed(told));
  const charged = eventsOf('Peter Quill, 31, has been charged with the murder of his landlady.');
  assert.equal(charged.filter((e) => e.type === 'charge').length, 1, listed(charged));
  const k = charged.filter((e) => e.type === 'killing');
  assert.equal(k.length, 1, listed(charged));
  assert.equal(k[0].status, 'alleged', listed(charged));
});

test('a charge of an offence, or the killing of a kind of people, is no particular killing', () => {
  for (const text of ['Peter Quill, 31, has been charged with murder.', 'The killing of civilians is a war crime, the envoy said.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'killing').length, 0, `${text}: ${listed(events)}`);
  }
});

test('a killing a novel, film or story tells of is depicted, not a killing that happened; one told as real stays', () => {
  for (const text of [
    'She wrote a crime novel about the murder of a young woman.',
    'A new film tells the story of the shooting of a teenage boy.',
    'His second book is about the killing of a village priest.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'killing' || e.type === 'attack').length, 0, `${text}: ${listed(events)}`);
  }
  const real = eventsOf('Police are investigating the murder of a young woman in Leeds.');
  assert.equal(facts(real, 'killing').length, 1, listed(real));
});

test('a fatal shooting is a killing; a fatal heart attack is none', () => {
  const shot = eventsOf('Their fury was stoked by the fatal shooting of a teenager by an officer.');
  assert.equal(facts(shot, 'killing').length, 1, listed(shot));
  const ill = eventsOf('The singer suffered a fatal heart attack at his home.');
  assert.equal(ill.filter((e) => e.type === 'killing' || e.type === 'attack').length, 0, listed(ill));
});

test('a fire that broke out is a happening of its own kind; shooting, criticism and fire in general are not', () => {
  for (const text of [
    'A huge fire gutted the old timber mill near the river early on Sunday.',
    'Two families were moved out after a fire at a bakery on the high street.',
    'Three dogs died in a fire at the kennels.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'other' && e.trigger.text.toLowerCase() === 'fire').length, 1, `${text}: ${listed(events)}`);
  }
  for (const text of [
    'The council came under fire for the new parking rules.',
    'Fire is a danger in dry summers.',
    'Sniper fire pinned down the patrol for an hour.',
    'Two soldiers were wounded by friendly fire.',
    'The convoy was pinned down after heavy fire from the ridge.',
    'The fire of his speeches won him the election.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'other').length, 0, `${text}: ${listed(events)}`);
  }
});

test('investigators at work are an investigation; what they say or believe is not', () => {
  for (const text of [
    'Detectives were at the farmhouse on Sunday trying to work out how the gate was opened.',
    'Investigators have been combing the wreckage for the flight recorders.',
    'Investigators were at the scene until late on Monday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'investigation').length, 1, `${text}: ${listed(events)}`);
  }
  for (const text of [
    'Investigators said the gate had been forced.',
    'Detectives believe the thief knew the house.',
    // a state of mind after a copula is no place they are at
    'Investigators were in no doubt that the fines were lawful.',
    'Investigators were at a loss to explain the delay.',
    // a verb of play or of social life is no work on a case
    'Detectives played football in a charity match.',
    // "operative" is a secret agent first; its private-detective sense comes second
    'The operatives knocked on doors across Ohio.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'investigation').length, 0, `${text}: ${listed(events)}`);
  }
});

test('a particular person\'s killing that another happening followed is an event of its own, not only a time', () => {
  for (const text of ['Riots broke out in the capital on Sunday after the fatal shooting of a teenage boy by a policeman.', 'Protests spread through the valley after the murder of a young farmer.']) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'killing').length, 1, `${text}: ${listed(events)}`);
  }
});
