// Names joined by a hyphen into one word are each a mention in the analysis (the tagger's one MISC
// word is CoNLL's convention, kept by recognise()). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { splitHyphenatedNames } from '../../../src/pipeline/entities/hyphen-parts.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a hyphenated word of two names the article gives is those names', () => {
  const text = 'Rosa Delmonte and Teodor Vasko met. Delmonte said the Delmonte-Vasko pact holds.';
  const ms = [at(text, 'Rosa Delmonte', 'PER'), at(text, 'Teodor Vasko', 'PER'), at(text, 'Delmonte', 'PER', 30), at(text, 'Delmonte-Vasko', 'MISC')];
  assert.deepEqual(shown(splitHyphenatedNames(text, ms)), ['PER:Rosa Delmonte', 'PER:Teodor Vasko', 'PER:Delmonte', 'PER:Delmonte', 'PER:Vasko']);
});

test('"-based" after a known place makes the place; an unknown word or an unnamed part stays MISC', () => {
  const text = 'The Toronto-based firm and the Zorblatt-based fund backed the Franco-Quellish talks.';
  const ms = [at(text, 'Toronto-based', 'MISC'), at(text, 'Zorblatt-based', 'MISC'), at(text, 'Franco-Quellish', 'MISC')];
  assert.deepEqual(shown(splitHyphenatedNames(text, ms)), ['LOC:Toronto', 'MISC:Zorblatt-based', 'MISC:Franco-Quellish']);
});

test('"-based" or "-born" after a known place makes the place whatever type the tagger gave the word', () => {
  const text = 'A Rio de Janeiro-based bank hired an Edinburgh-born economist and a Quellbrook-based clerk.';
  const ms = [at(text, 'Rio de Janeiro-based', 'LOC'), at(text, 'Edinburgh-born', 'ORG'), at(text, 'Quellbrook-based', 'LOC')];
  assert.deepEqual(shown(splitHyphenatedNames(text, ms)), ['LOC:Rio de Janeiro', 'LOC:Edinburgh', 'LOC:Quellbrook-based']);
});

test('in the analysis, a surname inside "X-Y" links to the full name', () => {
  const a = analyseText('Campaign trail\n\nSenator Maria Olveda joined Governor Paul Brandt on Friday. Voters backed the Olveda-Brandt ticket, Olveda said.');
  const brandt = a.mentions.filter((m) => m.text === 'Brandt');
  const full = a.mentions.find((m) => m.text.endsWith('Paul Brandt'));
  assert.ok(full && brandt.length === 1, shown(a.mentions).join(', '));
  assert.equal(brandt[0].entityId, full.entityId);
});
