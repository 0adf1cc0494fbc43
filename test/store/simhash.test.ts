// SimHash values are stored with each document and compared with later ones: a faster way of
// computing them must give the very same values (these were computed by the first version).
import test from 'node:test';
import assert from 'node:assert/strict';
import { simhash } from '../../src/store/simhash.js';

const known: Array<[string, string]> = [
  ['', 'b1c5b28d1e1d8382'],
  ['Harbour', '201ba108eda03f51'],
  ['Harbour cranes stand idle', '21046a0216020004'],
  ['The harbour cranes stood idle on Tuesday as dock workers in Port Ellery walked out over pay, their union said.', '2c2078ab00064648'],
  ['Ünïcödé straße, 42 İstanbul', 'e2d2192ef9997aa5'],
];

test('simhash gives the values stored by earlier versions (short texts and long, case, diacritics)', () => {
  for (const [text, hex] of known) {
    const h = simhash(text);
    assert.equal(h.hex, hex, JSON.stringify(text));
    assert.equal(h.value, BigInt('0x' + hex));
  }
});

