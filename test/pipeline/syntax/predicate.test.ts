// A predicate the parser read as a participle of the sentence's first noun ("Farm ministers agreed on
// Friday to extend …" rooted at "ministers") is made the predicate again; a bare participle stays one.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentences } from '../../../src/pipeline/syntax/analyse.js';
import { loadSyntaxModel } from '../../../src/pipeline/syntax/index.js';

const words = (s: string) => s.split(' ');

test('a verb with a to-clause hung on the root noun as a participle becomes the root, the noun its subject', () => {
  const model = loadSyntaxModel();
  const forms = words('Farm ministers agreed on Friday to extend the talks .');
  const [bare] = analyseSentences(model, [forms]);
  assert.equal(forms[bare.heads.indexOf(-1)], 'ministers', 'the bare parse reads "agreed" as a participle');
  const [fixed] = analyseSentences(model, [forms], { repair: true });
  const root = fixed.heads.indexOf(-1);
  assert.equal(forms[root], 'agreed');
  assert.equal(fixed.heads.filter((h) => h < 0).length, 1);
  const ministers = forms.indexOf('ministers');
  assert.equal(fixed.heads[ministers], root);
  assert.equal(fixed.deprels[ministers], 'nsubj');
  assert.equal(fixed.heads[forms.indexOf('Farm')], ministers);
  assert.notEqual(fixed.deprels[forms.indexOf('Farm')].slice(0, 5), 'nsubj');
  assert.equal(fixed.heads[forms.indexOf('.')], root, 'the final stop follows the new root');
});

test('a bare participle on a noun, with no clause of its own, stays a participle', () => {
  const model = loadSyntaxModel();
  const forms = words('Four soldiers killed in the raid .');
  const [bare] = analyseSentences(model, [forms]);
  const [repaired] = analyseSentences(model, [forms], { repair: true });
  assert.deepEqual(repaired, bare);
});
