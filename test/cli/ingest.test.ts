// chronicle ingest as a user runs it: mixed inputs, bad inputs, duplicates, stdin, exit codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

const story = `Court jails smuggling ring leader

By Mara Kell

VIENNA, May 4 (Wire) - A court in Vienna on Monday sentenced the leader of a people-smuggling ring to nine years in prison, prosecutors said.

The network moved more than 300 migrants across the border in vans last year, according to the indictment.`;

const page = `<!doctype html><html><head><title>Port strike ends | The Harbour Times</title>
<meta property="article:published_time" content="2021-03-02T10:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Port strike ends after five days</h1>
<p>Dock workers in Rotterdam returned to work on Tuesday after unions and employers agreed a new pay deal, ending a five-day strike that had stranded hundreds of ships.</p>
<p>The agreement raises wages by four percent this year, the union said in a statement.</p></article>
<footer>© The Harbour Times. All rights reserved.</footer></body></html>`;

function corpus(): string {
  const dir = tempDir();
  mkdirSync(join(dir, 'in', 'nested'), { recursive: true });
  writeFileSync(join(dir, 'in', 'story.txt'), story);
  writeFileSync(join(dir, 'in', 'nested', 'port.html'), page);
  writeFileSync(join(dir, 'in', 'copy-of-story.txt'), story);
  writeFileSync(join(dir, 'in', 'empty.txt'), '');
  writeFileSync(join(dir, 'in', 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(
    join(dir, 'in', 'dump.jsonl'),
    [
      JSON.stringify({ url: 'https://example.org/a', title: 'Border talks', text: 'Ministers from both countries met in Geneva on Friday to discuss the disputed border, a spokesman said. No agreement was reached.' }),
      '{not json',
      JSON.stringify({ url: 'https://example.org/b', title: 42 }),
    ].join('\n'),
  );
  return dir;
}

test('mixed inputs: each bad one is a clear failure naming it, the rest ingests', () => {
  const dir = corpus();
  const db = join(dir, 'k.db');
  const res = runCli(['ingest', join(dir, 'in'), join(dir, 'missing-folder'), '--db', db, '--json']);
  assert.equal(res.status, 3, res.stderr); // some inputs failed, the rest were read
  const s = JSON.parse(res.stdout) as { ingested: number; duplicates: number; failed: Array<{ input: string; error: string }> };
  assert.equal(s.ingested, 3, JSON.stringify(s));
  assert.equal(s.duplicates, 1);
  const failedInputs = s.failed.map((f) => f.input).join('\n');
  for (const bad of ['empty.txt', 'image.html', 'dump.jsonl', 'missing-folder']) assert.match(failedInputs, new RegExp(bad.replace('.', '\\.')));
  assert.ok(s.failed.length >= 5, 'empty, binary, two bad JSONL lines, missing path');
  for (const f of s.failed) assert.ok(f.error.length > 5, `error for ${f.input} is clear`);

  const story1 = JSON.parse(runCli(['show', 'story', '--db', db, '--json']).stdout) as { sources: unknown[]; authors: string[] };
  assert.equal(story1.sources.length, 2, 'same article twice → one document, two sources');
  const port = JSON.parse(runCli(['show', 'port', '--db', db, '--json']).stdout) as { text: string; published: { value: string } };
  assert.ok(!port.text.includes('All rights reserved'));
  assert.equal(port.published.value, '2021-03-02');
});

test('nothing readable → exit code 1; stdin works', () => {
  const dir = tempDir();
  const db = join(dir, 's.db');
  const none = runCli(['ingest', join(dir, 'nope.txt'), '--db', db, '--json']);
  assert.equal(none.status, 1);
  assert.match(JSON.parse(none.stdout).failed[0].error, /not found|no such|does not exist/i);
  const stdin = runCli(['ingest', '-', '--db', db, '--json'], { input: story });
  assert.equal(stdin.status, 0, stdin.stderr);
  assert.equal(JSON.parse(stdin.stdout).ingested, 1);
});

test('--help explains and unknown commands are named', () => {
  const help = runCli(['ingest', '--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /Usage: chronicle ingest/);
  const top = runCli(['--help']);
  assert.match(top.stdout, /ingest/);
  assert.match(top.stdout, /search/);
  const bad = runCli(['frobnicate']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown command "frobnicate"/);
});

test('ingesting a Chronicle JSONL export restores the same knowledge base', () => {
  const dir = corpus();
  const db = join(dir, 'orig.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db, '--json']).status, 3); // the corpus holds broken files
  const out = join(dir, 'export.jsonl');
  const exp = runCli(['export', '--format', 'jsonl', '--out', out, '--db', db]);
  assert.equal(exp.status, 0, exp.stderr);
  const restoredDb = join(dir, 'restored.db');
  const res = runCli(['ingest', out, '--db', restoredDb, '--json']);
  assert.equal(res.status, 0, res.stderr);
  const docs = (d: string) => JSON.parse(runCli(['docs', '--db', d, '--json']).stdout) as Array<{ id: string; title: string; words: number }>;
  assert.deepEqual(docs(restoredDb).map((d) => [d.id, d.title, d.words]).sort(), docs(db).map((d) => [d.id, d.title, d.words]).sort());
  const show = (d: string) => JSON.parse(runCli(['show', 'story', '--db', d, '--json']).stdout) as { text: string; mentions: unknown[]; sources: unknown[] };
  assert.deepEqual(show(restoredDb).mentions, show(db).mentions);
  assert.equal(show(restoredDb).text, show(db).text);
});

test('--help after a subcommand explains the subcommand', () => {
  const res = runCli(['bench', 'ingest', '--help']);
  assert.equal(res.status, 0);
  assert.match(res.stdout, /Usage: chronicle bench ingest --corpus DIR/);
});
