import { test } from 'node:test';
import assert from 'node:assert/strict';
import { comparePublished } from '../src/date-interval.js';

// A wire copy dated only "14 February" must not be listed before a report of "13 February 2025":
// as text "--02-14" sorts before every year.
test('publication dates without a year come after dated ones, undated last', () => {
  const dates = ['--02-14', null, '2025-02-13', '2024', '2025-02-12'];
  assert.deepEqual([...dates].sort(comparePublished), ['2024', '2025-02-12', '2025-02-13', '--02-14', null]);
});

test('newest first reverses the dated ones only', () => {
  const dates = ['--02-14', '2025-02-13', null, '2025-02-12'];
  assert.deepEqual([...dates].sort((a, b) => comparePublished(a, b, true)), ['2025-02-13', '2025-02-12', '--02-14', null]);
});
