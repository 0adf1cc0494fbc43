// The layers below the product surface (the pipeline's stages, the corpus-wide passes, storage)
// know nothing of HTTP, the web UI or the command line: none of their files imports from those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectPath } from '../../src/paths.js';
import { STAGES } from '../../src/pipeline/stages.js';

const LOWER = ['pipeline', 'corpus', 'store'];
const UPPER = ['server', 'web', 'cli'];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The specifiers a file imports or re-exports: `from '…'`, `import '…'` (a bare side-effect import) and `import('…')`, in single or double quotes. */
function importSpecifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bfrom\s+(['"])([^'"]+)\1|\bimport\s*\(\s*(['"])([^'"]+)\3\s*\)|\bimport\s+(['"])([^'"]+)\5/g)) out.push(m[2] ?? m[4] ?? m[6]);
  return out;
}

test('every kind of import is read', () => {
  const text = [
    `import { a } from '../server/a.js';`,
    `import { b } from "../web/b.js";`,
    `import '../cli/side-effect.js';`,
    `import "../cli/quoted.js";`,
    `export { c } from '../server/c.js';`,
    `const d = await import('../web/d.js');`,
    `const e = await import("../web/e.js");`,
  ].join('\n');
  assert.deepEqual(importSpecifiers(text), ['../server/a.js', '../web/b.js', '../cli/side-effect.js', '../cli/quoted.js', '../server/c.js', '../web/d.js', '../web/e.js']);
});

test('no file of the pipeline, corpus or store layer imports from the server, the web UI or the CLI', () => {
  const src = projectPath('src');
  const upward: string[] = [];
  for (const layer of LOWER) {
    for (const file of sources(join(src, layer))) {
      const text = readFileSync(file, 'utf8');
      for (const spec of importSpecifiers(text)) {
        if (!spec.startsWith('.')) continue;
        const target = relative(src, join(file, '..', spec)).split(/[\\/]/)[0];
        if (UPPER.includes(target)) upward.push(`${relative(src, file)} → ${spec}`);
      }
    }
  }
  assert.deepEqual(upward, []);
});

/** Imports from a folder of src/ into another, as "file → specifier". */
function importsInto(from: string, into: string): string[] {
  const src = projectPath('src');
  const found: string[] = [];
  for (const file of sources(join(src, from))) {
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (spec.startsWith('.') && relative(src, join(file, '..', spec)).split(/[\\/]/)[0] === into) found.push(`${relative(src, file)} → ${spec}`);
    }
  }
  return found;
}

test('no file of the store imports from the pipeline (the store knows nothing of NLP)', () => {
  assert.deepEqual(importsInto('store', 'pipeline'), []);
});

test('the exports import nothing from the server, and the command line only what serves (event titles and dates live outside it)', () => {
  assert.deepEqual(importsInto('export', 'server'), []);
  assert.deepEqual(importsInto('cli', 'server').filter((i) => !i.startsWith(join('cli', 'commands', 'serve.ts'))), []);
});

test('no file of the pipeline imports from the corpus-wide passes (they run after it, over many documents)', () => {
  assert.deepEqual(importsInto('pipeline', 'corpus'), []);
});

test("no stage before facts, and no shared reference module, imports from the facts stage's quote extraction", () => {
  // the pronoun and description resolver is shared (src/pipeline/reference/): the entity stage's
  // relatives and the facts stage both use it, so it cannot live in a later stage's folder
  const src = projectPath('src');
  const quotes = join('pipeline', 'facts', 'quotes');
  const earlier = ['extract', 'segment', 'syntax', 'entities', 'places', 'time', 'reference'].map((d) => join(src, 'pipeline', d));
  const intoQuotes: string[] = [];
  for (const dir of earlier) {
    for (const file of sources(dir)) {
      for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
        if (spec.startsWith('.') && relative(src, join(file, '..', spec)).startsWith(quotes)) intoQuotes.push(`${relative(src, file)} → ${spec}`);
      }
    }
  }
  assert.deepEqual(intoQuotes, []);
});

// Stages import forward only: a folder of src/pipeline/ may import a folder of the same or an
// earlier rank, never a later one. A stage's rank is its place in the run (read, then STAGES). A
// shared folder, which belongs to no stage, takes the rank of the earliest stage that uses it, so it
// imports nothing from a stage after that one (and a stage before it cannot use it). The
// pipeline's own top-level modules (model files, lexicon files, the calendar, hashing) rank before
// every stage and import none; index.ts, which runs the stages, is the exception.
const STAGE_ORDER: readonly string[] = ['read', ...STAGES];
const SHARED_FOLDERS: Readonly<Record<string, string>> = {
  lexicons: 'extract', // word lists as data: abbreviations (extract's headlines), speech verbs, nouns, units, WordNet
  gazetteer: 'extract', // the offline gazetteer and its lookups: extract's datelines, entities, places
  context: 'entities', // the token-indexed document context, quotation marks and phrase helpers
  senses: 'entities', // word senses from WordNet (person words, bodies, communication verbs)
  reference: 'entities', // who a pronoun or description refers to: entities' relatives, facts' speakers
};
const RUNNER = 'index.ts';

/** A pipeline path's folder rank: stages by their order, shared folders by their earliest user, top-level modules first; null for the runner. */
function pipelineRank(pathInPipeline: string): number | null {
  const parts = pathInPipeline.split(/[\\/]/);
  if (parts.length === 1) return parts[0] === RUNNER ? null : -1;
  const folder = parts[0];
  const stage = STAGE_ORDER.indexOf(SHARED_FOLDERS[folder] ?? folder);
  if (stage < 0) throw new Error(`src/pipeline/${folder}/ is neither a stage nor a listed shared folder`);
  return stage;
}

/** Imports from a pipeline folder into a later-ranked one, as "file → specifier". */
function backwardImports(src: string): string[] {
  const pipeline = join(src, 'pipeline');
  const found: string[] = [];
  for (const file of sources(pipeline)) {
    const own = pipelineRank(relative(pipeline, file));
    if (own === null) continue;
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = relative(pipeline, join(file, '..', spec));
      if (target.startsWith('..')) continue;
      const theirs = pipelineRank(target);
      if (theirs !== null && theirs > own) found.push(`${relative(src, file)} → ${spec}`);
    }
  }
  return found;
}

test('the stage ranks read the run order and place each shared folder at its earliest user', () => {
  assert.equal(pipelineRank(join('entities', 'tagger.ts')), STAGE_ORDER.indexOf('entities'));
  assert.equal(pipelineRank(join('context', 'document.ts')), STAGE_ORDER.indexOf('entities'));
  assert.ok(pipelineRank(join('facts', 'quotes', 'model.ts'))! > pipelineRank(join('time', 'index.ts'))!);
  assert.equal(pipelineRank('lexicon-files.ts'), -1);
  assert.equal(pipelineRank(RUNNER), null);
  assert.throws(() => pipelineRank(join('unlisted', 'a.ts')), /neither a stage nor a listed shared folder/);
});

test('every folder of the pipeline is a stage or a listed shared folder', () => {
  const pipeline = join(projectPath('src'), 'pipeline');
  const folders = readdirSync(pipeline, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
  assert.deepEqual(folders.filter((f) => !STAGE_ORDER.includes(f) && !(f in SHARED_FOLDERS)), []);
});

test('no pipeline folder imports from a stage that runs after it', () => {
  assert.deepEqual(backwardImports(projectPath('src')), []);
});
