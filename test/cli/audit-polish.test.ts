// Smaller things a user audit found: an unknown --type or entity key is named as such, --doc takes
// what `show` takes, claims has --limit, a taken port and the size limit name the option to change,
// and search explains its scores and shows sources as `docs` does.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { writeFixtureCorpus } from '../fixtures/ui/corpus.js';
import { cliPath, runCli, tempDir } from '../helpers.js';

let db = '';
before(async () => {
  db = join(tempDir(), 'kb.db');
  const store = new SqliteStore(db);
  await writeFixtureCorpus(store);
  await store.close();
});

test('figures --type with an unknown qualifier names the valid ones and exits 2', () => {
  const run = runCli(['figures', '--type', 'exactly', '--db', db]);
  assert.equal(run.status, 2);
  assert.match(run.stderr, /"exactly" is not a qualifier; use one of: exact, about, at_least, up_to, more_than/);
  assert.equal(runCli(['figures', '--type', 'about', '--db', db]).status, 0);
});

test('quotes --entity with an unknown key says so; --doc takes a source as show does', () => {
  const unknown = runCli(['quotes', '--entity', 'PER:nobody at all', '--db', db]);
  assert.equal(unknown.status, 2, 'a usage error, as figures --type gives');
  assert.match(unknown.stderr, /no entity "PER:nobody at all"/);
  // the fixture's sources are fixtures/<name>.html: the end of the path, with its folder
  const byPath = runCli(['quotes', '--doc', 'fixtures/airport-attack', '--db', db, '--json']);
  assert.equal(byPath.status, 0, byPath.stderr);
  const quotes = JSON.parse(byPath.stdout) as Array<{ text: string }>;
  assert.deepEqual(quotes.map((q) => q.text), ['This was a cowardly attack on innocent travellers'], 'without the comma before its cue');
  const none = runCli(['quotes', '--doc', 'no-such-article', '--db', db]);
  assert.notEqual(none.status, 0);
  assert.match(none.stderr, /no document "no-such-article"/);
});

test('claims --limit lists at most N groups and says how many there are', () => {
  const all = runCli(['claims', '--db', db, '--json']);
  const total = (JSON.parse(all.stdout) as unknown[]).length;
  assert.ok(total >= 2, `the fixture has several groups (${total})`);
  const one = runCli(['claims', '--limit', '1', '--db', db, '--json']);
  assert.equal((JSON.parse(one.stdout) as unknown[]).length, 1);
  const table = runCli(['claims', '--limit', '1', '--db', db]);
  assert.match(table.stdout, new RegExp(`Showing 1 of ${total} groups; raise --limit`));
});

test('serve on a taken port names the port and --port', async () => {
  const blocker = createServer();
  await new Promise<void>((ok) => blocker.listen(0, '127.0.0.1', ok));
  const port = (blocker.address() as AddressInfo).port;
  try {
    const child = spawn(process.execPath, [cliPath, 'serve', '--port', String(port), '--db', db]);
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 1);
    assert.match(stderr, new RegExp(`port ${port} on 127\\.0\\.0\\.1 is already in use \\(.*--port N \\(npm start -- --port N\\)`));
  } finally {
    blocker.close();
  }
});

test('ingest over the size limit names --max-mb; search shows sources as docs does and ranks its hits', () => {
  const dir = tempDir();
  const folder = join(dir, 'inbox', 'wire');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'harbour.txt'), 'Harbour cranes idle\n\nDockers at the Kelvar terminal stopped work on Thursday over a pay dispute, the port authority said.\n');
  writeFileSync(join(folder, 'huge.txt'), `Huge\n\n${'filler words again '.repeat(80_000)}\n`);
  const kb = join(dir, 'kb.db');
  const ingest = runCli(['ingest', folder, '--db', kb, '--max-mb', '1']);
  assert.equal(ingest.status, 3, ingest.stderr); // one input failed, the rest were read
  assert.match(ingest.stderr, /over the 1 MB limit/);
  assert.match(ingest.stderr, /raise the limit with --max-mb N/);

  const table = runCli(['search', 'Kelvar', '--db', kb]);
  assert.match(table.stdout, /\(\w+, wire\/harbour\.txt\)/, table.stdout);
  assert.ok(!table.stdout.includes(dir), 'no absolute path');
  const hits = JSON.parse(runCli(['search', 'Kelvar', '--db', kb, '--json']).stdout) as Array<{ rank: number; score: number; source: string }>;
  assert.equal(hits[0].rank, 1);
  assert.equal(typeof hits[0].score, 'number');
  assert.match(runCli(['search', '--help']).stdout, /lower\s+\(more\s+negative\)\s+is\s+better/);
});
