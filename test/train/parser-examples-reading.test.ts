// The training-only reading of ’’ travels with the trainer's example encoding, not on the model's
// resources: training examples read it as '', dev examples as text is read at run time.
import test from 'node:test';
import assert from 'node:assert/strict';
import { PAD, type WordResources } from '../../src/pipeline/syntax/lexical.js';
import { hashString } from '../../src/pipeline/hash.js';
import { toExamples } from '../../src/train/lib/parser-train.js';
import { parseConllu } from '../../src/pipeline/syntax/conllu.js';

const resources: WordResources = { clusters: new Map() };
// an own sentence in CoNLL-U: She called it ’’ odd ’’ .
const rows: [string, string, number, string][] = [['She', 'PRON', 2, 'nsubj'], ['called', 'VERB', 0, 'root'], ['it', 'PRON', 2, 'obj'], ['’’', 'PUNCT', 5, 'punct'], ['odd', 'ADJ', 2, 'xcomp'], ['’’', 'PUNCT', 5, 'punct'], ['.', 'PUNCT', 2, 'punct']];
const [sentence] = parseConllu(rows.map(([form, upos, head, rel], i) => [i + 1, form, form.toLowerCase(), upos, '_', '_', head, rel, '_', '_'].join('\t')).join('\n') + '\n\n');
const labels = new Map([['nsubj', 0], ['root', 1], ['obj', 2], ['punct', 3], ['xcomp', 4]]);

test('training examples read ’’ as the treebank did, dev examples as run time does', () => {
  const train = toExamples([sentence], resources, labels, { treebankClosingMark: true })[0];
  const dev = toExamples([sentence], resources, labels)[0];
  assert.equal(train.enc.norm[3 + PAD], hashString("''", 1));
  assert.equal(dev.enc.norm[3 + PAD], hashString('"', 1));
  assert.equal(train.enc.norm[1 + PAD], dev.enc.norm[1 + PAD]);
  assert.deepEqual(Object.keys(resources), ['clusters'], 'the resources carry no training flag');
});
