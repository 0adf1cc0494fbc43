// Shared corpus on PostgreSQL: several workers, a worker killed mid-batch, a server restart.
// Needs CHRONICLE_TEST_PG (set by .ci/run); skips with a message elsewhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PostgresStore } from '../../src/store/postgres/index.js';
import { enqueueInputs, runWorker } from '../../src/ingest/queue.js';
import { projectPath } from '../../src/paths.js';
import { cliPath, tempDir } from '../helpers.js';
import { afterIngest } from '../../src/corpus/after-ingest.js';
import { retypeByCorpus } from '../../src/corpus/entities/type-pass.js';
import { freshDatabase } from './pg-database.js';

const base = process.env.CHRONICLE_TEST_PG;
const skip = base ? false : 'CHRONICLE_TEST_PG is not set (scripts/pg-cluster.sh start prints a URL); skipping PostgreSQL queue tests';


function corpus(n: number): string {
  const dir = join(tempDir(), 'corpus');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    writeFileSync(join(dir, `q-${String(i).padStart(4, '0')}.txt`), `Queue story ${i}\n\nWorkers in city ${i} went on strike on Monday over pay, union number ${i} said.`);
  }
  return dir;
}

const quietLog = () => undefined;

test('two workers share one queue: every document once', { skip, timeout: 120_000 }, async () => {
  const url = await freshDatabase(base!);
  const store = await PostgresStore.open(url);
  const queued = await enqueueInputs([corpus(120)], store);
  assert.equal(queued.queued, 120);
  // A second folder whose one file has the same text as the first folder's first file.
  assert.equal((await enqueueInputs([corpus(1)], store)).queued, 1, 'a different location is queued');
  const [a, b] = await Promise.all([
    runWorker(await PostgresStore.open(url), { batchSize: 8, exitWhenEmpty: true, until: 'segment', log: quietLog }),
    runWorker(await PostgresStore.open(url), { batchSize: 8, exitWhenEmpty: true, until: 'segment', log: quietLog }),
  ]);
  assert.equal(a.processed + b.processed, 121);
  assert.equal(await store.countDocuments(), 120, 'the same text from two places is one document');
  assert.equal((await store.getDocument('q-0000'))?.sources.length, 2);
  assert.deepEqual(await store.queueCounts(), { done: 121 });
  assert.equal(await store.integrityCheck(), 'ok');
  await store.close();
});

test('a worker killed mid-run leaves nothing half-written; another finishes the queue', { skip, timeout: 180_000 }, async () => {
  const url = await freshDatabase(base!);
  const store = await PostgresStore.open(url);
  await enqueueInputs([corpus(400)], store);
  const child = spawn(process.execPath, [cliPath, 'worker', '--db', url, '--batch', '4', '--until', 'segment', '--exit-when-empty'], { stdio: 'ignore' });
  const exited = new Promise((r) => child.on('exit', r));
  for (let i = 0; i < 600 && ((await store.queueCounts()).done ?? 0) < 20; i++) await new Promise((r) => setTimeout(r, 50));
  child.kill('SIGKILL');
  await exited;
  const mid = await store.queueCounts();
  assert.ok((mid.pending ?? 0) > 0, `the kill came too late: ${JSON.stringify(mid)}`);
  // Every committed document is complete: one per done queue row, none from the killed batch.
  assert.equal(await store.countDocuments(), mid.done ?? 0);
  await runWorker(store, { batchSize: 16, exitWhenEmpty: true, until: 'segment', log: quietLog });
  assert.equal(await store.countDocuments(), 400);
  assert.deepEqual(await store.queueCounts(), { done: 400 });
  assert.equal(await store.integrityCheck(), 'ok');
  await store.close();
});

test('the database restarts during ingest: workers retry, nothing lost', { skip, timeout: 180_000 }, async () => {
  // A private cluster, so restarting it does not disturb other tests.
  const script = projectPath('scripts', 'pg-cluster.sh');
  // Directly under the temp root: the server runs as the postgres user, who cannot enter our private temp dirs.
  const env = { ...process.env, CHRONICLE_PG_DIR: join(tmpdir(), `chronicle-pg-${randomBytes(4).toString('hex')}`), CHRONICLE_PG_PORT: '' };
  // a port the system just handed out and took back; another process can still take it before the
  // server binds (a random pick collided with the test run's own connections), so a few tries
  let started = spawnSync('false', { encoding: 'utf8' });
  for (let attempt = 0; attempt < 3 && started.status !== 0; attempt++) {
    env.CHRONICLE_PG_PORT = String(await freePort());
    started = spawnSync(script, ['start'], { env, encoding: 'utf8' });
  }
  if (started.status !== 0) {
    rmSync(env.CHRONICLE_PG_DIR, { recursive: true, force: true });
    assert.fail(`could not start a private cluster: ${started.stderr}`);
  }
  try {
    const url = await freshDatabase(started.stdout.trim());
    const store = await PostgresStore.open(url);
    await enqueueInputs([corpus(300)], store);
    const logs: string[] = [];
    const worker = runWorker(await PostgresStore.open(url), { batchSize: 4, exitWhenEmpty: true, until: 'segment', log: (l) => logs.push(l) });
    for (let i = 0; i < 600 && ((await store.queueCounts()).done ?? 0) < 20; i++) await new Promise((r) => setTimeout(r, 50));
    spawnSync(script, ['stop'], { env });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(spawnSync(script, ['start'], { env }).status, 0);
    await worker;
    assert.ok(logs.some((l) => /retrying/.test(l)), 'the worker noticed the restart');
    assert.equal(await store.countDocuments(), 300);
    assert.deepEqual(await store.queueCounts(), { done: 300 });
    await store.close();
  } finally {
    spawnSync(script, ['stop'], { env });
    rmSync(env.CHRONICLE_PG_DIR, { recursive: true, force: true });
  }
});

/** A TCP port free on the loopback address a moment ago. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Articles naming one firm, most with a company designator, some by its bare name only. */
function firmCorpus(n: number): string {
  const dir = join(tempDir(), 'firm');
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const body = i % 3 === 0
      ? `Orlavik said on Tuesday that orders for its pumps rose ${i} percent in the quarter.`
      : `Orlavik Inc said on Tuesday that it would build plant number ${i} in the north of the country.`;
    writeFileSync(join(dir, `firm-${String(i).padStart(3, '0')}.txt`), `Firm story ${i}\n\n${body}`);
  }
  return dir;
}

test('two workers run the corpus type pass as they drain the queue: a whole-corpus pass after them changes nothing', { skip, timeout: 240_000 }, async () => {
  const url = await freshDatabase(base!);
  const store = await PostgresStore.open(url);
  await enqueueInputs([firmCorpus(24)], store);
  const passed: string[] = [];
  const worker = async () => {
    const own = await PostgresStore.open(url);
    try {
      return await runWorker(own, { batchSize: 3, exitWhenEmpty: true, log: quietLog, afterDrain: async (ids) => {
        await afterIngest(own, { docIds: ids });
        passed.push(...ids);
      } });
    } finally {
      await own.close();
    }
  };
  const [a, b] = await Promise.all([worker(), worker()]);
  assert.equal(a.processed + b.processed, 24);
  assert.equal(new Set(passed).size, 24, 'every saved article was passed over once');
  const firm = (await store.mentionsWithTypeVoteKeys(await store.typeVoteKeys(passed))).filter((m) => m.text.startsWith('Orlavik'));
  assert.equal(firm.length, 24, 'each article names the firm');
  // the bare name takes the type the designated one gives it, whichever worker saved which
  assert.deepEqual([...new Set(firm.map((m) => m.label))], ['ORG']);
  assert.equal((await retypeByCorpus(store)).documents, 0);
  assert.equal(await store.integrityCheck(), 'ok');
  await store.close();
});

test('chronicle worker runs the corpus type pass before it exits', { skip, timeout: 240_000 }, async () => {
  const url = await freshDatabase(base!);
  const store = await PostgresStore.open(url);
  await enqueueInputs([firmCorpus(9)], store);
  const run = spawnSync(process.execPath, [cliPath, 'worker', '--db', url, '--exit-when-empty', '--json'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const firm = (await store.listAnnotations({ kind: 'mention' })).filter((m) => m.text.startsWith('Orlavik'));
  assert.equal(firm.length, 9);
  assert.deepEqual([...new Set(firm.map((m) => m.label))], ['ORG']);
  assert.equal((await retypeByCorpus(store)).documents, 0);
  await store.close();
});

test('a worker whose queue never runs dry still passes over what it saved, every drainEvery documents', { skip, timeout: 120_000 }, async () => {
  const url = await freshDatabase(base!);
  const store = await PostgresStore.open(url);
  await enqueueInputs([corpus(40)], store);
  const calls: number[] = [];
  const pendingAtCall: number[] = [];
  await runWorker(store, { batchSize: 4, exitWhenEmpty: true, until: 'segment', log: quietLog, drainEvery: 10, afterDrain: async (ids) => {
    calls.push(ids.length);
    pendingAtCall.push((await store.queueCounts()).pending ?? 0);
  } });
  assert.equal(calls.reduce((a, b) => a + b, 0), 40, 'every document once');
  assert.ok(calls.every((n) => n <= 12), `calls of at most drainEvery and a batch: ${calls.join(', ')}`);
  assert.ok(pendingAtCall[0] > 0, 'the first came while work was still queued');
  await store.close();
});
