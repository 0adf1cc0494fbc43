// A name before a split-off dot and a top-level domain takes them; a full stop, another word after
// the dot, or a name of several words does not. Our own sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import { extendSpacedDomains } from '../../../src/pipeline/entities/web-addresses.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const texts = (text: string, names: string[]) => extendSpacedDomains(text, names.map((n) => at(text, n, 'ORG'))).map((m) => m.text);

test('a site written with its domain split off takes the domain', () => {
  assert.deepEqual(texts('The rumour ran on Gossiply . com before noon .', ['Gossiply']), ['Gossiply . com']);
  assert.deepEqual(texts('Fans wrote to RinkNews . co . uk and KelpWatch . org .', ['RinkNews', 'KelpWatch']), ['RinkNews . co . uk', 'KelpWatch . org']);
});

test('a full stop, a domain run into a word, or a name of several words stays as found', () => {
  assert.deepEqual(texts('He joined Gossiply . Com fans cheered .', ['Gossiply']), ['Gossiply']);
  assert.deepEqual(texts('They met at Gossiply . company offices .', ['Gossiply']), ['Gossiply']);
  assert.deepEqual(texts('The Harbour Post . com page is new .', ['Harbour Post']), ['Harbour Post']);
  assert.deepEqual(texts('The site Gossiply.com opened .', ['Gossiply.com']), ['Gossiply.com']);
});
