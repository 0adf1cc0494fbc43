// Storms named by their kind and a given name are things (MISC), not the people the given name
// suggests. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { typeStormNames } from '../../../src/pipeline/entities/storm-names.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test("a storm's kind before a name the tagger read as a person joins its span, and the storm is a thing", () => {
  const text = 'The levee broke when Typhoon Mirela struck, a year after Tropical Storm Odalys.';
  const ms = [at(text, 'Mirela', 'PER'), at(text, 'Odalys', 'LOC')];
  assert.deepEqual(shown(typeStormNames(text, ms)), ['MISC:Typhoon Mirela', 'MISC:Tropical Storm Odalys']);
});

test('a plural kind names each listed storm by its given name alone', () => {
  const text = 'The coast was hit by Hurricanes Odalys, Mirela and Tomas within a month.';
  const ms = [at(text, 'Hurricanes Odalys', 'PER'), at(text, 'Mirela', 'PER'), at(text, 'Tomas', 'PER')];
  assert.deepEqual(shown(typeStormNames(text, ms)), ['MISC:Odalys', 'MISC:Mirela', 'MISC:Tomas']);
});

test('a person after a storm in a list, a body named for storms and a lower-case hurricane stay as they are', () => {
  const text = 'After Hurricane Mirela and Dara Vell arrived, the Hurricane Research Office and the hurricane Tomas warned.';
  const ms = [at(text, 'Hurricane Mirela', 'MISC'), at(text, 'Dara Vell', 'PER'), at(text, 'Hurricane Research Office', 'ORG'), at(text, 'Tomas', 'PER')];
  assert.deepEqual(shown(typeStormNames(text, ms)), ['MISC:Hurricane Mirela', 'PER:Dara Vell', 'ORG:Hurricane Research Office', 'PER:Tomas']);
});
