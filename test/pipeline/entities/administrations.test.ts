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

test('a crime family called after its boss is a body around the person too', () => {
  const text = 'He rose in the Tessaro crime family and then in the Vane Mafia family, not the Orrin family.';
  const out = addAdministrations(text, [at(text, 'Tessaro', 'PER'), at(text, 'Vane', 'PER'), at(text, 'Orrin', 'PER')]);
  assert.deepEqual(shown(out), ['ORG:Tessaro crime family', 'PER:Tessaro', 'ORG:Vane Mafia family', 'PER:Vane', 'PER:Orrin']);
});

test('a crime family\'s name read as a body or a thing grows into the family; a place or a plain family stays', () => {
  const text = 'The Quessard crime family, the Ormand mob family, the Tulsa crime family and the Brisco family.';
  const out = addAdministrations(text, [at(text, 'Quessard', 'ORG'), at(text, 'Ormand', 'MISC'), at(text, 'Tulsa', 'LOC'), at(text, 'Brisco', 'ORG')]);
  assert.deepEqual(shown(out), ['ORG:Quessard crime family', 'ORG:Ormand mob family', 'LOC:Tulsa', 'ORG:Brisco']);
});
