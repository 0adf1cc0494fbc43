// An event's title names a target its article describes and names elsewhere ("a 41-year-old Latvian
// woman" standing for Ilze Ozola) by that name: the description's words were too long to stand in a
// title, so it fell back to the actor ("Extradition by Norway"). Values are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { eventTitle } from '../../src/event-view/merged-events.js';

const names = (key: string) => ({ 'ent:oz': 'Ilze Ozola', 'ent:no': 'Norway' })[key];

test('a described target with a referent is titled by its name', () => {
  const target = { text: 'a 41-year-old Latvian woman', entity: 'ent:oz', referent: 'Ilze Ozola' };
  assert.equal(eventTitle('extradition', [{ text: 'Norway', entity: 'ent:no' }], [target], { text: 'Oslo' }, 'extradited', names), 'Extradition of Ilze Ozola in Oslo');
});

test('near miss: a long phrase merely holding a name is not titled by it', () => {
  const target = { text: 'a cousin of the former treasurer of the club', entity: 'ent:oz' };
  assert.equal(eventTitle('extradition', [{ text: 'Norway', entity: 'ent:no' }], [target], { text: 'Oslo' }, 'extradited', names), 'Extradition by Norway in Oslo');
});
