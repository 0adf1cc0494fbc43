// README says each text's language is stored as `language`; `show --json` did not print it (only
// /api/documents/ID had it, under meta). It is in `show --json` and on a line of `show`'s header.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

test('show prints the language guessed for a text, in JSON and in the header lines', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'in'));
  writeFileSync(join(dir, 'in', 'bridge-opens.txt'), 'New bridge opens\n\nA new bridge over the river opened on Monday, and the first cars crossed it in the morning, the city council said.\n');
  writeFileSync(join(dir, 'in', 'pont-ouvert.txt'), 'Un nouveau pont\n\nLe nouveau pont sur la rivière a été ouvert lundi et les premières voitures sont passées dans la matinée, selon la mairie.\n');
  const db = join(dir, 'c.db');
  assert.equal(runCli(['ingest', join(dir, 'in'), '--db', db]).status, 0);
  for (const [name, language] of [['bridge-opens', 'en'], ['pont-ouvert', 'fr']]) {
    const json = runCli(['show', name, '--db', db, '--json']);
    assert.equal(json.status, 0, json.stderr);
    assert.equal((JSON.parse(json.stdout) as { language: string | null }).language, language, name);
    assert.match(runCli(['show', name, '--db', db]).stdout, new RegExp(`^language ${language}$`, 'm'), name);
  }
  assert.match(runCli(['show', '--help']).stdout, /language\s+\(ISO\s+639-1/);
});
