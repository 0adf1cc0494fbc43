// An offer made is a happening of type other: to do something, of a sum, or of something to a party. What it would do
// is its content, not a second event; courtesies offered, and an offer told as standing, are none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const others = (text: string) =>
  analyseText(`Business news\n\n${text}`)
    .events.filter((e) => e.type === 'other')
    .map((e) => `${e.theme}:${e.status}`);

test('offering to do something is an offer made, one event with what it would do', () => {
  assert.deepEqual(others('On Tuesday Norvik Steel offered to purchase the remaining shares of Tasca Copper Ltd for cash.'), ['offer:asserted']);
  assert.deepEqual(others('The governor has offered to help pay for repairs to the harbour wall.'), ['offer:asserted']);
});

test('a sum offered, or something a party offers a named person, is an offer made', () => {
  assert.deepEqual(others('Harbour police are offering a reward of 20,000 euros for information about the fire.'), ['offer:asserted']);
  assert.deepEqual(others('The club offered winger Tomas Lind a new three-year contract last week.'), ['offer:asserted']);
});

test('courtesies offered, and an offer told as standing, are no event', () => {
  assert.deepEqual(others('The mayor offered condolences to the families of the fishermen.'), []);
  assert.deepEqual(others('The harbour master offered no explanation for the closure.'), []);
  assert.deepEqual(others('Staff at the consulate can offer only emergency help.'), []);
  assert.deepEqual(others('Pointing out that Tasca Copper is offering to buy back most of its bonds, the analyst said debt would fall.'), []);
});
