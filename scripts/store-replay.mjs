#!/usr/bin/env node
// Replays the SQLite store's saves of a real ingest in one thread, so the store's CPU can be
// measured without the analysis threads (whose start-up and load swamp it on a shared machine).
//
// 1. Capture the batches an ingest saves (one file, v8-serialised; about 8 KB per article):
//      STORE_REPLAY_CAPTURE=batches.bin node --import ./scripts/store-replay.mjs bin/chronicle.js \
//        bench ingest --corpus DIR --workers 1 --limit 5000 --db scratch.db --json
// 2. Replay them into a fresh database, with this build or another one's (a folder holding dist/):
//      node scripts/store-replay.mjs batches.bin out.db [--build DIR] [--by-statement]
//    prints {docs, saveMs (CPU), sysMs, perDocMs, rssMb}; --by-statement adds the CPU of each SQL
//    statement (measuring each call costs about 4 µs, so the total rises: compare shares only).
// Batches that failed in the ingest (a document stored with other text) fail here too, are rolled
// back and skipped, as the ingest did before saving their halves; those halves follow in the file.
// Compare databases built by two builds with scripts/db-rowhash.mjs.
import { isMainThread } from 'node:worker_threads';
import { deserialize, serialize } from 'node:v8';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const storeModule = (build) => pathToFileURL(join(build, 'dist/src/store/sqlite/index.js')).href;

const captureFile = process.env.STORE_REPLAY_CAPTURE;
const runAsScript = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);

if (runAsScript) await replay(process.argv.slice(2));
else if (captureFile && isMainThread) await capture(captureFile);

/** Wraps saveBatch: each batch is appended, length first, before it is saved. */
async function capture(file) {
  const { SqliteStore } = await import(storeModule(join(here, '..')));
  writeFileSync(file, '');
  const save = SqliteStore.prototype.saveBatch;
  SqliteStore.prototype.saveBatch = function (batch) {
    const body = serialize(batch);
    const length = Buffer.alloc(4);
    length.writeUInt32LE(body.length);
    appendFileSync(file, Buffer.concat([length, body]));
    return save.call(this, batch);
  };
}

async function replay(args) {
  const flag = (name) => args.includes(name);
  const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const build = resolve(option('--build') ?? join(here, '..'));
  const [input, dbFile] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--build');
  if (!input || !dbFile) {
    console.error('usage: node scripts/store-replay.mjs BATCHES.bin OUT.db [--build DIR] [--by-statement]');
    process.exit(2);
  }
  const statements = flag('--by-statement') ? timeStatements(build) : null;
  const { SqliteStore } = await import(storeModule(build));
  const buf = readFileSync(input);
  const batches = [];
  for (let at = 0; at < buf.length; ) {
    const n = buf.readUInt32LE(at);
    batches.push(deserialize(buf.subarray(at + 4, at + 4 + n)));
    at += 4 + n;
  }
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbFile + suffix, { force: true });
  const store = new SqliteStore(dbFile);
  let docs = 0;
  const start = process.cpuUsage();
  for (const batch of batches) {
    try {
      await store.saveBatch(batch);
      docs += batch.length;
    } catch (err) {
      if (!err || typeof err.docId !== 'string') throw err; // only a conflicting document is expected
    }
  }
  const saved = process.cpuUsage(start);
  await store.close();
  const ms = (u) => Math.round((u.user + u.system) / 1000);
  console.log(JSON.stringify({ build, docs, saveMs: ms(saved), sysMs: Math.round(saved.system / 1000), withCloseMs: ms(process.cpuUsage(start)), perDocMs: +((saved.user + saved.system) / 1000 / docs).toFixed(3), rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
  if (statements) for (const line of statements()) console.log(line);
}

/** Times every statement the build's better-sqlite3 prepares (process CPU around each call). */
function timeStatements(build) {
  const Database = createRequire(join(build, 'package.json'))('better-sqlite3');
  const cpu = () => {
    const u = process.cpuUsage();
    return u.user + u.system;
  };
  const stats = new Map();
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (sql) {
    const st = prepare.call(this, sql);
    const key = sql.replace(/\s+/g, ' ').slice(0, 100);
    for (const method of ['run', 'get', 'all']) {
      const call = st[method].bind(st);
      st[method] = (...params) => {
        const t = cpu();
        try {
          return call(...params);
        } finally {
          let s = stats.get(key);
          if (!s) stats.set(key, (s = { calls: 0, us: 0 }));
          s.calls++;
          s.us += cpu() - t;
        }
      };
    }
    return st;
  };
  return () => [...stats].sort((a, b) => b[1].us - a[1].us).map(([sql, s]) => `${String(Math.round(s.us / 1000)).padStart(7)} ms ${String(s.calls).padStart(8)}  ${sql}`);
}
