// A batch the store refuses is saved again in halves: only the document at fault is lost, and it
// costs a few transactions, not one per document of the batch.
import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers.js';
import { openStore } from '../../src/store/open.js';
import { ingest } from '../../src/ingest/index.js';

test('one conflicting document in a batch: the rest are saved, it alone fails, in few transactions', async () => {
  const dir = tempDir();
  const notes = ['Canal boats return', 'Glass works to close', 'Tram line extended', 'Orchard sold', 'Ferry fares rise', 'Library opens late', 'Bakery wins prize'];
  notes.forEach((title, i) => writeFileSync(join(dir, `n${i}.txt`), `${title}\n\nLocal note number ${i}: ${title.toLowerCase()} this week, the town council said.`));
  // the same text in capitals: the same document id (ids ignore case), different text
  writeFileSync(join(dir, 'n9.txt'), `ORCHARD SOLD\n\nLOCAL NOTE NUMBER 3: ORCHARD SOLD THIS WEEK, THE TOWN COUNCIL SAID.`);
  const store = await openStore(join(tempDir(), 'db.sqlite'));
  let transactions = 0;
  const saveBatch = store.saveBatch.bind(store);
  store.saveBatch = (batch) => {
    transactions++;
    return saveBatch(batch);
  };
  try {
    const summary = await ingest([dir], store, { batchSize: 8, until: 'segment' });
    assert.equal(summary.ingested, 7);
    assert.equal(summary.failed.length, 1);
    assert.match(summary.failed[0].input, /n9\.txt$/);
    assert.match(summary.failed[0].error, /could not save: .*different text/);
    assert.equal(await store.countDocuments(), 7);
    assert.ok(transactions <= 7, `${transactions} transactions for a batch of 8 with one bad document`);
  } finally {
    await store.close();
  }
});
