// "The Hollis administration": the phrase is a body around its leader's mention, who stays a
// person; places, titled names and a list's plural "administrations" get none. Sentences and names
// are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { addAdministrations } from '../../../src/pipeline/entities/administrations.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';
import type { Mention } from '../../../src/types.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a person\'s administration is added as a settled body around the person, who keeps their own mention', () => {
  const text = 'Under the Vellacott administration, and later the Dana Orrisby administration, rules changed.';
  const out = addAdministrations(text, [at(text, 'Vellacott', 'PER'), at(text, 'Dana Orrisby', 'PER')]);
  assert.deepEqual(shown(out), ['ORG:Vellacott administration', 'PER:Vellacott', 'ORG:Dana Orrisby administration', 'PER:Dana Orrisby']);
  assert.equal(out[0].typeSettled, true);
});

test('a place\'s administration, an upper-case "Administration", a titled name and a list\'s "administrations": no body', () => {
  const text = 'The Kabul administration, the Pellow Administration, Mr. Tarrin administration staff, the Brandt and Osei administrations.';
  const input = [at(text, 'Kabul', 'LOC'), at(text, 'Pellow', 'PER'), { ...at(text, 'Mr. Tarrin', 'PER'), title: 'Mr.' }, at(text, 'Brandt', 'PER'), at(text, 'Osei', 'PER')];
  assert.deepEqual(shown(addAdministrations(text, input)), shown(input));
});
