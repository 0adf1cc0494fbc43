// `eval parser --json` says what the shipped model costs to carry and to load, beside its scores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { DEFAULT_SYNTAX_MODEL } from '../../src/pipeline/syntax/index.js';
import { runCli, tempDir } from '../helpers.js';

// One sentence of our own, in CoNLL-U.
const conllu = [
  '# text = Gulls circled the pier.',
  '1\tGulls\tgull\tNOUN\tNNS\t_\t2\tnsubj\t_\t_',
  '2\tcircled\tcircle\tVERB\tVBD\t_\t0\troot\t_\t_',
  '3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_',
  '4\tpier\tpier\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No',
  '5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_',
  '',
].join('\n');

test('eval parser --json prints the model size on disk and its CPU load time', () => {
  const file = join(tempDir(), 'pier.conllu');
  writeFileSync(file, conllu);
  const run = runCli(['eval', 'parser', file, '--json']);
  assert.equal(run.status, 0, run.stderr);
  const result = JSON.parse(run.stdout) as { words: number; modelBytes: number; loadSeconds: number; modelLoadCpuMs: number };
  assert.equal(result.words, 5);
  assert.equal(result.modelBytes, statSync(projectPath('models', DEFAULT_SYNTAX_MODEL)).size);
  assert.equal(result.loadSeconds, Math.round(result.modelLoadCpuMs / 10) / 100, 'the CPU milliseconds, in seconds');
});
