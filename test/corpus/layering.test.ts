// The layers below the product surface (the pipeline's stages, the corpus-wide passes, storage)
// know nothing of HTTP, the web UI or the command line: none of their files imports from those.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { projectPath } from '../../src/paths.js';

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

test('no file of the store imports from the pipeline (the store knows nothing of NLP)', () => {
  const src = projectPath('src');
  const intoPipeline: string[] = [];
  for (const file of sources(join(src, 'store'))) {
    for (const spec of importSpecifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      if (relative(src, join(file, '..', spec)).split(/[\\/]/)[0] === 'pipeline') intoPipeline.push(`${relative(src, file)} → ${spec}`);
    }
  }
  assert.deepEqual(intoPipeline, []);
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
