// A folder or a missing path given to an option that reads a file (--model, --train) was reported
// without the path ("a folder was given where a file is wanted"): which option was wrong, and what
// should it have been? The message names the option, its path, and what the option takes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { pathErrorMessage } from '../../src/cli/file-error.js';
import { destinationProblem } from '../../src/export/output.js';

const USAGE = `Usage: chronicle measure things FILE [--weights FILE] [--notes DIR]

  --weights FILE   the trained weights (default models/weights.bin)
  --notes DIR      a folder of notes, one file each`;

const fsError = (code: string, path?: string) => Object.assign(new Error(code), { code, ...(path ? { path } : {}) });

test('a folder read as a file names the option whose value it is, and what the option takes', () => {
  const folders = new Set(['shelf', 'notes']);
  const said = pathErrorMessage(fsError('EISDIR'), ['ledger.txt', '--notes', 'notes', '--weights', 'shelf'], USAGE, (p) => folders.has(p));
  assert.equal(said, '--weights shelf is a folder; --weights takes a file: the trained weights (default models/weights.bin)');
});

test('a missing path names its option; a missing file inside a folder option says which', () => {
  assert.equal(pathErrorMessage(fsError('ENOENT', 'gone.bin'), ['--weights', 'gone.bin'], USAGE, () => false), '--weights gone.bin does not exist; --weights takes a file: the trained weights (default models/weights.bin)');
  const here = tempDir();
  assert.equal(pathErrorMessage(fsError('ENOENT', `${here}/index.txt`), [`--notes=${here}`], USAGE, () => true), `--notes ${here} has no index.txt in it; --notes takes a folder: a folder of notes, one file each`);
});

test('an error about a path no argument gave is left to the plain message', () => {
  assert.equal(pathErrorMessage(fsError('ENOENT', '/elsewhere/x'), ['--weights', 'w.bin'], USAGE, () => false), null);
  assert.equal(pathErrorMessage(new Error('other'), ['--weights', 'w.bin'], USAGE, () => false), null);
});

test('chronicle eval ner and train ner name the folder given as --model or --train', () => {
  const dir = tempDir();
  const folder = join(dir, 'a-folder');
  mkdirSync(folder);
  const data = join(dir, 'tiny.conll');
  writeFileSync(data, 'Harbour NNP B-NP B-ORG\n\n');
  const ner = runCli(['eval', 'ner', data, '--model', folder]);
  assert.equal(ner.status, 1);
  assert.match(ner.stderr, new RegExp(`^chronicle eval ner: --model ${folder} is a folder; --model takes a file`));
  const train = runCli(['train', 'ner', '--train', join(dir, 'no-such.conll'), '--dev', data, '--out', join(dir, 'out.gz')]);
  assert.equal(train.status, 1);
  assert.match(train.stderr, /^chronicle train ner: --train \S+no-such\.conll does not exist; --train takes a file: CoNLL-2003/);
});

test('an export to a folder suggests a file name that ends as the format’s files do', () => {
  const dir = tempDir();
  assert.match(destinationProblem(dir, 'csv') ?? '', /\/export\.csv$/);
  assert.match(destinationProblem(dir) ?? '', /\/export\.jsonl$/);
});
