import test from 'node:test';
import assert from 'node:assert/strict';
import { topForm } from '../../src/store/summaries.js';

test('a name written in capitals by a dateline is shown as the text writes it, with its counts', () => {
  assert.equal(topForm([{ value: 'KARBALA', n: 1 }, { value: 'Karbala', n: 1 }]), 'Karbala');
  // the dateline's capitals count for the name: "Sokoto" (1 + 2) beats "Sokoto State" (2)
  assert.equal(topForm([{ value: 'SOKOTO', n: 2 }, { value: 'Sokoto', n: 1 }, { value: 'Sokoto State', n: 2 }]), 'Sokoto');
  // only capitals: shown so; an acronym mostly written in capitals keeps them
  assert.equal(topForm([{ value: 'TARTU', n: 1 }]), 'TARTU');
  assert.equal(topForm([{ value: 'UNICEF', n: 3 }, { value: 'Unicef', n: 1 }]), 'UNICEF');
  assert.equal(topForm([{ value: 'UNICEF', n: 3 }, { value: 'Unicef', n: 2 }]), 'Unicef');
});

test('different names: the most frequent, ties to the longer', () => {
  assert.equal(topForm([{ value: 'Acme', n: 2 }, { value: 'Acme Corp', n: 2 }]), 'Acme Corp');
  assert.equal(topForm([{ value: 'Acme', n: 2 }, { value: 'Acme Corp', n: 2 }, { value: 'ACME', n: 1 }]), 'Acme');
  assert.equal(topForm([{ value: 'PER', n: 3 }, { value: 'ORG', n: 1 }]), 'PER');
});
