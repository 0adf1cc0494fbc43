import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { FIXTURES, readAll, tempDir } from './helpers.js';
import { boundedLines } from '../../../src/pipeline/read/lines.js';

const path = `${FIXTURES}/articles.jsonl`;

test('JSONL: good lines become RawDocs with hints; each bad line is one failure', async () => {
  const { docs, failures } = await readAll([path]);
  assert.deepEqual(docs.map((d) => [d.source.location, d.source.name, d.format]), [
    [`${path}#1`, 'articles-1', 'html'],
    [`${path}#2`, 'articles-2', 'text'],
    [`${path}#8`, 'articles-8', 'text'],
  ]);
  assert.deepEqual(docs[0].hints, {
    title: 'Harbour fire',
    url: 'https://news.example.org/2024/05/02/harbour-fire.html',
    published: '2024-05-02',
    authors: ['Ana Ruiz', 'Tom Berg'],
  });
  assert.equal(docs[0].source.kind, 'jsonl');
  assert.equal(docs[0].source.url, 'https://news.example.org/2024/05/02/harbour-fire.html');
  assert.deepEqual(docs[2].hints.authors, ['Single Author']);
  assert.deepEqual(
    failures.map((f) => f.input),
    [`${path} line 3`, `${path} line 5`, `${path} line 6`, `${path} line 7`],
  );
  assert.match(failures[0].error, /^invalid JSON \(/);
  assert.equal(failures[1].error, 'field "title" must be a string, got number 42');
  assert.equal(failures[2].error, 'neither "html" nor "text" has content');
  assert.equal(failures[3].error, 'expected a JSON object, got an array');
});

test('JSONL: wrong authors type, oversize line, empty file', async (t) => {
  const dir = tempDir(t);
  const file = join(dir, 'feed.ndjson');
  writeFileSync(file, ['{"text": "ok", "authors": [1]}', JSON.stringify({ text: 'y'.repeat(3000) })].join('\n'));
  const empty = join(dir, 'empty.jsonl');
  writeFileSync(empty, '\n\n');
  const { failures } = await readAll([file, empty], { maxBytes: 1024 });
  assert.deepEqual(failures, [
    { input: `${file} line 1`, error: 'field "authors" must be a list of strings, got a list' },
    { input: `${file} line 2`, error: '2.9 KB, over the 1 KB limit', reason: 'size-limit' },
    { input: empty, error: 'empty file (no JSON lines)' },
  ]);
});

test('JSONL: a line written in windows-1252 reads its accented letters, not U+FFFD; UTF-8 lines beside it are unchanged', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'mixed.jsonl');
  const legacy = { title: 'Strike in São Paulo', text: 'Workers in São Paulo walked out on Tuesday, José Ferreira said – “all of us”.' };
  const modern = { title: 'Vote in Zürich', text: 'Voters in Zürich backed the plan on Sunday.' };
  writeFileSync(path, Buffer.concat([iconv.encode(JSON.stringify(legacy), 'windows-1252'), Buffer.from('\n' + JSON.stringify(modern) + '\n', 'utf8')]));
  const { docs, failures } = await readAll([path]);
  assert.deepEqual(failures, []);
  assert.deepEqual(docs.map((d) => [d.hints.title, d.content]), [[legacy.title, legacy.text], [modern.title, modern.text]]);
});

test('boundedLines with utf8Only reads strict UTF-8: a windows-1252 line keeps U+FFFD, no legacy guess', async (t) => {
  const path = join(tempDir(t), 'strict.jsonl');
  writeFileSync(path, Buffer.concat([iconv.encode('{"title":"Café in Zürich, Señor Núñez"}', 'windows-1252'), Buffer.from('\n{"title":"Zürich"}\n', 'utf8')]));
  const read = async (opts: { utf8Only?: boolean }) => {
    const out: string[] = [];
    for await (const item of boundedLines(path, 1024, opts)) if ('line' in item) out.push(item.line);
    return out;
  };
  assert.deepEqual(await read({ utf8Only: true }), ['{"title":"Caf\uFFFD in Z\uFFFDrich, Se\uFFFDor N\uFFFD\uFFFDez"}', '{"title":"Zürich"}']);
  // Without it, as for an article dump: a legacy encoding is guessed for the line (no U+FFFD).
  const guessed = await read({});
  assert.match(guessed[0], /^\{"title":"Café in Zürich, Se.or N.{2}ez"\}$/u);
  assert.doesNotMatch(guessed[0], /\uFFFD/);
});
