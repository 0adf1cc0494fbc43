// What the CLI says about what it did and found: ambiguous names, path suffixes, type checks,
// the ingest summary, listings by title and source.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { sourceLabel, sourceMatches } from '../../src/outlet.js';

function twoSections(): { dir: string; db: string } {
  const dir = tempDir();
  for (const [section, text] of [
    ['business', 'Harbour fees rise\n\nThe port authority in Gdansk raised its fees by six percent on Tuesday, the authority said.'],
    ['weather', 'Storm closes ferries\n\nFerries between Tallinn and Helsinki stopped running on Sunday as a storm crossed the Baltic.'],
  ]) {
    mkdirSync(join(dir, 'in', section), { recursive: true });
    writeFileSync(join(dir, 'in', section, '7.txt'), text);
  }
  return { dir, db: join(dir, 'c.db') };
}

test('ingest ends with a summary: documents, duplicates, failures, seconds and docs/s', () => {
  const { dir, db } = twoSections();
  const res = runCli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(res.status, 0, res.stderr);
  assert.match(res.stdout, /^2 ingested, 0 duplicates, 0 already stored, 0 failed in \d+\.\d s \([\d.]+ (?:docs\/s|s per article)\)$/m);
  const json = JSON.parse((runCli(['ingest', join(dir, 'in'), '--db', db, '--json'])).stdout) as { unchanged: number; seconds: number; docsPerSecond: number };
  assert.equal(json.unchanged, 2);
  assert.equal(typeof json.seconds, 'number');
  assert.equal(typeof json.docsPerSecond, 'number');
});

test('show: an ambiguous name lists the matches; a path suffix picks one', () => {
  const { dir, db } = twoSections();
  runCli(['ingest', join(dir, 'in'), '--db', db]);
  const ambiguous = runCli(['show', '7', '--db', db]);
  assert.equal(ambiguous.status, 1);
  assert.match(ambiguous.stderr, /"7" names 2 documents/);
  assert.match(ambiguous.stderr, /Harbour fees rise/);
  assert.match(ambiguous.stderr, /Storm closes ferries/);
  const one = runCli(['show', 'weather/7', '--db', db]);
  assert.equal(one.status, 0, one.stderr);
  assert.match(one.stdout, /Storm closes ferries/);
  assert.equal((runCli(['show', 'weather/7.txt', '--db', db])).status, 0);
  assert.equal((runCli(['show', 'sport/7', '--db', db])).status, 1);
});

test('--type is checked against the event types', () => {
  const { dir, db } = twoSections();
  runCli(['ingest', join(dir, 'in'), '--db', db]);
  for (const args of [['events', '--type', 'bogus'], ['events', '--merged', '--type', 'bogus']]) {
    const res = runCli([...args, '--db', db]);
    assert.equal(res.status, 2, res.stdout);
    assert.match(res.stderr, /"bogus" is not an event type; use one of: attack, killing/);
  }
  assert.equal((runCli(['events', '--type', 'arrest', '--db', db])).status, 0);
});

test('events --merged takes --limit like the per-document listing', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'), { recursive: true });
  writeFileSync(join(dir, 'in', 'a.txt'), 'Dock strike ends\n\nPolice arrested four dock workers in Gdansk on 3 May 2021. A court in Tallinn sentenced a ferry captain to two years in prison on 9 June 2021.');
  const db = join(dir, 'c.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  const all = JSON.parse(runCli(['events', '--merged', '--db', db, '--json']).stdout) as unknown[];
  assert.ok(all.length >= 2, `expected two merged events, got ${all.length}`);
  const one = runCli(['events', '--merged', '--limit', '1', '--db', db, '--json']);
  assert.equal(one.status, 0, one.stderr);
  assert.equal((JSON.parse(one.stdout) as unknown[]).length, 1);
});

test('listings name a source by site or last folders, not a full path', () => {
  assert.equal(sourceLabel('https://www.example.org/world/story-1.html'), 'example.org');
  // A stored location is an absolute path on the machine that ingested it.
  const story = resolve('corpus', 'bbc', 'politics', '100.txt');
  assert.equal(sourceLabel(story), 'politics/100.txt');
  assert.equal(sourceLabel(`${resolve('corpus', 'dump.jsonl')}#12`), 'corpus/dump.jsonl#12');
  assert.ok(sourceMatches(story, 'politics/100'));
  assert.ok(sourceMatches(story, '100'));
  assert.ok(!sourceMatches(story, 'tics/100'));
});

test('alias remove undoes alias add; removing one that is not stored says so', () => {
  const { dir, db } = twoSections();
  runCli(['ingest', join(dir, 'in'), '--db', db]);
  assert.equal(runCli(['alias', 'add', 'Port of Gdansk', 'port authority', '--type', 'ORG', '--db', db]).status, 0);
  const removed = runCli(['alias', 'remove', 'Port of Gdansk', 'port authority', '--db', db, '--json']);
  assert.equal(removed.status, 0, removed.stderr);
  assert.equal((JSON.parse(removed.stdout) as { removed: boolean }).removed, true);
  assert.deepEqual(JSON.parse(runCli(['alias', 'list', '--db', db, '--json']).stdout), []);
  const again = runCli(['alias', 'remove', 'Port of Gdansk', 'port authority', '--db', db]);
  assert.notEqual(again.status, 0);
  assert.match(again.stderr, /no alias "Port of Gdansk"/);
});
