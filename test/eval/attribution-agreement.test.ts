import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotatorAgreement } from '../../src/eval/attribution-agreement.js';
import { readPolnear, readPolnearRepeated } from '../../src/train/lib/polnear.js';
import { runCli, tempDir } from '../helpers.js';

const LOCK = 'The lock keeper insisted the canal would reopen in spring, according to the parish newsletter.\n';
const MILL = 'A miller told reporters the flour price was falling.\n';

const span = (text: string, s: string) => {
  const i = text.indexOf(s);
  assert.ok(i >= 0, s);
  return `${i} ${i + s.length}\t${s}`;
};

/** One relation in brat form: source (or none), cue, content. */
function ann(text: string, source: string | null, cue: string, content: string): string {
  return [
    ...(source ? [`T1\tSource ${span(text, source)}`] : []),
    `T2\tCue ${span(text, cue)}`,
    `T3\tContent ${span(text, content)}`,
    `E1\tAttribution:T2 ${source ? 'Source:T1 ' : ''}Cue:T2 Content:T3`,
    '',
  ].join('\n');
}

/** LOCK annotated three times (annotators b, a, c: a is the gold), MILL once. */
function corpus(): string {
  const dir = tempDir('chronicle-attr-agree-');
  mkdirSync(join(dir, 'text'));
  mkdirSync(join(dir, 'attributions'));
  writeFileSync(join(dir, 'text', 'lock.txt'), LOCK);
  writeFileSync(join(dir, 'text', 'mill.txt'), MILL);
  const write = (name: string, body: string) => writeFileSync(join(dir, 'attributions', name), body);
  write('lock_a.ann', ann(LOCK, 'The lock keeper', 'insisted', 'the canal would reopen in spring'));
  // agrees on source and content, takes a wider cue
  write('lock_b.ann', ann(LOCK, 'The lock keeper', 'keeper insisted', 'the canal would reopen in spring'));
  // another attribution altogether: the newsletter as source
  write('lock_c.ann', ann(LOCK, 'the parish newsletter', 'according to', 'The lock keeper insisted the canal would reopen in spring'));
  write('mill_a.ann', ann(MILL, 'A miller', 'told', 'the flour price was falling'));
  return dir;
}

test('articles annotated more than once: every annotation, the gold one first', () => {
  const dir = corpus();
  const groups = readPolnearRepeated(dir);
  assert.equal(groups.length, 1, 'the article annotated once is left out');
  assert.deepEqual(groups[0].map((a) => a.annotator), ['a', 'b', 'c']);
  assert.deepEqual(readPolnear(dir).map((a) => `${a.name}_${a.annotator}`), ['lock_a', 'mill_a'], 'readPolnear still takes the annotator that sorts first');
});

test('agreement: the other annotations scored against the gold one, exact and overlapping', () => {
  const a = annotatorAgreement(corpus());
  assert.equal(a.articles, 1);
  assert.equal(a.annotationsScored, 2);
  const { exact, overlap, relation } = a.figures;
  // b matches source and content exactly, not the cue; c matches nothing of a
  assert.deepEqual([exact.source.tp, exact.source.fp, exact.source.fn], [1, 1, 1]);
  assert.deepEqual([exact.cue.tp, exact.cue.fp, exact.cue.fn], [0, 2, 2]);
  assert.deepEqual([exact.content.tp, exact.content.fp, exact.content.fn], [1, 1, 1]);
  // "keeper insisted" shares half of its union with "insisted": an overlap match
  assert.equal(overlap.cue.tp, 1);
  assert.equal(relation.tp, 1);
});

test('eval attribution --agreement needs no model and prints the figures', () => {
  const r = runCli(['eval', 'attribution', '--agreement', '--corpus', corpus(), '--json']);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { agreement: { articles: number; figures: { exact: { cue: { tp: number } } } } };
  assert.equal(out.agreement.articles, 1);
  assert.equal(out.agreement.figures.exact.cue.tp, 0);
});
