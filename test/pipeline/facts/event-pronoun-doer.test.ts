// A company's act told with "it" as its doer: the sense rules that ask for a person or body as doer
// read the name the pronoun stands for (the speakers' resolver). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

/** The `other` happenings of a text after a neutral lead, as theme:status. */
function others(text: string): string[] {
  return analyseText(`Company news\n\nThe weather was mild. ${text}`)
    .events.filter((e) => e.type === 'other')
    .map((e) => `${e.theme}:${e.status}`);
}

test('a plant closed by "it" is the named company\'s closure', () => {
  assert.deepEqual(others('Varnell Foods Inc. reported lower sales. It will close its bakery unit in Dayton.'), ['closure:planned']);
  assert.deepEqual(others('Brisco Holdings Inc. said it closed its Dayton plant.'), ['closure:asserted']);
});

test('the company named with its own words is a doer as before', () => {
  assert.deepEqual(others('Brisco Holdings Inc. closed its Dayton plant.'), ['closure:asserted']);
});

test('"it" that stands for no company makes no closure', () => {
  assert.deepEqual(others('The debate went on. It closed the gap between the two camps.'), []);
  assert.deepEqual(others('Varnell Foods Inc. reported lower sales. It will close the gap with rivals.'), []);
});

test('details offered of what named people went through put no deal to them, whoever "it" is', () => {
  assert.deepEqual(others('The Varnell ministry gave a statement. It offered more details of the treatment that Ann Lee and Ruth Kane received from the guards.'), []);
  assert.deepEqual(others('The Dorval club said it offered striker Ola Berg a four-year contract.'), ['offer:asserted']);
});

test('a deal offered "to" a named person is put to them', () => {
  assert.deepEqual(others('The Dorval Hawks have offered a five-year contract to David Morgan, the club said on Friday.'), ['offer:asserted']);
});
