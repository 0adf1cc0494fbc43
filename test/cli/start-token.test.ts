// `npm start -- --token T` passes the write token on to the server it starts, as `chronicle serve
// --token T` takes it (it was refused as an unknown option, so the demo could not be curated from
// the browser); a token too short is refused before the corpus is ingested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cliPath, runCli, tempDir } from '../helpers.js';

const TOKEN = 'start-token-secret';

function corpus(dir: string): string {
  const folder = join(dir, 'in');
  mkdirSync(folder);
  writeFileSync(join(folder, 'quay.txt'), 'Quay reopens\n\nThe harbour board reopened the north quay in Tallinn on Monday.\n');
  return folder;
}

test('start refuses a write token under 8 characters before ingesting anything', () => {
  const dir = tempDir();
  try {
    const db = join(dir, 'kb.db');
    const r = runCli(['start', '--corpus', corpus(dir), '--db', db, '--token', 'short', '--no-serve']);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /--token must be at least 8 characters/);
    assert.equal(existsSync(db), false, 'no database is made');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('start --token serves with that write token: a write with it is let through, one without it is not', async () => {
  const dir = tempDir();
  // the flag alone: no token from this shell's environment
  const env = { ...process.env };
  delete env.CHRONICLE_TOKEN;
  const child = spawn(process.execPath, [cliPath, 'start', '--corpus', corpus(dir), '--db', join(dir, 'kb.db'), '--port', '0', '--token', TOKEN], { env });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
  try {
    const url = await new Promise<string>((ok, fail) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /is serving .* at (http:\/\/\S+?)\/ /.exec(out);
        if (m) ok(m[1]);
      });
      void exited.then((code) => fail(new Error(`start exited (${code}) before serving:\n${out}\n${err}`)));
    });
    const post = (headers: Record<string, string>) => fetch(`${url}/api/curations`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' });
    // with the token the request gets as far as its body (which is not a decision); without it, no further than the door
    assert.equal((await post({ Authorization: `Bearer ${TOKEN}` })).status, 400);
    assert.equal((await post({})).status, 401);
  } finally {
    child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
});
