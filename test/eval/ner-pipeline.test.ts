// The whole entity stage scored on CoNLL tokens: spans are mapped back onto the tokens exactly.
import test from 'node:test';
import assert from 'node:assert/strict';
import { parseConll } from '../../src/train/lib/conll.js';
import { loadNerModel } from '../../src/pipeline/entities/index.js';
import { loadSyntaxModel } from '../../src/pipeline/syntax/index.js';
import { scoreNerPipeline } from '../../src/eval/lib/ner-pipeline-score.js';

const conll = (rows: string) =>
  parseConll(
    '-DOCSTART- -X- O O\n\n' +
      rows
        .trim()
        .split('\n')
        .map((r) => (r.trim() ? r.trim().replace(/^(\S+) (\S+)$/, '$1 X X $2') : ''))
        .join('\n') + '\n',
  );

test('pipeline scoring counts names on token edges with the gold type, across sentences', () => {
  const docs = conll(`
Ingrid B-PER
Solberg I-PER
flew O
to O
Oslo B-LOC
. O

She O
met O
Henrik B-PER
Dahl I-PER
in O
Bergen B-LOC
. O
`);
  const s = scoreNerPipeline(loadNerModel(), loadSyntaxModel(), docs);
  assert.equal(s.gold, 4);
  assert.equal(s.correct, 4, JSON.stringify(s));
});

test('a gold type the stage does not give scores nothing for that span', () => {
  const docs = conll(`
Ingrid B-ORG
Solberg I-ORG
flew O
to O
Oslo B-LOC
. O
`);
  const s = scoreNerPipeline(loadNerModel(), loadSyntaxModel(), docs);
  assert.equal(s.gold, 2);
  assert.equal(s.correct, 1, JSON.stringify(s));
});
