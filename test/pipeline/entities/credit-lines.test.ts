// The names a wire credit line lists are the story's journalists: people, whatever the tagger said.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeCreditNames } from '../../../src/pipeline/entities/credits.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

test('names in "Reporting by …; Editing by …" are persons, the places after "in" are not', () => {
  const text = 'Talks resume on Monday.\n\n(Reporting by Ilse Brandt in Malmo; Writing by Owen Tarr; Editing by Rhea Morland, Gil Stroud and Ada Penhallow)';
  const r = typeCreditNames(text, [at(text, 'Ilse Brandt', 'PER'), at(text, 'Malmo', 'LOC'), at(text, 'Owen Tarr', 'ORG'), at(text, 'Rhea Morland', 'LOC'), at(text, 'Gil Stroud', 'ORG'), at(text, 'Ada Penhallow', 'ORG')]);
  assert.deepEqual(r.mentions.map((m) => `${m.type}:${m.text}`), ['PER:Ilse Brandt', 'LOC:Malmo', 'PER:Owen Tarr', 'PER:Rhea Morland', 'PER:Gil Stroud', 'PER:Ada Penhallow']);
  assert.equal(r.settled.size, 5);
});

test('"by" in a sentence is no credit line', () => {
  const text = 'The plan was written by Harwell Trust and backed by Ostend.';
  const r = typeCreditNames(text, [at(text, 'Harwell Trust', 'ORG'), at(text, 'Ostend', 'LOC')]);
  assert.deepEqual(r.mentions.map((m) => `${m.type}:${m.text}`), ['ORG:Harwell Trust', 'LOC:Ostend']);
});
