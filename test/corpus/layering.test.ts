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

test('no file of the pipeline, corpus or store layer imports from the server, the web UI or the CLI', () => {
  const src = projectPath('src');
  const upward: string[] = [];
  for (const layer of LOWER) {
    for (const file of sources(join(src, layer))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)) {
        const spec = m[1] ?? m[2];
        if (!spec.startsWith('.')) continue;
        const target = relative(src, join(file, '..', spec)).split(/[\\/]/)[0];
        if (UPPER.includes(target)) upward.push(`${relative(src, file)} → ${spec}`);
      }
    }
  }
  assert.deepEqual(upward, []);
});
