import test from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialiseModel, type NerModel } from '../../src/pipeline/entities/model.js';
import { bilouSpans, TYPES } from '../../src/pipeline/entities/tags.js';
import { runCli, tempDir } from '../helpers.js';

const TRAIN = 'test/fixtures/entities/tiny-train.conll';
const EXTRA = 'test/fixtures/entities/tiny-extra.conll';

function train(out: string, extra: string[]): NerModel {
  const args = ['train', 'ner', '--train', TRAIN, '--out', out, '--dev', EXTRA, '--hold-back', '2', '--runs', '1', '--epochs', '4', '--seed', '3'];
  const r = runCli([...args, ...extra.flatMap((f) => ['--also-train', f])]);
  assert.equal(r.status, 0, r.stderr);
  return deserialiseModel(readFileSync(out));
}

test('train ner --also-train: the extra documents join the refit but not the choice of epochs; a dev trained on is marked', () => {
  const dir = tempDir();
  const plain = train(join(dir, 'plain.model.gz'), []);
  const more = train(join(dir, 'more.model.gz'), [EXTRA]);
  // the choice was made on the same held-back slice of --train, without the extra documents
  assert.equal(more.info.bestEpochs, plain.info.bestEpochs);
  assert.equal(more.info.heldBackF1, plain.info.heldBackF1);
  // the refit saw them: other weights, and the extra file's own names are learnt
  assert.notDeepEqual(more.params.trans, plain.params.trans);
  const sentence = 'Brightwater Mills bought flour from Canadian farmers .'.split(' ');
  const names = (m: NerModel) => bilouSpans(m.tagger.tag({ sentences: [sentence] })).map((s) => `${TYPES[s.type]}:${sentence.slice(s.start, s.end).join(' ')}`);
  assert.deepEqual(names(more), ['ORG:Brightwater Mills', 'MISC:Canadian']);
  assert.notDeepEqual(names(plain), names(more));
  assert.equal(more.info.trainedOn, `${TRAIN} + ${EXTRA}`);
  assert.equal(plain.info.trainedOn, TRAIN);
  // a dev score is stored under another name once dev was trained on
  assert.equal(typeof plain.info.devF1, 'number');
  assert.equal(more.info.devF1, undefined);
  assert.equal(typeof more.info.devF1TrainedOnDev, 'number');
});
