// A name ending in a company designator is a company, whatever the tagger made of its first word.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeCompanyNames } from '../../../src/pipeline/entities/company-names.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EntityType, Mention } from '../../../src/types.js';

const m = (text: string, type: EntityType, title?: string): Mention => ({ start: 0, end: text.length, type, text, ...(title ? { title } : {}) });

test('"Brennick Co." typed a person and "Tallowmere Inc" typed a place are companies, and settled', () => {
  const { mentions, settled } = typeCompanyNames([m('Brennick Co.', 'PER'), m('Tallowmere Inc', 'LOC'), m('Ostrava Holdings', 'MISC')]);
  assert.deepEqual(mentions.map((x) => x.type), ['ORG', 'ORG', 'ORG']);
  assert.equal(settled.size, 3);
});

test('a lone designator, a lower-case word before it, a titled name and a plain surname are left alone', () => {
  const input = [m('Co', 'LOC'), m('Brennick and co', 'PER'), m('Mrs Brennick Ltd', 'PER', 'Mrs'), m('Anna Brennick', 'PER')];
  const { mentions, settled } = typeCompanyNames(input);
  assert.deepEqual(mentions.map((x) => x.type), ['LOC', 'PER', 'PER', 'PER']);
  assert.equal(settled.size, 0);
});

test('in an article, a company named after a person-like word is an organisation', () => {
  const a = analyseText('Cable deal\n\nLIN would buy the 55% stake of its partner, Halvorsen Co., in a cellular franchise. The Halvorsen stake is worth $1.9 billion.');
  const full = a.mentions.find((x) => x.text.startsWith('Halvorsen Co'));
  assert.ok(full, a.mentions.map((x) => `${x.text}/${x.type}`).join(', '));
  assert.equal(full.type, 'ORG');
});
