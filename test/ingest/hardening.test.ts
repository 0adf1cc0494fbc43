// Regression tests for the hardening issue's ingest, restore and export items: each input that
// cannot be used is reported where it is, and everything else is stored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, runCli, tempDir } from '../helpers.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';

const story = (place: string, n: number) =>
  `Bridge closed in ${place}\n\n${place.toUpperCase()}, May ${n} - Engineers closed the old bridge in ${place} on Thursday after cracks were found in two pillars, the city council said. Traffic was diverted through the northern ring road for at least ${n + 2} weeks.`;

function articles(dir: string, names: string[]): void {
  mkdirSync(dir, { recursive: true });
  for (const name of names) writeFileSync(join(dir, `${name}.txt`), story(name, name.length));
}

function ingestJson(args: string[], opts: { cwd?: string } = {}): { status: number | null; summary: { ingested: number; duplicates: number; failed: Array<{ input: string; error: string }> }; stderr: string } {
  const r = runCli(['ingest', '--json', '--workers', '0', ...args], opts);
  let summary;
  try {
    summary = JSON.parse(r.stdout);
  } catch {
    throw new Error(`no JSON from ingest (exit ${r.status}): ${r.stdout}\n${r.stderr}`);
  }
  return { status: r.status, summary, stderr: r.stderr };
}

/** Runs the CLI as a user without root's powers (file permissions apply), or says why it cannot. */
function runAsUser(args: string[], cwd: string): ReturnType<typeof runCli> | string {
  if (process.getuid?.() !== 0) return runCli(args, { cwd });
  if (spawnSync('runuser', ['--version']).error) return 'running as root without runuser on PATH: permissions cannot be tested';
  return spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, cliPath, ...args], { cwd, encoding: 'utf8' });
}

test('a huge single-line input is refused by --max-mb before any line is read; the other inputs are stored', { timeout: 120_000 }, () => {
  const dir = tempDir();
  articles(join(dir, 'good'), ['Lindau', 'Brescia']);
  // No newline anywhere: 3 MB as one line, as .txt and as .jsonl.
  writeFileSync(join(dir, 'one-line.txt'), 'z'.repeat(3 * 1024 * 1024));
  writeFileSync(join(dir, 'one-line.jsonl'), '{"text":"' + 'z'.repeat(3 * 1024 * 1024));
  const args = ['--db', join(dir, 'k.db'), '--max-mb', '1', join(dir, 'good'), join(dir, 'one-line.txt'), join(dir, 'one-line.jsonl')];
  if (existsSync('/dev/zero')) args.push('/dev/zero');
  const { summary } = ingestJson(args);
  assert.equal(summary.ingested, 2);
  const failed = Object.fromEntries(summary.failed.map((f) => [f.input, f.error]));
  assert.match(failed[join(dir, 'one-line.txt')], /over the 1 MB limit/);
  assert.match(failed[`${join(dir, 'one-line.jsonl')} line 1`], /over the 1 MB limit/);
  if (existsSync('/dev/zero')) assert.match(failed['/dev/zero'], /not a regular file/);
});

test('one unreadable subfolder is skipped alone, and the message names it', { timeout: 120_000 }, (t) => {
  const dir = tempDir();
  chmodSync(dir, 0o777);
  const root = join(dir, 'news');
  articles(join(root, 'a-open'), ['Tarvisio']);
  articles(join(root, 'b-locked'), ['Rovigo']);
  articles(join(root, 'c-open'), ['Pordenone']);
  writeFileSync(join(root, 'top.txt'), story('Udine', 4));
  for (const d of [root, join(root, 'a-open'), join(root, 'c-open')]) chmodSync(d, 0o755);
  chmodSync(join(root, 'b-locked'), 0o000);
  const r = runAsUser(['ingest', '--json', '--workers', '0', '--db', join(dir, 'k.db'), root], dir);
  if (typeof r === 'string') return t.skip(r);
  const summary = JSON.parse(r.stdout) as { ingested: number; failed: Array<{ input: string; error: string }> };
  assert.equal(summary.ingested, 3, r.stderr);
  assert.deepEqual(summary.failed, [{ input: join(root, 'b-locked'), error: 'cannot read: permission denied' }]);
});

test('a NUL character in one JSONL line does not stop the others (it is removed)', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const lines = [
    { title: 'Harbour', text: 'Harbour reopens\n\nThe harbour in Split reopened on Friday after repairs, port officials said.' },
    { title: 'Mill\u0000', text: 'Mill fire\n\nA fire at the old mill in Osijek\u0000 was put out overnight, firefighters said.' },
    { title: 'Orchard', text: 'Orchard harvest\n\nFarmers near Vukovar began the apple harvest early this year, a cooperative said.' },
  ];
  writeFileSync(join(dir, 'rows.jsonl'), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
  const dbs = [join(dir, 'k.db'), ...(process.env.CHRONICLE_TEST_PG ? [process.env.CHRONICLE_TEST_PG] : [])];
  for (const db of dbs) {
    const { summary } = ingestJson(['--db', db, join(dir, 'rows.jsonl')]);
    assert.deepEqual(summary.failed, [], db);
    assert.equal(summary.ingested + summary.duplicates, 3, db);
    const shown = runCli(['show', '--json', '--db', db, 'rows-2']);
    assert.equal(shown.status, 0, shown.stderr);
    assert.ok(!JSON.parse(shown.stdout).text.includes('\u0000'));
  }
});

test('HTML pages with no article text are reported and store nothing', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const empty = '<html><head><title>Sign in</title><script>var x = 1;</script></head><body><nav><a href="/">Home</a></nav></body></html>';
  writeFileSync(join(dir, 'wall-1.html'), empty);
  writeFileSync(join(dir, 'wall-2.html'), empty.replace('Sign in', 'Log in'));
  const { status, summary } = ingestJson(['--db', join(dir, 'k.db'), join(dir, 'wall-1.html'), join(dir, 'wall-2.html')]);
  assert.equal(summary.ingested + summary.duplicates, 0);
  assert.deepEqual(summary.failed.map((f) => f.error), ['no article text found', 'no article text found']);
  assert.equal(status, 1);
  // nothing was stored, so the database this run created is not left behind
  assert.equal(existsSync(join(dir, 'k.db')), false);
});

test('three concurrent ingests into one SQLite database all finish: the union, no duplicates, integrity ok', { timeout: 300_000 }, async () => {
  const dir = tempDir();
  const names = ['Aalen', 'Bruchsal', 'Coburg', 'Dachau', 'Erding', 'Fulda', 'Goslar', 'Hameln', 'Ingolstadt'];
  articles(join(dir, 'p1'), names.slice(0, 5));
  articles(join(dir, 'p2'), names.slice(3, 7)); // overlaps p1 by two stories (same text, other files)
  articles(join(dir, 'p3'), names.slice(6));
  const db = join(dir, 'shared.db');
  const run = (folder: string) =>
    new Promise<{ code: number | null; stderr: string }>((ok) => {
      const child = spawn(process.execPath, [cliPath, 'ingest', '--batch', '1', '--workers', '0', '--db', db, join(dir, folder)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('close', (code) => ok({ code, stderr }));
    });
  const results = await Promise.all(['p1', 'p2', 'p3'].map(run));
  for (const r of results) assert.equal(r.code, 0, r.stderr);
  const store = new SqliteStore(db);
  try {
    const docs = await store.listDocuments();
    assert.equal(docs.length, names.length);
    assert.equal(new Set(docs.map((d) => d.title)).size, names.length);
    const sources = (await Promise.all(docs.map((d) => store.getDocument(d.id)))).reduce((n, d) => n + d!.sources.length, 0);
    assert.equal(sources, 5 + 4 + 3);
    assert.equal(await store.integrityCheck(), 'ok');
  } finally {
    await store.close();
  }
});

test('re-ingesting an edited file keeps docs working, and its export restores', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const db = join(dir, 'k.db');
  const file = join(dir, 'bridge.txt');
  writeFileSync(file, story('Kempten', 1));
  assert.equal(ingestJson(['--db', db, file]).summary.ingested, 1);
  writeFileSync(file, story('Kempten', 1).replace('two pillars', 'three pillars'));
  assert.equal(ingestJson(['--db', db, file]).summary.ingested, 1);
  const docs = runCli(['docs', '--db', db]);
  assert.equal(docs.status, 0, docs.stderr);
  const listed = JSON.parse(runCli(['docs', '--json', '--db', db]).stdout) as Array<{ source: string }>;
  assert.equal(listed.length, 2);
  assert.ok(listed.every((d) => d.source.includes('bridge.txt')), JSON.stringify(listed));
  const out = join(dir, 'all.jsonl');
  assert.equal(runCli(['export', '--db', db, '--format', 'jsonl', '--out', out]).status, 0);
  const restored = ingestJson(['--db', join(dir, 'copy.db'), out]);
  assert.deepEqual(restored.summary.failed, []);
  assert.equal(restored.summary.ingested, 2);
});

test('restore is per record: a bad record is reported by line, the rest stored; an id reused with other text is refused', { timeout: 120_000 }, () => {
  const dir = tempDir();
  const db = join(dir, 'k.db');
  articles(join(dir, 'in'), ['Passau', 'Landshut', 'Straubing']);
  ingestJson(['--db', db, join(dir, 'in')]);
  const out = join(dir, 'all.jsonl');
  assert.equal(runCli(['export', '--db', db, '--format', 'jsonl', '--out', out]).status, 0);
  const records = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  const docs = records.filter((r) => r.chronicle === 'document');
  assert.equal(docs.length, 3);
  const broken = structuredClone(docs[0]);
  broken.id = 'ffffffffffffffff';
  broken.text = broken.text.replace('Passau', 'Pasau');
  broken.annotations[0].data = null;
  const impostor = { ...structuredClone(docs[1]), text: 'Other words under a stored id.', annotations: [], sources: [{ kind: 'file', location: 'elsewhere.txt', name: 'elsewhere' }] };
  const lines = [broken, ...docs, impostor].map((r) => JSON.stringify(r));
  writeFileSync(join(dir, 'mixed.jsonl'), lines.join('\n') + '\n');

  const fresh = ingestJson(['--db', join(dir, 'fresh.db'), join(dir, 'mixed.jsonl')]);
  assert.equal(fresh.summary.ingested, 3);
  const where = (line: number) => `${join(dir, 'mixed.jsonl')} line ${line}`;
  assert.deepEqual(fresh.summary.failed.map((f) => f.input), [where(1), where(5)]);
  assert.match(fresh.summary.failed[0].error, /annotation 0 needs data/);
  assert.match(fresh.summary.failed[1].error, /already stored with different text/);
  const shown = JSON.parse(runCli(['show', '--json', '--db', join(dir, 'fresh.db'), docs[1].id]).stdout);
  assert.equal(shown.text, docs[1].text);
  assert.ok(!shown.sources.some((s: { location: string }) => s.location === 'elsewhere.txt'), 'the impostor source is not attached');
});

test('export --out DIR is refused before exporting, with a clear message', () => {
  const dir = tempDir();
  articles(join(dir, 'in'), ['Wels']);
  ingestJson(['--db', join(dir, 'k.db'), join(dir, 'in')]);
  mkdirSync(join(dir, 'out'));
  const r = runCli(['export', '--db', join(dir, 'k.db'), '--format', 'jsonl', '--out', join(dir, 'out')]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /is a directory; give a file name/);
  assert.doesNotMatch(r.stderr, /EISDIR|ENOENT/);
  assert.deepEqual(readdirSync(join(dir, 'out')), []);
  const missing = runCli(['export', '--db', join(dir, 'k.db'), '--format', 'csv', '--out', join(dir, 'nowhere', 'x.csv')]);
  assert.match(missing.stderr, /does not exist/);
});

test('read-only commands work on a database in a read-only folder', { timeout: 120_000 }, (t) => {
  const dir = tempDir();
  chmodSync(dir, 0o755);
  const db = join(dir, 'ro', 'k.db');
  mkdirSync(join(dir, 'ro'));
  articles(join(dir, 'in'), ['Melk', 'Krems']);
  ingestJson(['--db', db, join(dir, 'in')]);
  chmodSync(db, 0o444);
  chmodSync(join(dir, 'ro'), 0o555);
  for (const args of [['docs'], ['search', 'bridge'], ['show', 'Melk'], ['entities'], ['events'], ['quotes']]) {
    const r = runAsUser([...args, '--db', db], dir);
    if (typeof r === 'string') return t.skip(r);
    assert.equal(r.status, 0, `${args.join(' ')}: ${r.stderr}`);
  }
  const listed = runAsUser(['docs', '--json', '--db', db], dir);
  if (typeof listed !== 'string') assert.equal(JSON.parse(listed.stdout).length, 2);
  chmodSync(join(dir, 'ro'), 0o755);
});

test('search: stray ORs are not an error, and a query without words says so', () => {
  const dir = tempDir();
  articles(join(dir, 'in'), ['Zwettl']);
  ingestJson(['--db', join(dir, 'k.db'), join(dir, 'in')]);
  const ok = runCli(['search', '--db', join(dir, 'k.db'), 'bridge OR OR pillars']);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /\[bridge\]/i);
  const none = runCli(['search', '--db', join(dir, 'k.db'), 'OR - OR']);
  assert.notEqual(none.status, 0);
  assert.match(none.stderr, /no words to search for/);
  assert.doesNotMatch(none.stderr, /fts5|syntax error/i);
});
