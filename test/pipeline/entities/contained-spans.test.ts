import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { dropContained } from '../../../src/pipeline/entities/postrules.js';

const span = (start: number, end: number, text = `${start}-${end}`): Mention => ({ start, end, type: 'ORG', text });

/** The rule as it reads: a mention goes when another, longer one covers it. */
function byEveryPair(ms: Mention[]): Mention[] {
  return ms.filter((m) => !ms.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

test('a mention inside a longer one goes; equal spans, overlaps and neighbours stay, in their order', () => {
  const outer = span(10, 30);
  const sameStart = span(10, 18);
  const sameEnd = span(22, 30);
  const twinA = span(40, 50, 'a');
  const twinB = span(40, 50, 'b');
  const overlapping = span(45, 60);
  const touching = span(60, 64);
  const out = dropContained([sameEnd, outer, twinA, sameStart, overlapping, twinB, touching]);
  assert.deepEqual(out, [outer, twinA, overlapping, twinB, touching]);
});

test('an empty span inside a name goes; one at a name\'s edge stays inside it too', () => {
  const name = span(5, 15);
  assert.deepEqual(dropContained([span(9, 9), name, span(15, 15), span(20, 20)]), [name, span(20, 20)]);
});

test('the sweep keeps exactly what comparing every pair keeps', () => {
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  for (let round = 0; round < 200; round++) {
    const ms = Array.from({ length: 1 + next(40) }, () => {
      const start = next(60);
      return span(start, start + next(12));
    });
    assert.deepEqual(dropContained(ms), byEveryPair(ms), `round ${round}`);
  }
});
