// The folder walk names what it leaves out and why; README-style names are skipped as files only,
// so a folder called "source/" or "notice/" is still read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { articleFiles } from '../../../src/pipeline/read/walk.js';
import { tempDir } from '../../helpers.js';

function tree(): string {
  const dir = tempDir();
  for (const sub of ['source', 'Notice', 'node_modules', '.git']) mkdirSync(join(dir, sub));
  const files: Record<string, string> = {
    'harbour.txt': 'Harbour reopens',
    'LICENSE': 'terms',
    'Readme.md': '# about these files',
    'source/tram.txt': 'Tram line extended',
    'source/budget.xlsx': 'PK',
    'source/SOURCE.md': 'where these came from',
    'Notice/flood.html': '<p>Flood warning lifted</p>',
    'node_modules/x.txt': 'not walked',
    '.git/HEAD': 'not walked',
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function entries(dir: string): Promise<string[]> {
  const out: string[] = [];
  const rel = (p: string) => relative(dir, p).split('\\').join('/');
  for await (const e of articleFiles(dir)) {
    if ('path' in e) out.push(`read ${rel(e.path)}`);
    else if ('skipped' in e) out.push(`${e.why} ${rel(e.skipped)}`);
    else out.push(`unreadable ${rel(e.unreadable)}`);
  }
  return out;
}

test('a folder named like a documentation file is walked; such files, and other kinds, are reported as left out', async () => {
  assert.deepEqual(await entries(tree()), [
    'documentation LICENSE',
    'read Notice/flood.html',
    'documentation Readme.md',
    'read harbour.txt',
    'documentation source/SOURCE.md',
    'kind source/budget.xlsx',
    'read source/tram.txt',
  ]);
});
