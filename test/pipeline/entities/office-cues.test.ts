// A lone name right after an office written out ("Senator Vale", "President Hollis") is a person,
// settled, whatever the tagger or the article's other mentions of the word say. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeOfficeTitledNames } from '../../../src/pipeline/entities/office-cues.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type'], from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type, text: name };
};

test('an office before a lone name makes it a settled person', () => {
  const text = 'The plan was dropped by Governor Hollis on Monday.';
  const { mentions, settled } = typeOfficeTitledNames(text, [at(text, 'Hollis', 'LOC')]);
  assert.equal(mentions[0].type, 'PER');
  assert.ok(settled.has(mentions[0]));
});

test('no office, a full stop between, a company or a country: left alone', () => {
  const text = 'He thanked the President. Hollis left. A Director Brands deal. Minister Kenya.';
  const input = [at(text, 'Hollis', 'LOC'), at(text, 'Brands', 'ORG'), at(text, 'Kenya', 'LOC')];
  const { mentions, settled } = typeOfficeTitledNames(text, input);
  assert.deepEqual(mentions.map((m) => m.type), ['LOC', 'ORG', 'LOC']);
  assert.equal(settled.size, 0);
});

test('a president written with his office outvotes his administration', () => {
  const { mentions } = analyseText('The Hollis administration ended the grants. The Hollis administration said they cost too much. Critics asked President Hollis to restore them.');
  assert.equal(mentions.find((m) => m.text === 'Hollis' && m.start > 90)?.type, 'PER');
});
