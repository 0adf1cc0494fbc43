// A batch the store refuses is saved again in halves: only the document at fault is lost, and it
// costs a few transactions, not one per document of the batch.
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { openStore } from '../../src/store/open.js';
import { ingest } from '../../src/ingest/index.js';
import { DocumentConflictError } from '../../src/store/interface.js';

test('one conflicting document in a batch: the rest are saved, it alone fails, in few transactions', async () => {
  const dir = tempDir();
  const notes = ['Canal boats return', 'Glass works to close', 'Tram line extended', 'Orchard sold', 'Ferry fares rise', 'Library opens late', 'Bakery wins prize', 'Mill reopens'];
  notes.forEach((title, i) => writeFileSync(join(dir, `n${i}.txt`), `${title}\n\nLocal note number ${i}: ${title.toLowerCase()} this week, the town council said.`));
  // A real conflict (another text under a stored id) needs two texts whose ids collide, which no
  // test can write: the store refuses any batch holding n7 as it refuses such a text.
  const store = await openStore(join(tempDir(), 'db.sqlite'));
  let transactions = 0;
  const saveBatch = store.saveBatch.bind(store);
  store.saveBatch = async (batch) => {
    transactions++;
    const bad = batch.find((b) => b.analysis.doc.sources.some((s) => s.location.endsWith('n7.txt')));
    if (bad) throw new DocumentConflictError(bad.analysis.doc.id);
    return saveBatch(batch);
  };
  try {
    const summary = await ingest([dir], store, { batchSize: 8, until: 'segment' });
    assert.equal(summary.ingested, 7);
    assert.equal(summary.failed.length, 1);
    assert.match(summary.failed[0].input, /n7\.txt$/);
    assert.match(summary.failed[0].error, /could not save: .*different text/);
    assert.equal(await store.countDocuments(), 7);
    assert.ok(transactions <= 7, `${transactions} transactions for a batch of 8 with one bad document`);
  } finally {
    await store.close();
  }
});

test('the same note re-saved in capitals in one batch is a duplicate of the stored one, not a failure', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'n1.txt'), 'Orchard sold\n\nLocal note: the orchard was sold this week, the town council said.');
  writeFileSync(join(dir, 'n2.txt'), 'ORCHARD SOLD\n\nLOCAL NOTE: THE ORCHARD WAS SOLD THIS WEEK, THE TOWN COUNCIL SAID.');
  const store = await openStore(join(tempDir(), 'db.sqlite'));
  try {
    const summary = await ingest([dir], store, { batchSize: 8, until: 'segment' });
    assert.deepEqual([summary.ingested, summary.duplicates, summary.resaved, summary.failed.length], [1, 1, 1, 0]);
    assert.equal(await store.countDocuments(), 1);
  } finally {
    await store.close();
  }
});
