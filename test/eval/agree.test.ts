import test from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { runCli, sharedDir, SHARED_MISSING, tempDir } from '../helpers.js';
import { readListed, resolveAnchors, type AnchoredGoldFile } from '../../src/eval/lib/gold-anchored.js';
import { eventAgreement } from '../../src/eval/lib/event-agreement.js';
import type { GoldEvent, GoldFile } from '../../src/eval/lib/gold-format.js';

const TEXT = 'The council fired its treasurer on Monday. Hundreds of tenants marched to the town hall. The mayor said a review would follow. Rain delayed the count.';
const S = TEXT.match(/[^.]+\./g)!.map((s) => s.trim());

const ev = (id: string, type: string, sentence: number, optional = false): GoldEvent => ({ id, type, evidence: S[sentence], ...(optional ? { optional } : {}) });
const file = (events: GoldEvent[]): GoldFile => ({ documents: { 'd.tml': { events } } });
const texts = new Map([['d.tml', TEXT]]);

test('two annotations that list the same events with the same types agree fully, both ways', () => {
  const a = file([ev('a1', 'resignation', 0), ev('a2', 'protest', 1)]);
  const f = eventAgreement(a, file([ev('b1', 'resignation', 0), ev('b2', 'protest', 1)]), texts);
  assert.equal(f.strict.f1, 1);
  assert.equal(f.typed.tp, 2);
  assert.equal(f.other.tp + f.other.fp + f.other.fn, 0);
});

test('a type disagreement is a miss and a false event when typed, a match when types are ignored', () => {
  const f = eventAgreement(file([ev('a1', 'resignation', 0)]), file([ev('b1', 'other', 0)]), texts);
  assert.deepEqual([f.strict.tp, f.strict.fp, f.strict.fn], [0, 1, 1]);
  assert.deepEqual([f.untyped.tp, f.untyped.fp, f.untyped.fn], [1, 0, 0]);
  // restricted to one family, each side's event is alone: a miss among the typed, a false one among 'other'
  assert.deepEqual([f.typed.fn, f.typed.fp, f.other.fp, f.other.fn], [1, 0, 1, 0]);
});

test("the second side's optional events never count as false; only the lenient figure lets them match", () => {
  const gold = file([ev('a1', 'protest', 1)]);
  const f = eventAgreement(gold, file([ev('b1', 'protest', 1, true), ev('b2', 'other', 3, true)]), texts);
  assert.deepEqual([f.strict.tp, f.strict.fp, f.strict.fn], [0, 0, 1]);
  assert.deepEqual([f.lenient.tp, f.lenient.fp, f.lenient.fn], [1, 0, 0]);
});

test("the gold's optional events count neither way", () => {
  const f = eventAgreement(file([ev('a1', 'other', 2, true)]), file([ev('b1', 'other', 2), ev('b2', 'other', 2, true)]), texts);
  assert.deepEqual([f.strict.tp, f.strict.fp, f.strict.fn], [0, 0, 0]);
});

test('eval event-agreement scores two anchored annotations both ways', (t) => {
  const dir = tempDir('chronicle-agree-');
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, 'wire'));
  writeFileSync(join(dir, 'wire', 'd.tml'), `<?xml version="1.0" ?>\n<TimeML>\n<TEXT>${TEXT}</TEXT>\n</TimeML>\n`);
  const at = (i: number) => ({ start: TEXT.indexOf(S[i]), end: TEXT.indexOf(S[i]) + S[i].length });
  const anchored = (events: Array<[string, number, boolean?]>) =>
    JSON.stringify({ anchoredTo: 'timeml', documents: { 'wire/d.tml': { events: events.map(([type, i, optional], k) => ({ id: `e${k}`, type, evidence: at(i), ...(optional ? { optional } : {}) })) } } });
  writeFileSync(join(dir, 'a.json'), anchored([['resignation', 0], ['protest', 1], ['other', 2, true]]));
  writeFileSync(join(dir, 'b.json'), anchored([['resignation', 0], ['other', 3]]));
  const r = runCli(['eval', 'event-agreement', '--gold', join(dir, 'a.json'), '--second', join(dir, 'b.json'), '--corpus', dir, '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { documents: number; secondAgainstFirst: { strict: { tp: number; fp: number; fn: number } }; firstAgainstSecond: { strict: { tp: number; fp: number; fn: number } } };
  assert.equal(out.documents, 1);
  assert.deepEqual(out.secondAgainstFirst.strict, { ...out.secondAgainstFirst.strict, tp: 1, fp: 1, fn: 1 });
  // reversed, the first side's optional event is left out of the prediction
  assert.deepEqual(out.firstAgainstSecond.strict, { ...out.firstAgainstSecond.strict, tp: 1, fp: 1, fn: 1 });
});

test('the second annotations of sets G and H resolve to whole sentences of ../shared/data/tempeval3', async (t) => {
  const shared = sharedDir();
  const corpusDir = shared ? join(shared, 'data', 'tempeval3') : null;
  if (!corpusDir || !existsSync(corpusDir)) return t.skip(SHARED_MISSING);
  for (const set of ['g', 'h']) {
    const g = JSON.parse(readFileSync(projectPath('test', 'fixtures', 'heldout', 'agreement', `tbaq-set-${set}-second.json`), 'utf8')) as AnchoredGoldFile;
    const raws = await readListed(g, corpusDir);
    const plain = resolveAnchors(g, new Map([...raws].map(([k, r]) => [k, r.content])));
    assert.equal(Object.keys(plain.documents).length, 16, set);
    for (const d of Object.values(plain.documents)) for (const e of d.events ?? []) assert.match(e.evidence, /^\S.*\S$/s, `${set} ${e.id}`);
  }
});
