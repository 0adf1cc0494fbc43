// Event titles list as parties only names, or a counted description when no name is given;
// an amount of money, a measure or a span of time is never a party.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTitle } from '../../src/event-view/merged-events.js';

const names = (k: string) => ({ 'ent:v': 'Vera Tomasek', 'ent:b': 'Brightwater Bank', 'ent:o': 'Orlen Freight' })[k];

test('a description beside a named party is not listed as another party', () => {
  assert.equal(eventTitle('agreement', [{ text: 'Three shipowners' }, { text: 'Vera Tomasek', entity: 'ent:v' }], [], null, 'x', names), 'Agreement with Vera Tomasek');
  assert.equal(eventTitle('meeting', [{ text: 'Orlen Freight', entity: 'ent:o' }, { text: 'two union leaders' }, { text: 'Brightwater Bank', entity: 'ent:b' }], [], null, 'x', names),
    'Meeting of Orlen Freight and Brightwater Bank');
});

test('an amount is never a party', () => {
  assert.equal(eventTitle('sanction', [], [{ text: 'Brightwater Bank', entity: 'ent:b' }, { text: '300 million euros' }], null, 'x', names), 'Sanction of Brightwater Bank');
  assert.equal(eventTitle('prosecution', [], [{ text: '12 years' }], { text: 'Porto' }, 'x', names), 'Prosecution in Porto');
  assert.equal(eventTitle('sanction', [], [{ text: '$40 million' }], null, 'Fines for ports', names), 'Sanction, in “Fines for ports”');
});

test('a counted description with no name still titles the event, in lower case', () => {
  assert.equal(eventTitle('agreement', [{ text: 'Two shipowners' }], [], null, 'x', names), 'Agreement with two shipowners');
  assert.equal(eventTitle('killing', [], [{ text: '14 villagers' }], null, 'x', names), 'Killing of 14 villagers');
});
