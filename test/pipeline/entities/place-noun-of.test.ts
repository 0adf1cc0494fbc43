// A place's noun before "of" names the place: "the port city of Qarmal", "the island of Velmora".
// A body's noun does not ("the bank of Velmora" is no statement of what Velmora is). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const typeOf = (text: string, name: string) => analyseText(text, { until: 'entities' }).mentions.filter((m) => m.text === name).map((m) => m.type);

test('a name after "the city of", "the port city of" or "the island of" is a place', () => {
  assert.deepEqual(typeOf('The storm also flooded the port city of Bandar Kesh and cut power for hours.', 'Bandar Kesh'), ['LOC']);
  assert.deepEqual(typeOf('Ferries to the island of Velmora were cancelled on Monday.', 'Velmora'), ['LOC']);
});
