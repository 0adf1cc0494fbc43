// Integration: the seed articles against the gold reader's extraction.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { extract } from '../../../src/pipeline/extract/index.js';
import { SHARED_MISSING, sharedDir } from '../../helpers.js';
import { rawText } from '../../fixtures/analyse-text.js';

const SHARED = sharedDir();
const seedsDir = SHARED ? join(SHARED, 'seeds') : '';
const goldFile = SHARED ? join(SHARED, 'gold', 'seeds.json') : '';

interface GoldDoc {
  title: string;
  authors: string[];
  attributedTo?: string | null;
  publisher?: string | null;
  dateline?: { place: string; date?: string } | null;
  published: { value: string | null; notBefore?: string };
  boilerplate: string[];
  mustKeep: string[];
  duplicateParagraphs?: string[] | null;
}

test('seed articles match the gold extraction', (t) => {
  if (!SHARED || !existsSync(goldFile)) {
    t.skip(SHARED_MISSING);
    return;
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { documents: Record<string, GoldDoc> };
  for (const [file, g] of Object.entries(gold.documents)) {
    const doc = extract(rawText(readFileSync(join(seedsDir, file), 'utf8')));
    for (const b of g.boilerplate) assert.ok(!doc.text.includes(b), `${file}: boilerplate kept: ${b}`);
    for (const k of g.mustKeep) assert.ok(doc.text.includes(k), `${file}: lost: ${k}`);
    for (const d of g.duplicateParagraphs ?? []) assert.equal(doc.text.split(d).length - 1, 1, `${file}: not once: ${d}`);
    assert.equal(doc.title, g.title, `${file}: title`);
    assert.deepEqual(doc.meta.authors, g.authors, `${file}: authors`);
    assert.equal(doc.meta.attributedTo ?? null, g.attributedTo ?? null, `${file}: attributedTo`);
    assert.equal(doc.meta.publisher, g.publisher ?? null, `${file}: publisher`);
    assert.equal(doc.meta.dateline?.place ?? null, g.dateline?.place ?? null, `${file}: dateline place`);
    assert.equal(doc.meta.dateline?.date ?? null, g.dateline?.date ?? null, `${file}: dateline date`);
    assert.equal(doc.meta.published.value, g.published.value, `${file}: published`);
    // notBefore: where the gold bound comes from an explicit date ours must equal it; where the gold
    // reader inferred a later bound from context, ours (the latest explicit date) must not exceed it.
    if (g.published.notBefore) {
      assert.ok(doc.meta.published.notBefore, `${file}: notBefore missing`);
      assert.ok(doc.meta.published.notBefore! <= g.published.notBefore, `${file}: notBefore ${doc.meta.published.notBefore} > ${g.published.notBefore}`);
    } else assert.equal(doc.meta.published.notBefore, undefined, `${file}: unexpected notBefore`);
    for (const r of doc.removed) assert.ok(r.at >= 0 && r.at <= doc.text.length);
  }
});

test('seed 000 and 001 notBefore come from explicit dates and match exactly', (t) => {
  if (!SHARED || !existsSync(goldFile)) {
    t.skip(SHARED_MISSING);
    return;
  }
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { documents: Record<string, GoldDoc> };
  let checked = 0;
  for (const [file, g] of Object.entries(gold.documents)) {
    if (!/explicit|latest explicit|latest dated/.test(JSON.stringify(g.published))) continue;
    const doc = extract(rawText(readFileSync(join(seedsDir, file), 'utf8')));
    assert.equal(doc.meta.published.notBefore, g.published.notBefore, file);
    checked++;
  }
  assert.ok(checked >= 1);
});
