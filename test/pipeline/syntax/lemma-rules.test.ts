// How suffix rules are learned: over distinct words, not tokens, and a rule's stem spelt as a lemma
// the treebank knows (a final "e" restored, a doubled consonant undone) only when it knows one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { learnLemmas, lemmatize } from '../../../src/pipeline/syntax/lemma.js';
import { deserialiseSyntaxModel, replaceLemmaTable } from '../../../src/pipeline/syntax/model.js';
import { DEFAULT_SYNTAX_MODEL } from '../../../src/pipeline/syntax/index.js';
import { projectPath } from '../../../src/paths.js';

const words = (pairs: string, upos = 'VERB') =>
  pairs.split(' ').map((p) => {
    const [form, lemma] = p.split('/');
    return { form, upos, lemma };
  });

// "are" → "be" said forty times, three regular "-are" verbs said once each
const verbs = [
  ...Array.from({ length: 40 }, () => words('are/be')).flat(),
  ...words('glare/glare stare/stare scare/scare'),
  ...words('baked/bake hoped/hope skated/skate rated/rate waded/wade hired/hire'),
  ...words('baking/bake hoping/hope skating/skate rating/rate wading/wade hiring/hire'),
  ...words('grabbed/grab hummed/hum sobbed/sob'),
  ...words('mended/mend looked/look melted/melt'),
  ...words('glide/glide grate/grate flake/flake'),
];

test('a frequent irregular ("are" → "be") does not become the rule for every "-are" verb', () => {
  const table = learnLemmas(verbs);
  assert.equal(lemmatize(table, 'are', 'VERB'), 'be');
  assert.equal(lemmatize(table, 'snare', 'VERB'), 'snare');
});

test('counted over tokens, the irregular outvotes the regular verbs (the old behaviour)', () => {
  const table = learnLemmas(verbs, { byType: false, minPrefix: 0, minSupport: 3 });
  assert.equal(lemmatize(table, 'snare', 'VERB'), 'snbe');
});

test('an unseen regular verb keeps its final "e" when the treebank knows that lemma', () => {
  const table = learnLemmas(verbs);
  // "glided" and "grating" are unseen forms; "glide" and "grate" are known lemmas
  assert.equal(lemmatize(table, 'glided', 'VERB'), 'glide');
  assert.equal(lemmatize(table, 'grating', 'VERB'), 'grate');
  assert.equal(lemmatize(table, 'flaking', 'VERB'), 'flake');
});

test('a doubled consonant is undone only for a lemma the treebank knows; without evidence the rule decides', () => {
  const table = learnLemmas(words('looked/look mended/mend melted/melt trim/trim'));
  assert.equal(lemmatize(table, 'trimmed', 'VERB'), 'trim');
  assert.equal(lemmatize(table, 'brimmed', 'VERB'), 'brimm');
  assert.equal(lemmatize(table, 'trimmed', 'VERB', false), 'trimm');
});

test('replacing the shipped model\'s lemma table keeps its weights; its own table gives back the same bytes', () => {
  const file = readFileSync(projectPath('models', DEFAULT_SYNTAX_MODEL));
  const shipped = deserialiseSyntaxModel(file);
  assert.equal(Buffer.compare(replaceLemmaTable(file, shipped.lemmas), file), 0);
  const small = learnLemmas(words('glided/glide grated/grate'));
  const swapped = deserialiseSyntaxModel(replaceLemmaTable(file, small));
  assert.equal(swapped.lemmas.exact.size, 2);
  assert.deepEqual(swapped.info, shipped.info);
  assert.deepEqual(swapped.labels, shipped.labels);
  for (const part of ['tagger', 'parser', 'labeller'] as const) {
    assert.equal(swapped[part].rows, shipped[part].rows);
    const feats = Int32Array.from({ length: 64 }, (_, i) => (i * 2654435761) | 0);
    const a = new Float32Array(shipped[part].classes);
    const b = new Float32Array(shipped[part].classes);
    shipped[part].score(feats, feats.length, a);
    swapped[part].score(feats, feats.length, b);
    assert.deepEqual(b, a);
  }
});
