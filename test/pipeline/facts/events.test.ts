import test from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './helpers.js';
import { ACTIVE_PASSIVE, NOT_EVENTS, NOUN_EVENTS, TRANSLATED_ORDER } from '../../fixtures/facts/cases.js';

test('active and passive voice give actor and target', () => {
  const { events } = factsOf(ACTIVE_PASSIVE);
  const arrest = events.find((e) => e.trigger.text === 'arrested');
  assert.ok(arrest, 'active arrest found');
  assert.equal(arrest.type, 'arrest');
  assert.deepEqual(arrest.actors.map((a) => a.text), ['Georgian police']);
  assert.deepEqual(arrest.targets.map((a) => a.text), ['the driver']);
  assert.equal(arrest.place?.text, 'Georgia', 'nationality of the police gives the country');
  const detained = events.filter((e) => e.type === 'detention');
  assert.equal(detained.length, 2, 'two separate detentions (different dates, places)');
  const courier = detained.find((e) => e.targets.some((t) => t.text === 'Anna Kovach'))!;
  assert.ok(courier, 'passive subject is the target');
  assert.ok(courier.actors.some((a) => a.text === 'customs officers'), 'by-phrase is the actor');
  assert.equal(courier.date?.iso, '2019-03-03');
  assert.equal(courier.place?.text, 'Batumi');
  const five = detained.find((e) => e !== courier)!;
  assert.deepEqual(five.counts.detained, { value: 5, qualifier: 'exact' });
  assert.equal(five.place?.text, 'Tbilisi');
});

test('machine-translated word order: fronted date and place, object after the verb', () => {
  const { events } = factsOf(TRANSLATED_ORDER);
  const det = events.find((e) => e.type === 'detention')!;
  assert.equal(det.date?.iso, '--03-04');
  assert.equal(det.place?.text, 'Kazan');
  assert.deepEqual(det.counts.detained, { value: 14, qualifier: 'exact' });
  const arrest = events.find((e) => e.type === 'arrest')!;
  assert.equal(arrest.targets[0].text, 'the deputy mayor');
  assert.deepEqual(arrest.counts.arrested, { value: 1, qualifier: 'exact' });
  assert.equal(arrest.place?.text, 'Perm region');
  const pros = events.find((e) => e.type === 'prosecution')!;
  assert.deepEqual(pros.counts.prosecuted, { value: 120, qualifier: 'exact' });
  assert.equal(pros.place, null, 'a place inside the participants is not where it happened');
  assert.equal(events.length, 3, 'the planned departure is a motive, not an event');
});

test('event nouns: casualties on the attack, anaphora folded in, "the extradition of X"', () => {
  const { events } = factsOf(NOUN_EVENTS);
  const attacks = events.filter((e) => e.type === 'attack');
  assert.equal(attacks.length, 1, '"the attack" is the same attack');
  assert.deepEqual(attacks[0].counts.killed, { value: 12, qualifier: 'exact' });
  assert.deepEqual(attacks[0].counts.injured, { value: 30, qualifier: 'exact' });
  assert.equal(attacks[0].place?.text, 'Quetta');
  const raids = events.filter((e) => e.type === 'raid');
  assert.equal(raids.length, 1, 'one raid event, not one per keyword');
  assert.deepEqual(raids[0].actors.map((a) => a.text), ['the police']);
  const ext = events.find((e) => e.type === 'extradition')!;
  assert.ok(ext.targets.some((t) => t.text === 'Omar Said'));
  assert.equal(events.filter((e) => e.type === 'killing').length, 0, '"killed 12" is a count, not a second event');
});

test('reduced relatives, compounds, requests and dangling participles are not events', () => {
  const { events } = factsOf(NOT_EVENTS);
  assert.deepEqual(events.map((e) => `${e.type}:${e.trigger.text}`), []);
});
