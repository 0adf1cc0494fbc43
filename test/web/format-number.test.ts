// Numbers are formatted by one shared formatter (one built per call cost a millisecond or more
// each); what it writes is what toLocaleString wrote: British grouping, at most two decimals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatNumber } from '../../src/web/lib/format.js';

test('numbers keep their British grouping and at most two decimals', () => {
  assert.equal(formatNumber(7), '7');
  assert.equal(formatNumber(48213), '48,213');
  assert.equal(formatNumber(2604519.376), '2,604,519.38');
  assert.equal(formatNumber(0.125), '0.13');
  assert.equal(formatNumber(-3500.5), '-3,500.5');
  for (const n of [0, 12.3, 999999, 1e9 + 0.004]) assert.equal(formatNumber(n), n.toLocaleString('en-GB', { maximumFractionDigits: 2 }));
});
