// `chronicle quotes` listed a speaker it could not resolve by its bare head noun, as if it were a
// name ("statement", "officials"); it now shows the words as written, quoted, and marked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';

const ARTICLE = `Ferry sailings cancelled as storm nears the coast

PORT ELLIN, March 3 - All ferry sailings from Port Ellin were cancelled on Tuesday, officials said.
Two more ferries were held in port overnight, according to the statement.
"We will not put passengers at risk," harbour master Mara Lindqvist told reporters on the quay.
`;

test('the quotes table quotes and marks a speaker it could not identify', () => {
  const dir = tempDir();
  const corpus = join(dir, 'articles');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'ferry-storm.txt'), ARTICLE);
  const db = join(dir, 'ferry.db');
  assert.equal(runCli(['ingest', corpus, '--db', db]).status, 0);
  const run = runCli(['quotes', '--db', db]);
  assert.equal(run.status, 0, run.stderr);
  const rows = run.stdout.trimEnd().split('\n').slice(2);
  const statement = rows.find((r) => /statement/.test(r));
  assert.ok(statement, run.stdout);
  assert.match(statement, /“the statement” \(not identified\)/);
  assert.match(rows.find((r) => /officials/.test(r)) ?? '', /“officials” \(not identified\)/);
  assert.ok(rows.some((r) => /\bMara Lindqvist\b/.test(r) && !/not identified/.test(r)), run.stdout);
});
