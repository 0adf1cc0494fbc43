// Killing one particular person is an event of its own, not the toll of an attack told beside it: "plan to attack
// the depot and kill the warden" keeps the killing. A count of the dead stays the attack's toll. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const eventsOf = (text: string) => analyseText(text).events.map((e) => `${e.type}:${e.status}`);

test('killing a described or named person beside a planned attack is its own event', () => {
  for (const text of [
    'Bandits plan to attack the depot and kill the warden.',
    'The smugglers plotted to attack the harbour and kill a customs inspector.',
    'Bandits plan to attack the depot and kill Mr Okafor.',
  ]) {
    const found = eventsOf(text);
    assert.ok(found.includes('killing:planned'), `${text}: ${found.join(', ')}`);
  }
});

test('a count of the dead stays the toll of the attack', () => {
  for (const text of [
    'The attack on the depot killed four guards.',
    'The bombing of the depot killed two guards.',
    'Bandits stormed the depot on Tuesday, killing nine.',
    'Bandits plan to attack the depot and kill dozens of guards.',
  ]) {
    const found = eventsOf(text);
    assert.ok(!found.some((e) => e.startsWith('killing:')), `${text}: ${found.join(', ')}`);
  }
});

test('the killing of a named person that another happening followed is a happening of its own', () => {
  const found = eventsOf('Calm returned to the port on Sunday. Riots broke out in the town after the killing of Mr. Tomas Varga.');
  assert.ok(found.includes('killing:asserted'), found.join(', '));
});
