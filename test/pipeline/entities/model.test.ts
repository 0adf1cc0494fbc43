import test from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { projectPath } from '../../../src/paths.js';
import { loadNerModel, recognise } from '../../../src/pipeline/entities/index.js';
import { segment } from '../../../src/pipeline/segment/index.js';

test('the shipped model is small, loads once and tags news text', () => {
  const file = projectPath('models', 'ner.model.gz');
  assert.ok(statSync(file).size < 30e6, 'model under 30 MB');
  const model = loadNerModel();
  assert.equal(loadNerModel(), model, 'cached');
  const text = 'German Chancellor Angela Merkel met officials of the European Commission in Brussels on Tuesday.';
  const got = recognise(text, segment(text), model).map((m) => `${m.type}:${m.text}`);
  assert.deepEqual(got, ['MISC:German', 'PER:Angela Merkel', 'ORG:European Commission', 'LOC:Brussels']);
});

test('spans point into the text and the lexicon covers lower-cased translated names', () => {
  const model = loadNerModel();
  const text = 'Officers of the interior Ministry detained two supporters of the Islamic state in Kazan.';
  const ms = recognise(text, segment(text), model);
  for (const m of ms) assert.equal(text.slice(m.start, m.end), m.text);
  const got = ms.map((m) => `${m.type}:${m.text}`);
  assert.ok(got.includes('ORG:interior Ministry'), got.join(', '));
  assert.ok(got.includes('ORG:Islamic state'), got.join(', '));
  assert.ok(got.includes('LOC:Kazan'), got.join(', '));
});

test('translated text: capitalised group and head nouns alone are never people', () => {
  const model = loadNerModel();
  const text = 'The Agency said that Muslims and Christians in the region were not involved, the Ministry added.';
  const ms = recognise(text, segment(text), model);
  assert.ok(!ms.some((m) => m.type === 'PER'), ms.map((m) => `${m.type}:${m.text}`).join(', '));
  assert.ok(!ms.some((m) => m.text === 'Agency' || m.text === 'Ministry'));
});
