// A coordinate that rounds to 0.00 took the hemisphere of its sign ("0.00° S"). Plain node test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCoordinates } from '../../src/web/lib/format.js';

test('a value rounding to zero is north and east', () => {
  assert.equal(formatCoordinates(-0.001, -0.004), '0.00° N, 0.00° E');
  assert.equal(formatCoordinates(-0.006, -0.005), '0.01° S, 0.01° W');
});
