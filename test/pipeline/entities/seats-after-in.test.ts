// A firm's name the tagger runs on over "in" and its town is the firm, then the town. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { cutSeatsAfterIn } from '../../../src/pipeline/entities/seats-after-in.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const names = (text: string) => analyseText(text).mentions.map((m) => `${m.type}:${m.text}`);

test('"Daly Capital in Toledo" is the firm, then its town', () => {
  const found = names('An analyst at Daly Capital in Toledo said the deal was cheap.');
  assert.ok(found.includes('ORG:Daly Capital'), found.join(' | '));
  assert.ok(found.includes('LOC:Toledo'), found.join(' | '));
});

test('a firm before "in", a town and its state', () => {
  const found = names('John R. Daly Jr. of Hollis, Grant Securities in Memphis, Tenn., said sales were weak.');
  assert.ok(found.includes('LOC:Memphis'), found.join(' | '));
  assert.ok(!found.some((n) => n.includes(' in ')), found.join(' | '));
});

test('"in" before a word that is no place stays inside the name', () => {
  const text = 'Volunteers from Partners in Health arrived on Monday.';
  const out = cutSeatsAfterIn([at(text, 'Partners in Health', 'ORG')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['ORG:Partners in Health']);
});
