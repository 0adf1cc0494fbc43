// An earnings table that leaves "vs" out ("Shr 1.20 dlrs 2.55") sets its two columns side by side:
// the second is the same kind of amount, and neither measures the other's unit word. Lines are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const TABLE = 'ORCHARD VALLEY FOODS 2ND QTR NET\n\nShr 64 cts 51 cts\nNet 7.3 mln dlrs 5.9 mln\nDividend per share 1.15 dlrs 0.98\n';

test('the column after an amount is an amount of the same currency, not a bare number', () => {
  const figures = analyseText(TABLE).figures;
  const byValue = (v: number) => figures.find((f) => Math.abs(f.value - v) < 1e-9);
  assert.equal(byValue(0.98)?.unit, 'USD');
  assert.equal(byValue(5_900_000)?.unit, 'USD');
  assert.equal(byValue(0.51)?.unit, 'USD');
});

test('an amount does not measure the next column\'s unit or scale word', () => {
  const figures = analyseText(TABLE).figures;
  for (const f of figures) assert.doesNotMatch(f.what, /^(?:cts|mln|dlrs)$/, `${f.text}: ${f.what}`);
});

test('two amounts apart in running text stay as they were', () => {
  const figures = analyseText('The fund paid 2.40 dlrs a share in 1986 and 2.10 dlrs in 1985.').figures;
  assert.deepEqual(figures.map((f) => [f.value, f.unit]), [[2.4, 'USD'], [2.1, 'USD']]);
});
