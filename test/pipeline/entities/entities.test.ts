import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { entityIdFor, resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { acronymOf, nameKey, tokenSetKey } from '../../../src/pipeline/entities/names.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

test('transliteration and diacritic variants share a key', () => {
  assert.equal(nameKey('Sergey Smirnov'), nameKey('Sergei Smirnov'));
  assert.equal(nameKey('Dzhanibekov'), nameKey('Janibekov'));
  assert.equal(nameKey('Atatürk'), nameKey('Ataturk'));
  assert.equal(nameKey('Dmitry Ivanov'), nameKey('Dmitriy Ivanov'));
  assert.equal(nameKey('Aleksei Petrov'), nameKey('Alexey Petrov'));
  assert.equal(tokenSetKey('Ataturk Airport'), tokenSetKey('airport. Ataturk'));
  assert.notEqual(nameKey('Sergey Smirnov'), nameKey('Alexander Smirnov'));
});

test('a name keeps its key however often it is asked for, also after many other names', () => {
  const first = nameKey("The Ministry of Mines' Bureau");
  assert.equal(first, 'ministry of mines bureau');
  // more distinct names than the remembered keys hold
  for (let i = 0; i < 60_000; i++) nameKey(`Placeholder Name ${i}`);
  assert.equal(nameKey("The Ministry of Mines' Bureau"), first);
  assert.equal(nameKey('Placeholder Name 12'), 'placeholder name 12');
});

test('homonyms stay apart: two Orlovs; a bare surname goes to the nearest full name before it, unless the first was already called by it', () => {
  // news style: once the first bearer is called by the surname alone, a later one is told apart by full or first name
  const ms = mentions(['Petr Orlov', 'PER'], ['Orlov', 'PER'], ['Ivan Orlov', 'PER'], ['Orlov', 'PER']);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].canonical, 'Petr Orlov');
  assert.equal(r[3].canonical, 'Petr Orlov');
  assert.notEqual(r[0].entityId, r[2].entityId);
  const nearest = resolveDocumentEntities(mentions(['Petr Orlov', 'PER'], ['Ivan Orlov', 'PER'], ['Orlov', 'PER']), aliases);
  assert.equal(nearest[2].canonical, 'Ivan Orlov');
  assert.notEqual(nearest[0].entityId, nearest[1].entityId);
  assert.equal(r[0].entityId, r[1].entityId);
  // Across documents the same full name is the same entity, the other one is not.
  assert.equal(entityIdFor('PER', 'Petr Orlov'), r[0].entityId);
  assert.equal(entityIdFor('PER', 'Pyotr Orlov') === r[0].entityId, false, 'different given-name spelling is not assumed');
});

test('a bare surname with no full name in its document stays its own entity', () => {
  const r = resolveDocumentEntities(mentions(['Orlov', 'PER']), aliases);
  assert.equal(r[0].canonical, 'Orlov');
  assert.notEqual(r[0].entityId, entityIdFor('PER', 'Petr Orlov'));
});

test('acronyms resolve to their expansion in the same document', () => {
  assert.equal(acronymOf('Eastern Grain Exporters Union'), 'egeu');
  const r = resolveDocumentEntities(mentions(['Eastern Grain Exporters Union', 'ORG'], ['EGEU', 'ORG']), aliases);
  assert.equal(r[1].canonical, 'Eastern Grain Exporters Union');
  assert.equal(r[0].entityId, r[1].entityId);
});

test("a company's acronym leaves out its designator: it resolves to the company's full name", () => {
  // "Velmora Rail Corp said … VR will …" and "Nordland Grain Traders Holdings Ltd … NGT"
  const r = resolveDocumentEntities(mentions(['Velmora Rail Corp', 'ORG'], ['VR', 'ORG'], ['Nordland Grain Traders Holdings Ltd', 'ORG'], ['NGT', 'ORG']), aliases, { docId: 'd1' });
  assert.deepEqual(r.map((x) => x.canonical), ['Velmora Rail Corp', 'Velmora Rail Corp', 'Nordland Grain Traders Holdings Ltd', 'Nordland Grain Traders Holdings Ltd']);
  assert.equal(r[0].entityId, r[1].entityId);
  assert.equal(r[2].entityId, r[3].entityId);
  // the initials with the designator still count ("Tarn Valley Bank Corp" … "TVBC")
  const d = resolveDocumentEntities(mentions(['Tarn Valley Bank Corp', 'ORG'], ['TVBC', 'ORG']), aliases, { docId: 'd2' });
  assert.equal(d[1].canonical, 'Tarn Valley Bank Corp');
});

test('curated aliases merge across spellings and fix tagger type slips', () => {
  const names: Array<[string, EntityType]> = [['ISIS', 'ORG'], ['ISIL', 'ORG'], ['Islamic state', 'MISC'], ['Daesh', 'ORG']];
  const r = resolveDocumentEntities(mentions(...names), aliases);
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
  assert.ok(r.every((x) => x.type === 'ORG'));
  assert.equal(r[0].canonical, 'Islamic State');
});

test('user aliases extend the table', () => {
  const table = createAliasTable(shippedAliasGroups());
  table.add('ORG', 'Grain Union', 'Eastern Grain Exporters Union');
  const r = resolveDocumentEntities(mentions(['Grain Union', 'ORG']), table);
  assert.equal(r[0].canonical, 'Eastern Grain Exporters Union');
});

test('a short form two longer names of its article start stays unlinked', () => {
  // "Orchard Corps sued Orchard Computer … Orchard said": which Orchard is not said
  const r = resolveDocumentEntities(mentions(['Orchard Corps', 'ORG'], ['Orchard Computer', 'ORG'], ['Orchard', 'ORG']), aliases, { docId: 'd1' });
  assert.equal(r[2].canonical, 'Orchard');
  assert.notEqual(r[0].entityId, r[1].entityId);
  assert.equal(r[1].entityId, entityIdFor('ORG', 'Orchard Computer'));
});

test('an acronym defined after a name whose initials do not spell it goes to that name wherever the article uses it', () => {
  // "Velmora Insurance (VEIN) said … VEIN will …"
  const ms = mentions(['Velmora Insurance', 'ORG'], ['VEIN', 'ORG'], ['VEIN', 'ORG']);
  ms[1].expands = 'Velmora Insurance';
  const r = resolveDocumentEntities(ms, aliases, { docId: 'd1' });
  assert.deepEqual(r.map((x) => x.canonical), ['Velmora Insurance', 'Velmora Insurance', 'Velmora Insurance']);
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
});

test('an all-capitals name is its own organisation, not a unit of it that it starts ("KTV News")', () => {
  const r = resolveDocumentEntities(mentions(['KTV News', 'ORG'], ['KTV', 'ORG']), aliases, { docId: 'd1' });
  assert.equal(r[1].canonical, 'KTV');
  assert.notEqual(r[0].entityId, r[1].entityId);
});

test('two organisations whose names start with the same common word stay two entities across articles', () => {
  // "Corsair Airlines … Corsair said" and, elsewhere, "Corsair Bank … Corsair said"
  const one = resolveDocumentEntities(mentions(['Corsair Airlines', 'ORG'], ['Corsair', 'ORG']), aliases, { docId: 'd1' });
  const two = resolveDocumentEntities(mentions(['Corsair Bank', 'ORG'], ['Corsair', 'ORG']), aliases, { docId: 'd2' });
  assert.notEqual(one[0].entityId, two[0].entityId);
  // a committee is not the chamber its name starts with
  const three = resolveDocumentEntities(mentions(['Senate Harbour Committee', 'ORG'], ['Senate', 'ORG']), aliases, { docId: 'd3' });
  assert.notEqual(three[0].entityId, three[1].entityId);
});
