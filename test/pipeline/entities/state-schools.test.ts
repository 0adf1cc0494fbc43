// "X State" after an American state or town is a university, not a place. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeStateSchools } from '../../../src/pipeline/entities/state-schools.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};

test('a US state before "State" is a university', () => {
  const text = 'The Sycamores of Kansas State rallied past their rivals.';
  const { mentions, settled } = typeStateSchools(text, [at(text, 'Kansas State', 'LOC')]);
  assert.equal(mentions[0].type, 'ORG');
  assert.equal(settled.size, 1);
});

test('a sizeable US town before "State" is a university', () => {
  const text = 'He transferred to Fresno State after one season.';
  assert.equal(typeStateSchools(text, [at(text, 'Fresno State', 'LOC')]).mentions[0].type, 'ORG');
});

test('a state of another country stays a place', () => {
  const text = 'Flooding displaced farmers across Kaduna State last week.';
  assert.equal(typeStateSchools(text, [at(text, 'Kaduna State', 'LOC')]).mentions[0].type, 'LOC');
});

test('"in X State" is the state itself', () => {
  const text = 'Snow closed roads in Ohio State on Monday.';
  const { mentions, settled } = typeStateSchools(text, [at(text, 'Ohio State', 'LOC')]);
  assert.equal(mentions[0].type, 'LOC');
  assert.equal(settled.size, 0);
});

test('a name that is no place before "State" is left alone', () => {
  const text = 'Voters backed Quorvex State in the poll.';
  assert.equal(typeStateSchools(text, [at(text, 'Quorvex State', 'MISC')]).mentions[0].type, 'MISC');
});

test('a state named like a large city keeps "State" to tell the two apart', () => {
  const text = 'Drought hit farms across northern New York State and Washington State.';
  const { mentions } = typeStateSchools(text, [at(text, 'New York State', 'LOC'), at(text, 'Washington State', 'LOC')]);
  assert.deepEqual(mentions.map((m) => m.type), ['LOC', 'LOC']);
});
