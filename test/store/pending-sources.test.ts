// `start` tells that its earlier ingest was stopped part way by asking the store whether a document
// of its corpus still waits for the corpus passes: however many other documents wait, and when the
// corpus is one file rather than a folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { emptyAnalysis } from '../../src/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { handDoc } from '../fixtures/hand-doc.js';
import { tempDir } from '../helpers.js';

function article(id: string, location: string) {
  const analysis = emptyAnalysis(handDoc(id, `Crews closed road ${id} for repairs on Tuesday.`, { location }));
  return { analysis, contentHash: id };
}

test('a waiting document of the corpus is found among many others, by folder or by file', async () => {
  const store = new SqliteStore(join(tempDir(), 'pending.db'));
  try {
    const others = Array.from({ length: 40 }, (_, i) => article(`a${String(i).padStart(2, '0')}`, `/news/archive/a${i}.txt`));
    // the corpus's document sorts after every other waiting one
    await store.saveBatch([...others, article('z1', '/news/demo/z1.txt'), article('z2', '/news/one-file.jsonl')]);
    assert.ok((await store.pendingPassDocuments()).length > 20);
    assert.equal(await store.hasPendingSourceUnder('/news/demo', '/news/demo/'), true);
    assert.equal(await store.hasPendingSourceUnder('/news/one-file.jsonl', '/news/one-file.jsonl/'), true);
    // a folder whose name only begins like the corpus's is another folder
    assert.equal(await store.hasPendingSourceUnder('/news/dem', '/news/dem/'), false);
    await store.passesDone(['z1']);
    assert.equal(await store.hasPendingSourceUnder('/news/demo', '/news/demo/'), false);
  } finally {
    await store.close();
  }
});
