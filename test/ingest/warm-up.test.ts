// An analysis thread warms up before it takes documents: its warm-up text reaches the stages that
// load the models, and an error there is left for the documents to report.
import test from 'node:test';
import assert from 'node:assert/strict';
import { defaultContext, type PipelineContext } from '../../src/pipeline/index.js';
import { warmUp } from '../../src/ingest/warm-up.js';

function countingModels(ctx: PipelineContext): { asked: Set<string>; ctx: PipelineContext } {
  const asked = new Set<string>();
  const { nerModel, syntaxModel } = ctx;
  return { asked, ctx: { ...ctx, nerModel: () => (asked.add('entities'), nerModel()), syntaxModel: () => (asked.add('syntax'), syntaxModel()) } };
}

test('the warm-up loads the syntax and entity models of a thread that runs every stage', { timeout: 120_000 }, () => {
  const { asked, ctx } = countingModels(defaultContext());
  warmUp(ctx);
  assert.deepEqual([...asked].sort(), ['entities', 'syntax']);
});

test('a thread that stops after segmenting loads no model to warm up', () => {
  const { asked, ctx } = countingModels(defaultContext('segment'));
  warmUp(ctx);
  assert.deepEqual([...asked], []);
});

test('a model that cannot load does not stop the warm-up: each document meets the error itself', () => {
  const ctx: PipelineContext = { ...defaultContext(), syntaxModel: () => { throw new Error('no parser here'); } };
  assert.doesNotThrow(() => warmUp(ctx));
});
