// An earthquake, a flood or a storm that killed people is how they died: a death, not a killing. The -ing clause after
// a comma ("…, killing nine") has the doer of the clause before it, which the sense rules then read. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const types = (text: string) => eventsOf(text).map((e) => e.type);

test('a disaster that killed people, as subject or before a result clause, gives a death', () => {
  for (const text of [
    'The flood killed nine people in the lower valley on Monday.',
    'A strong earthquake struck the northern province on Monday, killing at least twelve villagers.',
    'A collision on the bridge closed the road on Monday, killing two drivers.',
  ]) {
    assert.ok(types(text).includes('death') && !types(text).includes('killing'), `${text}: ${show(text)}`);
  }
});

test('the result clause of a deed has that deed\'s doer', () => {
  const text = 'Rebels ambushed the convoy near the border on Monday, killing four soldiers.';
  const found = eventsOf(text);
  assert.ok(!found.some((e) => e.type === 'death'), `${text}: ${show(text)}`);
});

// In a story whose headline or lead tells a natural disaster, a killing no person or body is said to have done is a
// death in it, however the parse hangs the clause or whatever pronoun stands for the disaster.
test('what "it" killed after a lead earthquake is a death', () => {
  const text = 'A strong earthquake shook villages in northern Peru on Sunday. It killed 14 people and destroyed dozens of homes.';
  assert.ok(types(text).includes('death') && !types(text).includes('killing'), `${text}: ${show(text)}`);
});

test('people killed with no doer after a lead flood died in it', () => {
  const text = 'A flood swept through a valley in eastern Bolivia on Monday. Four fishermen were killed, the mayor said.';
  assert.ok(types(text).includes('death') && !types(text).includes('killing'), `${text}: ${show(text)}`);
});

test('a killing with no doer in a story of an attack stays a killing', () => {
  const text = 'Gunmen attacked a market in northern Mali on Sunday. Four traders were killed, the mayor said.';
  assert.ok(types(text).includes('killing'), `${text}: ${show(text)}`);
});

test('a person who killed someone in a disaster story did kill', () => {
  const text = 'A storm hit the coast of Fiji on Friday. Later a farmer shot and killed his neighbour in the capital.';
  assert.ok(types(text).includes('killing'), `${text}: ${show(text)}`);
});
