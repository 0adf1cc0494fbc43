// ≥ 1,000 malformed or adversarial inputs through the whole pipeline: no crash, each a clear error
// or a stored document, bounded time per document, the database intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli, tempDir } from '../helpers.js';

/** Deterministic pseudo-random numbers, so a failure can be reproduced. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0;
    return s / 2 ** 32;
  };
}

const sentence = 'Police in the capital detained three suspects on Monday, officials said. ';

function generate(dir: string): number {
  const rand = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const makers: Array<(i: number) => [string, string | Buffer]> = [
    (i) => [`bin-${i}.html`, Buffer.from(Array.from({ length: 2000 }, () => Math.floor(rand() * 256)))],
    (i) => [`trunc-${i}.html`, `<html><head><title>Story ${i}</title></head><body><article><p>${sentence.repeat(5)}<p>More <b>text ${i}`.slice(0, 80 + Math.floor(rand() * 300))],
    (i) => [`nested-${i}.html`, '<div>'.repeat(5000 + Math.floor(rand() * 5000)) + `<p>${sentence} ${i}</p>` + '</div>'.repeat(100)],
    (i) => [`line-${i}.txt`, `Headline ${i}\n\n` + sentence.repeat(200 + Math.floor(rand() * 300))],
    (i) => [`enc-${i}.txt`, Buffer.concat([Buffer.from(`Story ${i}\n\n${sentence}`), Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc]), Buffer.from(sentence)])],
    (i) => [`ent-${i}.html`, `<html><body><p>${'&amp;&lt;&#x1F600;&#99999999;&bogus;'.repeat(2000)} ${i}</p></body></html>`],
    (i) => [`empty-${i}.txt`, pick(['', '   \n\t ', '\u0000\u0000'])],
    (i) => [`tags-${i}.html`, `<p>${'<span>'.repeat(300)}${sentence}${i}</p>`.repeat(50)],
    (i) => [
      `rows-${i}.jsonl`,
      [
        JSON.stringify({ url: `https://example.org/${i}`, title: `Row ${i}`, text: `${sentence} Row ${i}.` }),
        JSON.stringify({ url: 5, title: ['x'], text: {} }),
        '{"title": "unterminated',
        JSON.stringify({ title: 'no body' }),
        JSON.stringify([1, 2, 3]),
      ].join('\n'),
    ],
    (i) => [`unicode-${i}.txt`, `Заголовок ${i}\n\n` + '\u202e\u200b\ud800 '.repeat(500) + sentence + '🙂'.repeat(1000)],
    (i) => [`script-${i}.html`, `<html><body><script>${'var a=1;'.repeat(10000)}</script><p>${sentence}${i}</p><style>${'p{}'.repeat(5000)}</style></body></html>`],
    (i) => [`numbers-${i}.txt`, `Figures ${i}\n\n` + Array.from({ length: 500 }, (_, k) => `${k},${k}.${k} thousand`).join(' ')],
  ];
  let n = 0;
  for (let i = 0; i < 1000; i++) {
    const [name, content] = makers[i % makers.length](i);
    writeFileSync(join(dir, name), content);
    n++;
  }
  // One 50 MB page: refused by the size limit with a clear message, quickly.
  const big = openSync(join(dir, 'huge-page.html'), 'w');
  const chunk = Buffer.from(`<p>${sentence.repeat(100)}</p>\n`);
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(big, chunk);
  closeSync(big);
  return n + 1;
}

test('1,000 hostile inputs: no crash, clear errors, database intact', { timeout: 600_000 }, () => {
  const dir = tempDir();
  const corpus = join(dir, 'hostile');
  mkdirSync(corpus);
  const files = generate(corpus);
  assert.ok(files >= 1000);
  const db = join(dir, 'hostile.db');
  const res = runCli(['ingest', corpus, '--db', db, '--json', '--workers', '2', '--time-limit', '30']);
  assert.equal(res.status, 3, res.stderr.slice(0, 2000)); // some inputs failed, the rest were read
  const summary = JSON.parse(res.stdout) as { ingested: number; duplicates: number; failed: Array<{ input: string; error: string }> };
  assert.ok(summary.ingested > 300, `ingested ${summary.ingested}`);
  for (const f of summary.failed) {
    assert.ok(f.input.length > 0 && f.error.length > 5, `unclear failure: ${JSON.stringify(f)}`);
    assert.doesNotMatch(f.error, /^undefined|\[object Object\]/);
  }
  const huge = summary.failed.find((f) => f.input.endsWith('huge-page.html'));
  assert.match(huge?.error ?? '', /MB, over the/);
  const conn = new Database(db, { readonly: true });
  assert.equal(conn.pragma('integrity_check', { simple: true }), 'ok');
  conn.close();
});
