// "a cable between Toulon (France) and …": a name before its country in brackets is a town of that
// country where the gazetteer has one so called there, as after a comma. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { townsBeforeRegion } from '../../../src/pipeline/entities/town-in-region.js';
import { candidates } from '../../../src/pipeline/gazetteer/resolve.js';
import { gazetteer } from '../../../src/pipeline/gazetteer/gazetteer.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (text: string, ms: ReturnType<typeof at>[]) => townsBeforeRegion(text, ms).map((m) => `${m.type}:${m.text}`);

test('a town before its country in brackets, spaced or not, is the town', () => {
  const text = 'The cable ran from Toulon ( France ) to Genoa (Italy).';
  const ms = [at(text, 'Toulon', 'PER'), at(text, 'France', 'LOC'), at(text, 'Genoa', 'ORG'), at(text, 'Italy', 'LOC')];
  assert.deepEqual(shown(text, ms), ['LOC:Toulon', 'LOC:France', 'LOC:Genoa', 'LOC:Italy']);
});

test('a person before a country in brackets stays a person (no town of the name there)', () => {
  const text = 'Heats were won by Ola Brekkevold (Norway) and Kim Dahl ( Denmark ) .';
  const ms = [at(text, 'Ola Brekkevold', 'PER'), at(text, 'Norway', 'LOC'), at(text, 'Kim Dahl', 'PER'), at(text, 'Denmark', 'LOC')];
  assert.deepEqual(shown(text, ms), ['PER:Ola Brekkevold', 'LOC:Norway', 'PER:Kim Dahl', 'LOC:Denmark']);
});

test('"Marseilles", the English name, is the French city as well as the Illinois town', () => {
  assert.ok(candidates(gazetteer(), 'Marseilles').entries.some((e) => e.cc === 'FR'));
});

test('one word "in" its country is the town where the tagger read a person; a company and a person not placed there stay', () => {
  const text = 'The cable ran from Toulon in France past Toyota in Japan, and Ola Brekkevold in Norway watched.';
  const ms = [at(text, 'Toulon', 'PER'), at(text, 'France', 'LOC'), at(text, 'Toyota', 'ORG'), at(text, 'Japan', 'LOC'), at(text, 'Ola Brekkevold', 'PER'), at(text, 'Norway', 'LOC')];
  assert.deepEqual(shown(text, ms), ['LOC:Toulon', 'LOC:France', 'ORG:Toyota', 'LOC:Japan', 'PER:Ola Brekkevold', 'LOC:Norway']);
});
