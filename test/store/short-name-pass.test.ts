// The bare-name pass against a store: a bare surname joins its one full name where the corpus's
// co-mentioned names point to it, and a namesake's arrival undoes the join.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers.js';
import { namedArticle as article } from './named-article.js';
import { joinShortNamesInStore } from '../../src/corpus/entities/short-name-pass.js';
import type { Store } from '../../src/store/interface.js';

const pile = () => [
  article('full1', 'Daniel Okafor coached in Marsh Valley.', [['Daniel Okafor', 'PER'], ['Marsh Valley', 'LOC']]),
  article('full2', 'Daniel Okafor visited Brackwater Arena.', [['Daniel Okafor', 'PER'], ['Brackwater Arena', 'LOC']]),
  article('bare1', 'Okafor returned to Marsh Valley.', [['Okafor', 'PER'], ['Marsh Valley', 'LOC']]),
  ...Array.from({ length: 12 }, (_, k) => article(`other${k}`, `Tessaly Board met Warden Number${k} today.`, [['Tessaly Board', 'ORG'], [`Warden Number${k}`, 'PER']])),
];

const entityOf = async (store: Store, docId: string, text: string) => (await store.listAnnotations({ kind: 'mention', docId })).find((a) => a.text === text)?.data.entityId;

test('short-name pass: a bare surname joins its one full name, stays joined on a second pass, and a namesake undoes it', async () => {
  const store = new SqliteStore(join(tempDir(), 'short-names.db'));
  await store.saveBatch(pile().map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
  const first = await joinShortNamesInStore(store);
  assert.equal(first.joined, 1);
  assert.equal(await entityOf(store, 'bare1', 'Okafor'), await entityOf(store, 'full1', 'Daniel Okafor'));
  assert.equal((await joinShortNamesInStore(store)).mentionsChanged, 0);
  const namesake = article('full3', 'Ruth Okafor sang in Marsh Valley.', [['Ruth Okafor', 'PER'], ['Marsh Valley', 'LOC']]);
  await store.saveBatch([{ analysis: namesake, contentHash: 'full3' }]);
  const undone = await joinShortNamesInStore(store);
  assert.equal(undone.joined, 0);
  assert.equal(undone.mentionsChanged, 1);
  assert.notEqual(await entityOf(store, 'bare1', 'Okafor'), await entityOf(store, 'full1', 'Daniel Okafor'));
  await store.close();
});
