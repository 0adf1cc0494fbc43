// Sentences analysed together (as a document's are) get exactly what each gets alone.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentence, analyseSentences } from '../../../src/pipeline/syntax/analyse.js';
import { loadSyntaxModel } from '../../../src/pipeline/syntax/index.js';

const sentences = [
  ['The', 'ferry', 'left', 'the', 'harbour', 'late', '.'],
  ['Two', 'hundred', 'passengers', 'were', 'told', 'by', 'the', 'crew', 'to', 'wait', '.'],
  ['Nobody', 'could', "n't", 'say', 'when', 'it', 'would', 'return', ',', 'a', 'clerk', 'said', '.'],
  ['Delays', '!'],
];

test('analysing sentences together gives each the analysis it gets alone', () => {
  const model = loadSyntaxModel();
  const together = analyseSentences(model, sentences);
  assert.equal(together.length, sentences.length);
  sentences.forEach((forms, s) => {
    const alone = analyseSentence(model, forms);
    assert.deepEqual(together[s], alone);
    assert.equal(alone.heads.length, forms.length);
    assert.equal(alone.heads.filter((h) => h < 0).length, 1, 'one root per sentence');
  });
  assert.deepEqual(analyseSentences(model, []), []);
});
