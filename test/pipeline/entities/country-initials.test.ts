// A country's capital initials the tagger passed over are the country; not in a line set in
// capitals, nor at the start of a longer name. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention, Segmentation } from '../../../src/types.js';
import { addCountryInitials } from '../../../src/pipeline/entities/country-initials.js';
import { analyseText } from '../../fixtures/analyse-text.js';

/** One sentence per line, enough for the rule (it reads only sentence spans). */
function lines(text: string): Segmentation {
  const sentences = [...text.matchAll(/[^\n]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return { sentences, tokens: [], sentenceTokenStart: [], tokensApart: false };
}

const added = (text: string, ms: Mention[] = []) => addCountryInitials(text, ms, lines(text)).filter((m) => !ms.includes(m)).map((m) => `${m.type}:${m.text}@${m.start}`);

test('initials in ordinary text become the country', () => {
  const text = 'The ferry reached UK waters at dawn, and the crew sailed on to the US.';
  assert.deepEqual(added(text), [`LOC:UK@${text.indexOf('UK')}`, `LOC:US@${text.indexOf('US')}`]);
});

test('a line in capitals, a hyphenated word or a capitalised word after them adds nothing', () => {
  assert.deepEqual(added('PLEASE LET US KNOW BY FRIDAY'), []);
  assert.deepEqual(added('The US-made drones and the US Pacific Fleet were shown.'), []);
});

test('initials right after a name may end it: nothing is added', () => {
  const text = 'Donors to Renewal USA, the campaign group, gave more.';
  const s = text.indexOf('Renewal');
  const ms: Mention[] = [{ start: s, end: s + 7, type: 'ORG', text: 'Renewal' }];
  assert.deepEqual(added(text, ms), []);
});

test('initials a mention already covers stay as they are', () => {
  const text = 'Fares on the US route rose.';
  const s = text.indexOf('US');
  const ms: Mention[] = [{ start: s, end: s + 2, type: 'LOC', text: 'US' }];
  assert.deepEqual(added(text, ms), []);
});

test('in the analysis, "US" the tagger may miss resolves to the United States', () => {
  const a = analyseText('Ferry arrives\n\nA girl of nine who landed on US soil as a stowaway was sent back to her mother.');
  const us = a.mentions.find((m) => m.text === 'US');
  assert.ok(us, a.mentions.map((m) => `${m.type}:${m.text}`).join(', '));
  assert.equal(us.type, 'LOC');
  assert.equal(us.canonical, 'United States');
});
