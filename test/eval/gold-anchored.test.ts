import test from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { runCli, sharedDir, SHARED_MISSING, tempDir } from '../helpers.js';
import { readListed, resolveAnchors, type AnchoredGoldFile } from '../../src/eval/lib/gold-anchored.js';
import { loadGold } from '../../src/eval/lib/gold-format.js';

const SAMPLE = projectPath('test', 'fixtures', 'read', 'harbour.tml');

/** A corpus folder holding the sample at wire/harbour.tml, and an anchored gold over it. */
function corpus(t: { after: (fn: () => void) => void }): string {
  const dir = tempDir('chronicle-anchored-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'wire'));
  copyFileSync(SAMPLE, join(dir, 'wire', 'harbour.tml'));
  return dir;
}

const gold = (documents: AnchoredGoldFile['documents'], anchoredTo = 'timeml'): AnchoredGoldFile => ({ anchoredTo, documents });

test('offsets become the strings they cover in the read stage text of the listed file', async (t) => {
  const dir = corpus(t);
  const g = gold({
    'wire/harbour.tml': {
      events: [{ id: 'deal', type: 'agreement', evidence: { start: 0, end: 67 } }],
      quotes: [{ speaker: 'Ana Ruiz', kind: 'direct', text: { start: 72, end: 95 } }],
      figures: [{ what: 'depots', value: 1, qualifier: 'exact', evidence: 'AT&T' }],
    },
  });
  const raws = await readListed(g, dir);
  assert.deepEqual([...raws.keys()], ['wire/harbour.tml']);
  const plain = resolveAnchors(g, new Map([...raws].map(([k, r]) => [k, r.content])));
  assert.equal('anchoredTo' in plain, false);
  const doc = plain.documents['wire/harbour.tml'];
  assert.equal(doc.events?.[0].evidence, 'The harbour board agreed a new pay deal with dock unions on Sunday.');
  assert.equal(doc.quotes?.[0].text, 'We are glad it is over,');
  assert.equal(doc.figures?.[0].evidence, 'AT&T', 'a string stays a string');
  assert.equal(doc.quotes?.[0].speaker, 'Ana Ruiz');
});

test('offsets outside the text, a missing file, a path outside the corpus or of another kind fail with a clear error', async (t) => {
  const dir = corpus(t);
  const texts = new Map([['wire/harbour.tml', 'short text']]);
  assert.throws(
    () => resolveAnchors(gold({ 'wire/harbour.tml': { events: [{ id: 'x', type: 'other', evidence: { start: 5, end: 11 } }] } }), texts),
    /wire\/harbour\.tml event x: offsets \{"start":5,"end":11\} are not inside the text \(10 characters\)/,
  );
  assert.throws(() => resolveAnchors(gold({ 'wire/harbour.tml': { quotes: [{ speaker: 'A', text: { start: 4, end: 4 } }] } }), texts), /quote 0: offsets/);
  await assert.rejects(readListed(gold({ 'wire/missing.tml': {} }), dir), /document "wire\/missing\.tml" of the gold: no such file under /);
  await assert.rejects(readListed(gold({ '../harbour.tml': {} }), dir), /not a path inside --corpus/);
  await assert.rejects(readListed(gold({ 'wire/harbour.txt': {} }), dir), /anchored to timeml, which reads \.tml files/);
  await assert.rejects(readListed(gold({ 'wire/harbour.tml': {} }, 'html'), dir), /anchoredTo "html" is not a reader/);
});

test('a plain gold loader refuses an anchored file; eval gold names the missing file and stops', async (t) => {
  const dir = corpus(t);
  const file = join(dir, 'gold.json');
  writeFileSync(file, JSON.stringify(gold({ 'wire/harbour.tml': {}, 'wire/gone.tml': {} })));
  assert.throws(() => loadGold(file), /an anchored gold \(anchoredTo "timeml"\)/);
  const r = runCli(['eval', 'gold', '--gold', file, '--corpus', dir, '--json']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /document "wire\/gone\.tml" of the gold: no such file under/);
});

test('eval gold with an anchored gold reads only the files it lists, keyed by their paths', async (t) => {
  const dir = corpus(t);
  writeFileSync(join(dir, 'unlisted.txt'), 'This file is not in the gold and must not be analysed.');
  const file = join(dir, 'gold.json');
  writeFileSync(file, JSON.stringify(gold({ 'wire/harbour.tml': { events: [], quotes: [{ speaker: 'Ana Ruiz', kind: 'direct', text: { start: 72, end: 95 } }] } })));
  const r = runCli(['eval', 'gold', '--gold', file, '--corpus', dir, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { documents: number; missingDocuments: string[]; quotes: { tp: number; fn: number } };
  assert.equal(report.documents, 1);
  assert.deepEqual(report.missingDocuments, []);
  assert.equal(report.quotes.tp + report.quotes.fn, 1, 'the one gold quote is scored');
});

test('the held-out TBAQ fixtures resolve completely against ../shared/data/tempeval3', async (t) => {
  const shared = sharedDir();
  const corpusDir = shared ? join(shared, 'data', 'tempeval3') : null;
  if (!corpusDir || !existsSync(corpusDir)) return t.skip(SHARED_MISSING);
  for (const name of ['tbaq-set-a.json', 'tbaq-set-b.json', 'tbaq-set-c.json', 'tbaq-set-d.json', 'tbaq-set-e.json', 'tbaq-set-f.json', 'tbaq-set-g.json', 'tbaq-set-h.json', 'tbaq-set-k.json', 'tbaq-set-l.json', 'tbaq-set-m.json', 'tbaq-set-n.json']) {
    const g = JSON.parse(readFileSync(projectPath('test', 'fixtures', 'heldout', name), 'utf8')) as AnchoredGoldFile;
    const raws = await readListed(g, corpusDir);
    const plain = resolveAnchors(g, new Map([...raws].map(([k, r]) => [k, r.content])));
    const docs = Object.values(plain.documents);
    assert.ok(docs.length >= 14, name);
    for (const d of docs) {
      for (const e of d.events ?? []) assert.match(e.evidence, /\S/, `${name} ${e.id}`);
      for (const q of d.quotes ?? []) assert.match(q.text, /\S/, `${name} quote of ${q.speaker}`);
    }
  }
});

test('scripts/tbaq-set-draw.mjs draws sets A to H and K to N again, file for file and in order', (t) => {
  const shared = sharedDir();
  const corpusDir = shared ? join(shared, 'data', 'tempeval3') : null;
  if (!corpusDir || !existsSync(corpusDir)) return t.skip(SHARED_MISSING);
  const draw = (...args: string[]): string[] => {
    const r = spawnSync(process.execPath, [projectPath('scripts', 'tbaq-set-draw.mjs'), corpusDir, ...args], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return r.stdout.trim().split('\n');
  };
  const keys = (file: string): string[] =>
    Object.keys((JSON.parse(readFileSync(projectPath('test', 'fixtures', 'heldout', file), 'utf8')) as AnchoredGoldFile).documents);
  const all = draw('--from', '0', '--to', '256');
  assert.equal(new Set(all).size, 256, 'a permutation of the 256 TBAQ files');
  const sets: Array<[string, number, number]> = [
    ['a', 0, 14], ['b', 14, 30], ['c', 30, 45], ['d', 45, 61], ['e', 61, 77], ['f', 77, 93], ['g', 93, 109], ['h', 109, 125], ['k', 125, 141], ['l', 141, 157], ['m', 157, 173], ['n', 173, 189],
  ];
  for (const [set, from, to] of sets) assert.deepEqual(all.slice(from, to), keys(`tbaq-set-${set}.json`), `set ${set.toUpperCase()}`);
  assert.deepEqual(draw(), keys('tbaq-set-n.json'), 'the default range is set N');
  assert.equal(spawnSync(process.execPath, [projectPath('scripts', 'tbaq-set-draw.mjs'), corpusDir, '--from', 'x'], { encoding: 'utf8' }).status, 2);
});
