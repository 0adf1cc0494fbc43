import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { normaliseTimes } from '../../../src/pipeline/time/index.js';
import { makeDoc, published } from './doc.js';

const article = readFileSync('test/fixtures/time/article.txt', 'utf8');

test('the fixture article resolves as a reader would', () => {
  const ms = normaliseTimes(makeDoc(article, published('2024-03-14')));
  const byText = new Map(ms.map((m) => [m.text, m.value.iso]));
  assert.equal(byText.get('Thursday'), '2024-03-14');
  assert.equal(byText.get('February 3, 2024'), '2024-02-03');
  assert.equal(byText.get('mid-2022'), '2022');
  assert.equal(byText.get('the following year'), '2023');
  assert.equal(byText.get('12 December 2023'), '2023-12-12');
  assert.equal(byText.get('next year'), '2025');
  assert.equal(byText.get('Monday'), '2024-03-18'); // "are due to appear … on Monday": the coming one
  assert.equal(byText.get('1990s'), '199');
  assert.equal(byText.get('end of June'), '2024-06');
  assert.equal(byText.get('28 February'), '2024-02-28'); // "from 5 January to 28 February": two mentions
  // Counts, ages and article numbers are not times; "18 months" is a length of time, not a date.
  for (const m of ms) assert.doesNotMatch(m.text, /^(?:4,500,000|1,200|52|17|40)$/);
  const months = ms.find((m) => m.text === '18 months');
  assert.deepEqual(months && { iso: months.value.iso, kind: months.value.kind, timex: months.value.timex }, { iso: null, kind: 'duration', timex: 'P18M' });
});
