// `start` tells that its earlier ingest was stopped part way by asking the store whether a document
// of its corpus still waits for the corpus passes: however many other documents wait, and when the
// corpus is one file rather than a folder. Run against SQLite and PostgreSQL (sqlite.test.ts, postgres.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/analysis.js';
import type { Store } from '../../src/store/interface.js';
import { handDoc } from '../fixtures/hand-doc.js';

function article(id: string, location: string) {
  const analysis = emptyAnalysis(handDoc(id, `Crews closed road ${id} for repairs on Tuesday.`, { location }));
  return { analysis, contentHash: id };
}

/** hasPendingSourceUnder, the question `start` asks on a second run; every store engine must answer it alike. */
export function pendingSourcesSuite(engine: string, open: () => Promise<Store>, opts: { skip?: string | false } = {}): void {
  test(`${engine}: a waiting document of the corpus is found among many others, by folder or by file`, opts, async () => {
    const store = await open();
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
}
