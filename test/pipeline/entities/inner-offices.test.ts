// An office inside a body's or place's span ("Harbourton Mayor Elena Voss") parts the holder and
// the person after it; the person is settled. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { splitInnerOffices } from '../../../src/pipeline/entities/inner-offices.js';
import { shippedHonorifics } from '../../../src/pipeline/entities/honorifics.js';
import { loadNerModel } from '../../../src/pipeline/entities/index.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};
const casing = loadNerModel().resources.casing;
const split = (text: string, m: Mention, fixed: ReadonlySet<Mention> = new Set()) => splitInnerOffices([m], shippedHonorifics(), casing, fixed);

test('a town, its office and a full name: the town keeps its span, the name is a settled person', () => {
  const text = 'The ferry was greeted by Harbourton Mayor Elena Voss at noon.';
  const { mentions, settled } = split(text, at(text, 'Harbourton Mayor Elena Voss', 'ORG'));
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['Harbourton', 'ORG'], ['Elena Voss', 'PER']]);
  assert.equal(mentions[1].start, text.indexOf('Elena'));
  assert.ok(settled.has(mentions[1]));
});

test('a holder the gazetteer knows as a place is the place', () => {
  const text = 'The fair was opened by Toronto Mayor Elena Voss.';
  const { mentions: ms, settled: fixedTypes } = split(text, at(text, 'Toronto Mayor Elena Voss', 'ORG'));
  assert.deepEqual(ms.map((m) => [m.text, m.type]), [['Toronto', 'LOC'], ['Elena Voss', 'PER']]);
  assert.ok(fixedTypes.has(ms[0]));
});

test('a common word qualifying the rank goes with it; a three-word name stays whole', () => {
  const text = 'Call Quellbrook Police Sergeant Kit Rowan Hale with any tips.';
  const { mentions } = split(text, at(text, 'Quellbrook Police Sergeant Kit Rowan Hale', 'ORG'));
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['Quellbrook', 'ORG'], ['Kit Rowan Hale', 'PER']]);
});

test('no person after the office, an office of common words, a person or a curated name: left alone', () => {
  const text = 'Staff of the Veltran General Motors Works met the Office Chief Medical Examiner and Lorne Mayor Ida Brook.';
  const works = at(text, 'Veltran General Motors Works', 'ORG');
  const office = at(text, 'Office Chief Medical Examiner', 'ORG');
  const person = at(text, 'Lorne Mayor Ida Brook', 'PER');
  assert.deepEqual(split(text, works).mentions, [works]);
  assert.deepEqual(split(text, office).mentions, [office]);
  assert.deepEqual(split(text, person).mentions, [person]);
  const curated = at(text, 'Lorne Mayor Ida Brook', 'ORG');
  assert.deepEqual(split(text, curated, new Set([curated])).mentions, [curated]);
});

test('in the pipeline the person after a town and its office is found as a person', () => {
  const { mentions } = analyseText('Crowds cheered as Velmont Mayor Oskar Tirrell opened the new bridge on Friday.');
  assert.equal(mentions.find((m) => m.text.endsWith('Oskar Tirrell'))?.type, 'PER');
});
