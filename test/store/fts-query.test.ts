// The search syntax: prefixes and exclusions reach the engines as their own operators.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toFtsQuery, toTsQuery } from '../../src/store/fts-query.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { emptyAnalysis } from '../../src/analysis.js';
import { handDoc } from '../fixtures/hand-doc.js';

test('a trailing * is a prefix; a leading - excludes; exclusions alone match nothing', () => {
  assert.equal(toFtsQuery('smuggl* -attack'), '("smuggl"*) NOT ("attack")');
  assert.equal(toFtsQuery('ferry -"car deck"'), '("ferry") NOT ("car deck")');
  assert.equal(toFtsQuery('-attack'), '');
  assert.equal(toFtsQuery('e-mail'), '"e mail"', 'a hyphen inside a word is not an exclusion');
  assert.equal(toTsQuery('smuggl* -attack'), "('smuggl':*) & !'attack'");
});

test('SQLite search: smuggl* finds smuggling and smugglers; -word leaves out the articles naming it', async () => {
  const store = new SqliteStore(':memory:');
  const texts = ['Police broke up a smuggling ring at the port.', 'Two smugglers were sentenced after an attack on a patrol.', 'The ferry sailed late.'];
  await store.saveBatch(texts.map((text, i) => {
    return { analysis: emptyAnalysis(handDoc(`d${i}`, text, { title: `Story ${i}` })), contentHash: String(i) };
  }));
  assert.deepEqual((await store.search('smuggl*')).map((h) => h.id).sort(), ['d0', 'd1']);
  assert.deepEqual((await store.search('smuggl* -attack')).map((h) => h.id), ['d0']);
  assert.deepEqual(await store.search('-attack'), []);
  await store.close();
});
