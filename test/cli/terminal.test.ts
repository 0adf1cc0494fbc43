// Escape sequences inside article text must not reach a terminal raw (retitling the window,
// clearing the screen): on a TTY, docs, show, search and events show control characters visibly.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, runCli, tempDir } from '../helpers.js';
import { visibleControls } from '../../src/cli/output.js';

const ESC = '\u001b';
const hostile = `Police arrest smugglers ${ESC}]0;owned${ESC}\\\n\nDUBROVNIK, June 2 - Police arrested four men at the port of Dubrovnik on Tuesday${ESC}[2J, a spokesman said. The men were charged with smuggling.`;

test('control characters are written visibly', () => {
  assert.equal(visibleControls(`a${ESC}[2Jb\u0007c\u202Ed\te\nf\u009b`), 'a␛[2Jb␇c<U+202E>d\te\nf<U+009B>');
});

test('on a terminal, docs, show, search and events make control characters visible; piped output stays exact', { timeout: 120_000 }, (t) => {
  const dir = tempDir();
  writeFileSync(join(dir, 'port.txt'), hostile);
  const db = join(dir, 'k.db');
  const ingest = runCli(['ingest', '--workers', '0', '--db', db, join(dir, 'port.txt')]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const piped = runCli(['show', '--db', db, 'port']);
  assert.ok(piped.stdout.includes(`${ESC}[2J`), 'piped output is the stored text');
  if (spawnSync('script', ['--version']).error) return t.skip('no script(1) on PATH to give the CLI a terminal');
  for (const args of [['docs'], ['show', 'port'], ['search', 'police'], ['events']]) {
    const command = [process.execPath, cliPath, ...args, '--db', db].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
    const r = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '200' } });
    assert.equal(r.status, 0, `${args[0]}: ${r.stdout}${r.stderr}`);
    assert.ok(!r.stdout.includes(`${ESC}]0;`) && !r.stdout.includes(`${ESC}[2J`), `${args[0]} wrote an escape sequence from the article: ${JSON.stringify(r.stdout.slice(0, 300))}`);
    assert.ok(r.stdout.includes('␛'), `${args[0]}: ${JSON.stringify(r.stdout.slice(0, 300))}`);
  }
});
