// "X, a local daily, said …. “…,” the paper said": a publication that has just spoken is who
// "the paper" (or "the magazine", "the tabloid") is next; WordNet's senses of the noun say it names
// a publication. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { isPublicationNoun } from '../../../src/pipeline/reference/publication-nouns.js';

test('"the paper" right after a newspaper spoke is that newspaper', () => {
  const text = 'The harbour strike entered its third week on Monday. The Varnes Courier, a local daily, said the council had misread the timetable. "Nobody there has read it," the paper said.';
  assert.equal(analyseText(text).quotes.find((q) => q.kind === 'direct')?.speaker, 'Varnes Courier');
});

test('"the paper" after a person spoke stays a description', () => {
  const text = 'The harbour strike entered its third week on Monday. Harbour master Lena Toft said the council had misread the timetable. "Nobody there has read it," the paper said.';
  assert.equal(analyseText(text).quotes.find((q) => q.kind === 'direct')?.speaker, 'paper');
});

test('publication nouns come from any WordNet sense, documents and firms are none', () => {
  for (const w of ['paper', 'daily', 'magazine', 'tabloid', 'weekly']) assert.ok(isPublicationNoun(w), w);
  for (const w of ['statement', 'report', 'company', 'study', 'agency']) assert.ok(!isPublicationNoun(w), w);
});
