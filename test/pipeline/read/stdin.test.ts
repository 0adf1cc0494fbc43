import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readAll } from './helpers.js';

const stdin = (...chunks: (string | Buffer)[]) => Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));

test('"-" reads stdin: "<" first means HTML, else text', async () => {
  const html = await readAll(['-'], { stdin: stdin('\n  <html><body>', '<p>hi</p></body></html>') });
  assert.equal(html.docs[0].format, 'html');
  assert.equal(html.docs[0].source.kind, 'stdin');
  assert.match(html.docs[0].source.location, /^stdin:[0-9a-f]{16}$/);
  const text = await readAll(['-'], { stdin: stdin(iconv.encode('Суд арестовал бывшего министра обороны.', 'windows-1251')) });
  assert.equal(text.docs[0].format, 'text');
  assert.equal(text.docs[0].encoding, 'windows-1251');
});

test('stdin: empty, whitespace, binary and oversize input', async () => {
  assert.deepEqual((await readAll(['-'], { stdin: stdin() })).failures, [{ input: '-', error: 'empty input' }]);
  assert.deepEqual((await readAll(['-'], { stdin: stdin(' \n\t') })).failures, [{ input: '-', error: 'empty input (only whitespace)' }]);
  assert.equal((await readAll(['-'], { stdin: stdin('%PDF-1.5\n') })).failures[0].error, 'binary input (looks like a PDF document), not a text article');
  const big = await readAll(['-'], { stdin: stdin('a'.repeat(700), 'b'.repeat(700)), maxBytes: 1024 });
  assert.deepEqual(big.failures, [{ input: '-', error: 'standard input more than 1.4 KB, over the 1 KB limit', reason: 'size-limit' }]);
});

test('JSON Lines piped to "-" are one article per line, a bad line one failure, as from a .jsonl file', async () => {
  const rows = [
    JSON.stringify({ url: 'https://example.org/ferry', title: 'Ferry strike', text: 'Ferry crews in Split stopped work on Friday, the union said.' }),
    '{"title": "cut off',
    '',
    JSON.stringify({ title: 'Harbour', html: '<p>The harbour in Zadar reopened on Monday.</p>' }),
  ];
  const { docs, failures } = await readAll(['-'], { stdin: stdin(rows.join('\r\n') + '\r\n') });
  // Each record's source is its own url, else "stdin:" and a hash of its text, never its line number.
  assert.deepEqual(docs.map((d) => [d.source.location.replace(/[0-9a-f]{16}$/, 'HASH'), d.format, d.hints.title]), [['https://example.org/ferry', 'text', 'Ferry strike'], ['stdin:HASH', 'html', 'Harbour']]);
  assert.equal(docs[0].source.url, 'https://example.org/ferry');
  assert.deepEqual(failures.map((f) => f.input), ['- line 2']);
  // Text that merely starts with braces, or a JSON object that is no article, is still one text article.
  for (const text of ['{curly} brackets open this note about the ferry strike.', '{"count": 3}\nThree ferries stayed in port.']) {
    const one = await readAll(['-'], { stdin: stdin(text) });
    assert.deepEqual(one.docs.map((d) => [d.source.location.startsWith('stdin:'), d.content]), [[true, text]]);
  }
});

test('JSON Lines piped to "-" are capped line by line, not as a whole stream: a dump larger than the cap still reads', async () => {
  const row = (n: number) => JSON.stringify({ title: `Ferry report ${n}`, text: `Ferry crews in Split stopped work on day ${n}. ` + 'The union said talks would go on. '.repeat(12) });
  const rows = [row(1), row(2), row(3), row(4)];
  assert.ok(rows.every((r) => r.length < 1024) && rows.join('\n').length > 1024);
  // Each line under 1 KB, the whole over it, arriving in small chunks that split lines.
  const piped = rows.join('\n') + '\n';
  const chunks = piped.match(/[\s\S]{1,100}/g) ?? [];
  const { docs, failures } = await readAll(['-'], { stdin: stdin(...chunks), maxBytes: 1024 });
  assert.deepEqual(failures, []);
  assert.deepEqual(docs.map((d) => d.hints.title), ['Ferry report 1', 'Ferry report 2', 'Ferry report 3', 'Ferry report 4']);
  // One line over the cap is one failure by its number; the lines after it still read.
  const long = JSON.stringify({ title: 'Too long', text: 'x'.repeat(1500) });
  const mixed = await readAll(['-'], { stdin: stdin([rows[0], long, rows[1]].join('\n')), maxBytes: 1024 });
  assert.deepEqual(mixed.docs.map((d) => d.hints.title), ['Ferry report 1', 'Ferry report 2']);
  assert.deepEqual(mixed.failures.map((f) => [f.input, f.reason]), [['- line 2', 'size-limit']]);
});

test('gzipped JSON Lines piped to "-" are one article per line, each line capped, not the whole stream', async () => {
  const row = (n: number) => JSON.stringify({ title: `Lock report ${n}`, text: `The canal lock at Ghent stayed shut on day ${n}, the port said. ` + 'Barges queued along the quay. '.repeat(10) });
  const packed = gzipSync([row(1), row(2), row(3)].join('\n') + '\n');
  const chunks = Array.from({ length: Math.ceil(packed.length / 50) }, (_, i) => packed.subarray(i * 50, i * 50 + 50));
  const { docs, failures } = await readAll(['-'], { stdin: stdin(...chunks), maxBytes: 1024 });
  assert.deepEqual(failures, []);
  assert.deepEqual(docs.map((d) => d.hints.title), ['Lock report 1', 'Lock report 2', 'Lock report 3']);
  // Gzipped text that is not JSON Lines is still one article; a stub or a bomb still fails as before.
  const text = 'The canal lock at Ghent reopened on Tuesday.\nBarges moved again by noon.';
  const one = await readAll(['-'], { stdin: stdin(gzipSync(text)) });
  assert.deepEqual(one.docs.map((d) => [d.source.location.startsWith('stdin:'), d.content]), [[true, text]]);
  assert.match((await readAll(['-'], { stdin: stdin(gzipSync('<p>The lock</p>').subarray(0, 12)) })).failures[0].error, /^not valid gzip data/);
  const bomb = await readAll(['-'], { stdin: stdin(gzipSync(Buffer.alloc(8192, 0x20))), maxBytes: 1024 });
  assert.deepEqual(bomb.failures, [{ input: '-', error: 'decompressed size more than 1 KB, over the 1 KB limit', reason: 'size-limit' }]);
});

test('JSON Lines piped to "-" whose first line is over the cap: that line is one failure, the others still read', async () => {
  const first = JSON.stringify({ title: 'Too long', text: 'The quay flooded. '.repeat(100) });
  const rest = [JSON.stringify({ title: 'Quay', text: 'The quay at Ghent dried out by Friday.' }), JSON.stringify({ title: 'Barges', text: 'Barges left the quay on Saturday.' })];
  const piped = [first, ...rest].join('\n') + '\n';
  // In 64-byte chunks, so no newline has arrived when the first line passes the 1 KB cap.
  const chunks = piped.match(/[\s\S]{1,64}/g) ?? [];
  const { docs, failures } = await readAll(['-'], { stdin: stdin(...chunks), maxBytes: 1024 });
  assert.deepEqual(failures.map((f) => [f.input, f.reason]), [['- line 1', 'size-limit']]);
  assert.deepEqual(docs.map((d) => d.hints.title), ['Quay', 'Barges']);
  // Text over the cap that does not open with "{" is still one article over the limit.
  const prose = await readAll(['-'], { stdin: stdin(...('The quay flooded. '.repeat(100).match(/[\s\S]{1,64}/g) ?? [])), maxBytes: 1024 });
  assert.deepEqual(prose.failures.map((f) => [f.input, f.reason]), [['-', 'size-limit']]);
});

test('each article on stdin has its own source by its text; --url and --title name it', async () => {
  const read = async (text: string, stdinArticle?: { url?: string; title?: string }) => (await readAll(['-'], { stdin: stdin(text), stdinArticle })).docs[0];
  const a = await read('Ferry crews in Split stopped work on Friday.');
  const b = await read('The canal bridge in Ghent reopened on Tuesday.');
  const a2 = await read('Ferry crews in Split stopped work on Friday.');
  assert.notEqual(a.source.location, b.source.location);
  assert.equal(a.source.location, a2.source.location);
  assert.notEqual(a.source.name, b.source.name);
  const named = await read('Ferry crews in Split stopped work on Friday.', { url: 'https://news.example.org/ferry-strike.html', title: 'Ferry strike' });
  assert.deepEqual(named.source, { kind: 'stdin', location: 'https://news.example.org/ferry-strike.html', name: 'ferry-strike', url: 'https://news.example.org/ferry-strike.html' });
  assert.deepEqual(named.hints, { title: 'Ferry strike', url: 'https://news.example.org/ferry-strike.html' });
  // JSON Lines carry their own url and title: one failure, nothing read under a borrowed address.
  const rows = await readAll(['-'], { stdin: stdin(JSON.stringify({ title: 'Quay', text: 'The quay dried out.' }) + '\n'), stdinArticle: { url: 'https://news.example.org/x' } });
  assert.deepEqual(rows.docs, []);
  assert.match(rows.failures[0].error, /--url and --title are for one pasted article/);
});

test('a JSON Lines record on "-" is cited at its url, else a hash of its text (its id only when trusted), the same however the dump is ordered', async () => {
  const dock = { text: 'Dock workers in Rijeka voted on Sunday to end their strike.' };
  const canal = { id: 'canal-7', text: 'The canal lock at Lier stays shut until the spring, the port said.' };
  const tram = { id: 12, url: 'https://example.org/tram', text: 'Night trams return to Porto from next week.' };
  const lines = (...rows: object[]) => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const first = await readAll(['-'], { stdin: stdin(lines(dock, canal, tram)) });
  assert.deepEqual(first.docs.map((d) => [d.source.kind, d.source.location.replace(/[0-9a-f]{16}$/, 'HASH'), d.source.name.replace(/[0-9a-f]{8}$/, 'H')]), [
    ['stdin', 'stdin:HASH', 'stdin-H'],
    ['stdin', 'stdin:HASH', 'stdin-H'],
    ['stdin', 'https://example.org/tram', 'tram'],
  ]);
  const trusted = await readAll(['-'], { stdin: stdin(lines(dock, canal, tram)), stdinArticle: { trustIds: true } });
  assert.deepEqual(trusted.docs.map((d) => d.source.location.replace(/[0-9a-f]{16}$/, 'HASH')), ['stdin:HASH', 'stdin#canal-7', 'https://example.org/tram']);
  assert.equal(trusted.docs[1].source.name, 'stdin-canal-7');
  const reordered = await readAll(['-'], { stdin: stdin(lines(tram, canal, dock)) });
  assert.deepEqual(reordered.docs.map((d) => d.source.location).reverse(), first.docs.map((d) => d.source.location));
  // A .jsonl file keeps citing path and line: its path lasts.
  assert.deepEqual(first.failures, []);
});
