import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../src/cli/main.js';
import { csvObjects, fixtureStore, jsonLines } from './helpers.js';

/** Runs the CLI in this process with console.error silenced; returns the exit code and what it said. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  const original = console.error;
  let stderr = '';
  console.error = (...parts: unknown[]) => {
    stderr += parts.join(' ') + '\n';
  };
  try {
    return { code: await runCli(args), stderr };
  } finally {
    console.error = original;
  }
}

test('chronicle export writes each format to --out and says how much it wrote', async () => {
  const { store, path: db, dir } = await fixtureStore();
  await store.close();
  const csv = join(dir, 'events.csv');
  const r = await cli(['export', '--format', 'csv', '--out', csv, '--db', db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /wrote 2 events rows/);
  assert.equal(csvObjects(readFileSync(csv, 'utf8')).length, 2);

  const jsonl = join(dir, 'people.jsonl');
  assert.equal((await cli(['export', '--format', 'jsonl', '--type', 'entities', '--entity-type', 'per', '--out', jsonl, '--db', db])).code, 0);
  assert.deepEqual(jsonLines(readFileSync(jsonl, 'utf8')).map((e) => e.name), ['Pavel Orlov']);

  for (const format of ['ftm', 'graphml']) {
    const out = join(dir, `kb.${format}`);
    assert.equal((await cli(['export', '--format', format, '--out', out, '--db', db, '--doc', 'orlov', '--doc', 'kazan-detention'])).code, 0);
    assert.ok(readFileSync(out, 'utf8').length > 100);
  }
});

test('chronicle export: usage errors and failures leave no file behind', async () => {
  const { store, path: db, dir } = await fixtureStore();
  await store.close();
  const out = join(dir, 'x.jsonl');
  assert.equal((await cli(['export', '--out', out, '--db', db])).code, 2);
  assert.equal((await cli(['export', '--format', 'xml', '--out', out, '--db', db])).code, 2);
  assert.equal((await cli(['export', '--format', 'jsonl', '--db', db])).code, 2);
  assert.equal((await cli(['export', '--format', 'ftm', '--type', 'events', '--out', out, '--db', db])).code, 2);
  assert.equal((await cli(['export', '--format', 'csv', '--type', 'people', '--out', out, '--db', db])).code, 2);
  const missing = await cli(['export', '--format', 'jsonl', '--doc', 'no-such-doc', '--out', out, '--db', db]);
  assert.equal(missing.code, 2); // a mistake on the command line, as --doc of show and the listings
  assert.match(missing.stderr, /no document "no-such-doc"/);
  const noDb = await cli(['export', '--format', 'jsonl', '--out', out, '--db', join(dir, 'absent.db')]);
  assert.equal(noDb.code, 1);
  assert.match(noDb.stderr, /no database/);
  assert.equal(existsSync(out), false);
  assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('x.jsonl')), []);
});

test('export --edges applies to graphml only and takes all, co-mention or event-role', async () => {
  const wrongFormat = await cli(['export', '--format', 'csv', '--edges', 'co-mention', '--out', '-']);
  assert.equal(wrongFormat.code, 2);
  assert.match(wrongFormat.stderr, /--edges applies to graphml only/);
  const wrongKind = await cli(['export', '--format', 'graphml', '--edges', 'roles', '--out', '-']);
  assert.equal(wrongKind.code, 2);
  assert.match(wrongKind.stderr, /--edges must be one of all, co-mention, event-role/);
});
