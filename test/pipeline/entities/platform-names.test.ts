// Online platforms newer than the tagger's training news are organisations whatever the tagger
// guesses (models/ner-lexicon.tsv), and a lower-case verb spelled like one is no name.
// Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import { loadNerModel, recognise } from '../../../src/pipeline/entities/index.js';
import { segment } from '../../../src/pipeline/segment/index.js';

const typesOf = (text: string) => recognise(text, segment(text), loadNerModel()).map((m) => `${m.type}:${m.text}`);

test('platforms written in the house styles of several outlets are organisations', () => {
  const text = 'The mayor of Leeds complained on Twitter that the council had been mocked. Her video was shared on Facebook and Instagram before Netflix bought the rights, and SpaceX later hired her.';
  const found = typesOf(text);
  for (const name of ['Twitter', 'Facebook', 'Instagram', 'Netflix', 'SpaceX']) assert.ok(found.includes(`ORG:${name}`), `${name} in ${found.join(', ')}`);
  assert.ok(found.includes('LOC:Leeds'), found.join(', '));
});

test('a listed platform keeps its type through the article, and a lower-case verb is no name', () => {
  const text = 'Google said on Monday it would close the office. Analysts told clients to google the filing, and Spotify shares rose.';
  const found = typesOf(text);
  assert.ok(found.includes('ORG:Google'), found.join(', '));
  assert.ok(found.includes('ORG:Spotify'), found.join(', '));
  assert.ok(!found.some((f) => f.endsWith(':google')), found.join(', '));
});
