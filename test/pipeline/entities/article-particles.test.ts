// A lower-case Arabic article starts a person's surname ("Samir Nabil el-Hadi"); the tagger's
// stop before it is mended. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { joinArticleSurnames } from '../../../src/pipeline/entities/article-particles.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};

test('a person name runs on over a lower-case article surname, and a mention of it alone goes', () => {
  const text = 'Envoy Samir Nabil el-Hadi and Karim ash-Shami signed the accord on Tuesday.';
  const out = joinArticleSurnames(text, [at(text, 'Samir Nabil', 'PER'), at(text, 'Karim', 'PER'), at(text, 'ash-Shami', 'PER')]);
  assert.deepEqual(out.map((m) => [m.text, m.type]), [['Samir Nabil el-Hadi', 'PER'], ['Karim ash-Shami', 'PER']]);
});

test('a name of another type after a person, or a lower-case word that is no article, stays apart', () => {
  const group = 'Recruiter Yusuf Dene al-Barqa fighters crossed the river.';
  assert.deepEqual(joinArticleSurnames(group, [at(group, 'Yusuf Dene', 'PER'), at(group, 'al-Barqa', 'ORG')]).map((m) => m.text), ['Yusuf Dene', 'al-Barqa']);
  const word = 'They asked Yusuf Dene all-Party questions.';
  assert.deepEqual(joinArticleSurnames(word, [at(word, 'Yusuf Dene', 'PER')]).map((m) => m.text), ['Yusuf Dene']);
  const place = 'Talks in Cairo el-Gedida began.';
  assert.deepEqual(joinArticleSurnames(place, [at(place, 'Cairo', 'LOC')]).map((m) => m.text), ['Cairo']);
});
