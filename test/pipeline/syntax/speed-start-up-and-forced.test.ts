import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { LEFT, NUM_ACTIONS, ParseState, RIGHT, SHIFT } from '../../../src/pipeline/syntax/parser.js';
import { readModelFile, writeModelFile } from '../../../src/pipeline/model-file.js';
import { deserialiseSyntaxModel, serialiseSyntaxModel } from '../../../src/pipeline/syntax/model.js';

/** The valid actions of a configuration, as the parser's scoring path sees them. */
function validActions(st: ParseState): number[] {
  const out: number[] = [];
  for (let a = 0; a < NUM_ACTIONS; a++) if (st.valid(a)) out.push(a);
  return out;
}

test('forced() names the only valid action, and -1 whenever there is a choice', () => {
  // every transition sequence of short sentences, walked exhaustively
  let checked = 0;
  const walk = (st: ParseState, path: number[]) => {
    if (st.done()) return;
    const valid = validActions(st);
    assert.equal(st.forced(), valid.length === 1 ? valid[0] : -1, `after ${path.join(',')}`);
    checked++;
    for (const a of valid) {
      const next = new ParseState();
      next.reset(st.n);
      for (const step of [...path, a]) next.apply(step);
      walk(next, [...path, a]);
    }
  };
  for (let n = 1; n <= 5; n++) {
    const st = new ParseState();
    st.reset(n);
    walk(st, []);
  }
  assert.ok(checked > 100);
  const start = new ParseState();
  start.reset(3);
  assert.equal(start.forced(), SHIFT);
  for (const a of [SHIFT, SHIFT, SHIFT]) start.apply(a);
  assert.equal(start.forced(), RIGHT);
  start.apply(RIGHT);
  start.apply(RIGHT);
  assert.equal(start.forced(), LEFT);
});

test('a model file reads back whatever the size its gzip trailer gives', () => {
  const section = Buffer.from(Int32Array.from([1, 2, 3, 40_000]).buffer);
  const gz = writeModelFile('TEST-MODEL\n', { a: [1, 'two'] }, [section]);
  const { header, buf, offset } = readModelFile<{ a: unknown[] }>(gz, 'TEST-MODEL\n', 'test');
  assert.deepEqual(header, { a: [1, 'two'] });
  assert.deepEqual(buf.subarray(offset), section);
  // two gzip members: the trailer names only the second's size, a hint too small for the whole
  const whole = Buffer.concat([gzipSync(buf.subarray(0, 10)), gzipSync(buf.subarray(10))]);
  const again = readModelFile<{ a: unknown[] }>(whole, 'TEST-MODEL\n', 'test');
  assert.deepEqual(again.buf, buf);
});

test('word clusters read back from a syntax model as written, each word its own ids', () => {
  const none = { keys: new Int32Array(0), weights: new Float32Array(0) };
  const clusters = new Map([
    ['bank', Int32Array.from([3, 17, 201])],
    ['Bank', Int32Array.from([3, 18])],
    ['of', Int32Array.from([])],
    ['river', Int32Array.from([5, 40, 999])],
  ]);
  const gz = serialiseSyntaxModel({
    tagger: none,
    parser: none,
    labeller: none,
    labels: ['root', 'nsubj'],
    resources: { clusters },
    lemmas: { exact: new Map(), rules: new Map() },
    splits: new Map(),
    hyphenPrefixes: new Set(),
    info: {},
  });
  const back = deserialiseSyntaxModel(gz).resources.clusters;
  assert.deepEqual([...back.keys()], [...clusters.keys()]);
  for (const [word, ids] of clusters) assert.deepEqual([...back.get(word)!], [...ids], word);
  assert.equal(back.get('of')!.length, 0);
});
