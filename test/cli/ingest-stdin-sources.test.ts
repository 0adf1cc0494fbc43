// Each article pasted on stdin is its own document: a second, different paste is not a new version of
// the first (both had the source "-"); the same text pasted again is already stored. --url and --title
// give a pasted article the address and title the user knows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

const ferry = `Ferry crews strike in Split

Ferry crews in Split stopped work on Friday after talks on pay broke down, the union said.

The harbour master said six crossings to the islands were cancelled.`;

const bridge = `Bridge reopens in Ghent

The old canal bridge in Ghent reopened to traffic on Tuesday after eight months of repairs, the city said.

Cyclists had crossed on a temporary pontoon since March.`;

interface Listed { source: string; title: string }

function docs(db: string): Listed[] {
  const res = runCli(['docs', '--db', db, '--json']);
  assert.equal(res.status, 0, res.stderr);
  return JSON.parse(res.stdout) as Listed[];
}

test('two different pasted articles are two documents with their own sources; the same text pasted twice is one', () => {
  const db = join(tempDir(), 'paste.db');
  for (const text of [ferry, bridge]) {
    const res = runCli(['ingest', '-', '--db', db, '--json'], { input: text });
    assert.equal(res.status, 0, res.stderr);
    assert.equal(JSON.parse(res.stdout).ingested, 1);
  }
  const listed = docs(db);
  assert.equal(listed.length, 2);
  const sources = listed.map((d) => d.source);
  assert.ok(sources.every((s) => /^stdin:[0-9a-f]+$/.test(s)), sources.join(', '));
  assert.notEqual(sources[0], sources[1]);
  assert.ok(!sources.some((s) => s.includes('earlier version')));
  const again = runCli(['ingest', '-', '--db', db, '--json'], { input: ferry });
  assert.equal(again.status, 0, again.stderr);
  const summary = JSON.parse(again.stdout) as { ingested: number; unchanged: number };
  assert.deepEqual([summary.ingested, summary.unchanged], [0, 1]);
  assert.deepEqual(docs(db).map((d) => d.source).sort(), [...sources].sort());
});

test('ingest - --url --title: the pasted article is cited at that address under that title', () => {
  const db = join(tempDir(), 'paste-url.db');
  const res = runCli(['ingest', '-', '--url', 'https://news.example.org/2024/ferry-strike', '--title', 'Ferry crews walk out', '--db', db, '--json'], { input: ferry });
  assert.equal(res.status, 0, res.stderr);
  const [doc] = docs(db);
  assert.equal(doc.source, 'https://news.example.org/2024/ferry-strike');
  assert.equal(doc.title, 'Ferry crews walk out');
  const shown = JSON.parse(runCli(['show', 'ferry-strike', '--db', db, '--json']).stdout) as { sources: Array<{ url?: string }> };
  assert.equal(shown.sources[0].url, 'https://news.example.org/2024/ferry-strike');
});

test('--url and --title are command-line mistakes without -, and --url must be an address', () => {
  const db = join(tempDir(), 'paste-bad.db');
  const noDash = runCli(['ingest', 'story.txt', '--url', 'https://news.example.org/a', '--db', db]);
  assert.equal(noDash.status, 2);
  assert.match(noDash.stderr, /--url names the article read from stdin: give - as an input/);
  const notUrl = runCli(['ingest', '-', '--url', 'news.example.org/a', '--db', db], { input: ferry });
  assert.equal(notUrl.status, 2);
  assert.match(notUrl.stderr, /--url must be an http\(s\) address/);
});

test('JSON Lines piped to ingest -: each record has a lasting source, so a second dump adds to the first and the same dump again stores nothing', () => {
  const db = join(tempDir(), 'paste-jsonl.db');
  const dump = (...texts: string[]) => texts.map((text) => JSON.stringify({ text })).join('\n') + '\n';
  const first = runCli(['ingest', '-', '--db', db, '--json'], { input: dump(ferry) });
  assert.equal(first.status, 0, first.stderr);
  const second = runCli(['ingest', '-', '--db', db, '--json'], { input: dump(bridge) });
  assert.equal(second.status, 0, second.stderr);
  const listed = docs(db);
  assert.equal(listed.length, 2);
  assert.ok(listed.every((d) => /^stdin:[0-9a-f]+$/.test(d.source)), listed.map((d) => d.source).join(', '));
  const again = runCli(['ingest', '-', '--db', db, '--json'], { input: dump(bridge, ferry) });
  assert.equal(again.status, 0, again.stderr);
  const summary = JSON.parse(again.stdout) as { ingested: number; unchanged: number };
  assert.deepEqual([summary.ingested, summary.unchanged], [0, 2]);
  assert.deepEqual(docs(db).map((d) => d.source).sort(), listed.map((d) => d.source).sort());
});

test('JSON Lines dumps whose ids repeat (1, 2, …) with other texts both store; --trust-ids cites each record at its id', () => {
  const db = join(tempDir(), 'paste-ids.db');
  const dump = (...texts: string[]) => texts.map((text, i) => JSON.stringify({ id: i + 1, text })).join('\n') + '\n';
  const first = runCli(['ingest', '-', '--db', db, '--json'], { input: dump(ferry) });
  assert.equal(first.status, 0, first.stderr);
  const second = runCli(['ingest', '-', '--db', db, '--json'], { input: dump(bridge) });
  assert.equal(second.status, 0, second.stderr);
  assert.deepEqual([JSON.parse(second.stdout).ingested, JSON.parse(second.stdout).unchanged], [1, 0]);
  const listed = docs(db);
  assert.equal(listed.length, 2);
  assert.ok(listed.every((d) => /^stdin:[0-9a-f]+$/.test(d.source)), listed.map((d) => d.source).join(', '));

  const trustedDb = join(tempDir(), 'paste-trusted-ids.db');
  const trusted = runCli(['ingest', '-', '--trust-ids', '--db', trustedDb, '--json'], { input: dump(ferry, bridge) });
  assert.equal(trusted.status, 0, trusted.stderr);
  assert.deepEqual(docs(trustedDb).map((d) => d.source).sort(), ['stdin#1', 'stdin#2']);
  const noDash = runCli(['ingest', 'dump.jsonl', '--trust-ids', '--db', trustedDb]);
  assert.equal(noDash.status, 2);
  assert.match(noDash.stderr, /--trust-ids is for JSON Lines read from stdin/);
});
