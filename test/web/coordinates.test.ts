// Place coordinates are written with their hemispheres ("1.67° S, 29.23° E"), not as signed
// decimals ("-1.67, 29.23") a reader has to decode. Plain node test, made-up places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatCoordinates } from '../../src/web/lib/format.js';

test('each quarter of the globe', () => {
  assert.equal(formatCoordinates(-1.674, 29.228), '1.67° S, 29.23° E');
  assert.equal(formatCoordinates(40.7128, -74.006), '40.71° N, 74.01° W');
  assert.equal(formatCoordinates(-33.45, -70.66), '33.45° S, 70.66° W');
  assert.equal(formatCoordinates(0, 0), '0.00° N, 0.00° E');
});
