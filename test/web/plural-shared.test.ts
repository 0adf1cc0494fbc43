// The CLI's `counted` and the web's `plural` are one helper (src/plural.ts); the web writes the
// number for a reader. Plain node test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { counted } from '../../src/plural.js';
import { plural } from '../../src/web/lib/format.js';

test('one noun rule, two ways of writing the number', () => {
  assert.equal(counted(1, 'ferry'), '1 ferry');
  assert.equal(counted(3, 'ferry', 'ferries'), '3 ferries');
  assert.equal(counted(0, 'depot'), '0 depots');
  assert.equal(plural(1, 'ferry', 'ferries'), '1 ferry');
  assert.equal(counted(12_500, 'depot', undefined, (n) => `#${n}`), '#12500 depots');
  assert.match(plural(12_500, 'depot'), /^12.500 depots$/);
});
