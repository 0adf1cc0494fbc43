// A one-word name and its plural in one article are one name (an award, a product written in the
// singular for one of its kind); where the tagger typed the two apart they are a miscellaneous
// name. A plural is never a place's or a person's, and a person tied to a full name stays that
// person. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { resolveDocumentEntities } from '../../src/corpus/entities/resolve.js';
import { createAliasTable } from '../../src/corpus/entities/aliases.js';
import type { EntityType, Mention } from '../../src/types.js';

function mentionsIn(text: string, names: Array<[string, EntityType, number?]>): Mention[] {
  return names.map(([name, type, from]) => {
    const start = text.indexOf(name, from ?? 0);
    assert.ok(start >= 0, name);
    return { start, end: start + name.length, type, text: name };
  });
}

const aliases = createAliasTable([]);

test('"a Quillby" and "the Quillbys", typed alike, are one name of that type', () => {
  const text = 'She won a Quillby in June. The Quillbys are handed out each spring.';
  const ms = mentionsIn(text, [['Quillby', 'MISC'], ['Quillbys', 'MISC']]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[0].entityId, r[1].entityId);
  assert.equal(r[0].canonical, 'Quillbys');
  assert.equal(r[0].type, 'MISC');
});

test('a singular the tagger took for a first name joins its plural, and both are miscellaneous', () => {
  const text = 'The Quillbys were held on Sunday. Her first Quillby came late. The Quillbys ran long.';
  const ms = mentionsIn(text, [['Quillbys', 'ORG'], ['Quillby', 'PER', 40], ['Quillbys', 'ORG', 60]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[2].entityId, r[0].entityId);
  assert.deepEqual(r.map((x) => x.type), ['MISC', 'MISC', 'MISC']);
});

test('a first name tied to the full name of its article stays that person', () => {
  const text = 'Tamsin Quillby spoke first. The Quillbys, her brothers, followed. Quillby laughed.';
  const ms = mentionsIn(text, [['Tamsin Quillby', 'PER'], ['Quillbys', 'ORG'], ['Quillby', 'PER', 66]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[2].entityId, r[0].entityId);
  assert.equal(r[1].type, 'ORG');
});

test('a place is no plural ("Marnes" is not two "Marne")', () => {
  const text = 'Troops crossed the Marne. Both Marnes were flooded.';
  const ms = mentionsIn(text, [['Marne', 'MISC'], ['Marnes', 'LOC']]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.notEqual(r[0].entityId, r[1].entityId);
});
