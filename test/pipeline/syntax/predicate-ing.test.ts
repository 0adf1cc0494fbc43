// The lost-predicate repair takes back past forms only: an -ing participle on the root noun ("a
// caller claiming to be …") cannot be the sentence's finite verb. Hand-made parse of our own sentence.
import test from 'node:test';
import assert from 'node:assert/strict';
import { repairPredicate } from '../../../src/pipeline/syntax/predicate.js';
import { loadSyntaxModel } from '../../../src/pipeline/syntax/index.js';
import { encodeWords } from '../../../src/pipeline/syntax/lexical.js';
import { uposId } from '../../../src/pipeline/syntax/upos.js';

function attempt(sentence: string, verb: string) {
  const model = loadSyntaxModel();
  const forms = sentence.split(' ');
  //       Callers {verb} to be nurses rang the ward .
  const heads = Int32Array.from([-1, 0, 4, 4, 1, 6, 0, 8, 6, 0]);
  const deprels = ['root', 'acl', 'mark', 'cop', 'xcomp', 'dep', 'acl', 'det', 'obj', 'punct'];
  const tags = Uint8Array.from(['NOUN', 'VERB', 'PART', 'AUX', 'NOUN', 'ADV', 'VERB', 'DET', 'NOUN', 'PUNCT'].map(uposId));
  assert.equal(forms[1], verb);
  return repairPredicate(model, forms, encodeWords(forms, model.resources), tags, heads, deprels);
}

test('an -ing participle with a to-clause stays on its noun', () => {
  assert.equal(attempt('Callers claiming to be nurses often rang the ward .', 'claiming'), null);
});

test('a past form with a to-clause is still taken back as the predicate', () => {
  const r = attempt('Callers agreed to be nurses often rang the ward .', 'agreed');
  assert.ok(r);
  assert.equal(r.heads.indexOf(-1), 1);
});
