#!/usr/bin/env node
// Article metadata over the article-extraction benchmark pages (docs/measurements.md "Article metadata"):
// one JSON line a page with what extract() found (authors, publisher, published date and its evidence,
// dateline). There is no gold: the lines are read against each page's meta tags, JSON-LD and visible byline.
// The pages are split in two halves by a seeded draw (ids sorted, shuffled with mulberry32(seed)), so misses
// can be read on one half and a fix checked on the other. Run after `npx tsc -p tsconfig.json`.
//   node scripts/meta-dump.mjs PAGES_DIR TRUTH_JSON [--seed 29] [--half 1|2]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { positional, wholeNumberFlag } from './draw-args.mjs';
import { extract } from '../dist/src/pipeline/extract/index.js';

const args = process.argv.slice(2);
const pagesDir = positional(args);
const truthFile = args.find((a, i) => a !== pagesDir && !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
if (!pagesDir || !truthFile) {
  console.error('usage: node scripts/meta-dump.mjs PAGES_DIR TRUTH_JSON [--seed 29] [--half 1|2]');
  process.exit(2);
}
const seed = wholeNumberFlag(args, '--seed', 29);
const half = wholeNumberFlag(args, '--half', 0);

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const truth = JSON.parse(readFileSync(truthFile, 'utf8'));
const files = readdirSync(pagesDir).filter((f) => /\.html?(\.gz)?$/.test(f)).sort();
const ids = files.map((f) => f.replace(/\.html?(\.gz)?$/, ''));
const order = [...ids];
const rand = mulberry32(seed);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [order[i], order[j]] = [order[j], order[i]];
}
const firstHalf = new Set(order.slice(0, Math.ceil(order.length / 2)));

for (const [k, file] of files.entries()) {
  const id = ids[k];
  const h = firstHalf.has(id) ? 1 : 2;
  if (half && h !== half) continue;
  const bytes = readFileSync(join(pagesDir, file));
  const html = (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  const doc = extract({ source: { kind: 'file', location: 'page.html', name: 'page' }, format: 'html', content: html, encoding: 'utf-8', hints: {} });
  const m = doc.meta;
  const p = m.published;
  console.log(
    JSON.stringify({
      id: id.slice(0, 8),
      half: h,
      url: truth[id]?.url ?? null,
      authors: m.authors,
      publisher: m.publisher,
      published: p.value,
      from: p.evidence ? `${p.evidence.origin}: ${String(p.evidence.text ?? '').slice(0, 60)}` : null,
      dateline: m.dateline ? m.dateline.text : null,
    }),
  );
}
