// Threads finish documents in any order; ingest saves them in input order, so that one thread and
// many give the same database (which copy of a story is the original, a place's first mention).
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InputOrder } from '../../src/ingest/input-order.js';
import { ingest } from '../../src/ingest/index.js';
import { openStore } from '../../src/store/open.js';
import { tempDir } from '../helpers.js';

test('results handed in out of order are taken in input order, each once', async () => {
  const taken: string[] = [];
  const order = new InputOrder<string>(async (r) => {
    await new Promise((resolve) => setImmediate(resolve));
    taken.push(r);
  });
  const third = order.put(2, 'third');
  assert.equal(order.ahead, 1, 'waits for the first two');
  await third;
  assert.deepEqual(taken, []);
  void order.put(0, 'first');
  await order.put(1, 'second');
  assert.deepEqual(taken, ['first', 'second', 'third']);
  assert.equal(order.ahead, 0);
  await order.settled();
});

test('a failed take rejects what waits on it', async () => {
  const order = new InputOrder<number>((n) => {
    if (n === 1) throw new Error('disk full');
  });
  await order.put(0, 0);
  await assert.rejects(order.put(1, 1), /disk full/);
  await assert.rejects(order.settled(), /disk full/);
});

test('ingest with two threads saves in input order, as one thread does, when a long article finishes last', { timeout: 120_000 }, async () => {
  const dir = tempDir();
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  // the first input takes its thread far longer than the short ones after it take theirs
  writeFileSync(join(inputs, 'a-long.txt'), `Ferry log\n\n${Array.from({ length: 6_000 }, (_, i) => `Crossing ${i} left the quay at noon.`).join(' ')}`);
  for (let n = 0; n < 8; n++) writeFileSync(join(inputs, `b-${n}.txt`), `Pier note ${n}\n\nThe ${n}th barge of the week unloaded grain at the east pier.`);
  const savedOrder = async (threads: number) => {
    const store = await openStore(join(dir, `t${threads}.db`));
    try {
      await ingest([inputs], store, { threads, until: 'segment' });
      return (await store.listDocuments({ order: 'added' })).map((d) => d.title);
    } finally {
      await store.close();
    }
  };
  const one = await savedOrder(0);
  assert.equal(one[0], 'Ferry log');
  assert.equal(one.length, 9);
  assert.deepEqual(await savedOrder(2), one);
});
