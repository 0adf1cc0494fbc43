import test from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './helpers.js';
import { QUOTES, SPEAKER_COREFERENCE } from '../../fixtures/facts/cases.js';

test('direct quotes: each part of a split quote with its speaker, titles and names skipped, colon attribution', () => {
  const { quotes } = factsOf(QUOTES);
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 4, direct.map((q) => q.text).join(' | '));
  assert.match(direct[0].text, /^We will rebuild/);
  assert.match(direct[1].text, /^Nobody will be left behind/);
  assert.equal(direct[0].speaker, 'Lena Ortiz', '"she" resolves to the named mayor');
  assert.equal(direct[1].speaker, 'Lena Ortiz', '"the mayor" resolves to the named mayor');
  assert.equal(direct[2].speaker, 'one of the sources in the regional police', 'an unnamed source stays described');
  assert.equal(direct[3].speaker, 'Lena Ortiz', '"Ortiz remarked:" with the full name from earlier');
  assert.ok(!quotes.some((q) => q.text.includes('Voices of the valley')), 'a title is not a quote');
  assert.ok(!quotes.some((q) => q.text.includes('Northern Front')), 'a name in quotes is not a quote');
});

test('indirect speech with its speaker', () => {
  const { quotes } = factsOf(QUOTES);
  const ind = quotes.find((q) => q.kind === 'indirect' && q.text.startsWith('the roads would reopen'));
  assert.ok(ind, quotes.map((q) => q.text).join(' | '));
  assert.equal(ind.speaker, 'spokesman of the Agency of Roads');
});

test('coreference: a described speaker named in the next sentence; "the colonel" → the colonel named before', () => {
  const { quotes } = factsOf(SPEAKER_COREFERENCE);
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 2);
  assert.equal(direct[0].speaker, 'Marta Diaz');
  assert.equal(direct[1].speaker, 'Marta Diaz');
});
