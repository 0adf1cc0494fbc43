// The AP wire writes its dash as an underscore: "ODESSA, Texas _ …", "TROMSO, Norway (AP)_ …".
import test from 'node:test';
import assert from 'node:assert/strict';
import { findDateline } from '../../../src/pipeline/extract/dateline.js';

test('an underscore after the place, region or agency ends a dateline', () => {
  const tromso = findDateline('TROMSO, Norway (AP)_ Fishermen hauled a whale ashore.', 10);
  assert.deepEqual(tromso && { place: tromso.place, text: tromso.text, span: tromso.span, agency: tromso.agency }, { place: 'Tromso', text: 'TROMSO, Norway (AP)', span: { start: 10, end: 29 }, agency: 'AP' });
  assert.equal(findDateline('ODESSA, Texas _ Firefighters contained the blaze.', 0)?.text, 'ODESSA, Texas');
  assert.equal(findDateline('SALT LAKE CITY _ Snow closed the passes.', 0)?.place, 'Salt Lake City');
  assert.equal(findDateline('QUITO, Ecuador (AP) _', 0)?.text, 'QUITO, Ecuador (AP)');
});

test('an underscore inside a word or a caps name without one is no dateline', () => {
  assert.equal(findDateline('MAX_SIZE is the limit the tool sets.', 0), null);
  assert.equal(findDateline('ACME WIDGETS Inc. said its sales rose.', 0), null);
});
