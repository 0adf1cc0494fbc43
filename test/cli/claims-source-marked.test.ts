// `chronicle claims` listed each claim's source as the string stored with its figure, a description
// ("A court official") as if it were a name, where `chronicle figures` and the web's claims page
// mark it, and each article by its bare id. It now names each source as `chronicle figures` does,
// each article by its title and source as the listings do, and --json gives the source's words as
// written, its entity and where they stand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { writeFixtureCorpus } from '../fixtures/ui/corpus.js';
import { runCli, tempDir } from '../helpers.js';

test('claims name a source the article names and mark a described one', async () => {
  const db = join(tempDir(), 'c.db');
  const store = new SqliteStore(db);
  await writeFixtureCorpus(store);
  await store.close();
  const r = runCli(['claims', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const line = (value: string) => r.stdout.split('\n').find((l) => l.trimStart().startsWith(value)) ?? '';
  assert.match(line('11'), /— “A court official” \(not identified\)/);
  assert.match(line('about 2,500'), /— Human Rights Watch\s+\(Gunman kills 39 at Istanbul nightclub o… \(fixtures\/nightclub-attack\.html\), 2017-01-17\)/);
  // the line saying why the figures were grouped names their sources as their lines do, not as stored
  const grouped = r.stdout.split('\n').filter((l) => l.trimStart().startsWith('grouped:'));
  assert.ok(grouped.some((l) => l.endsWith('; sources: “the justice ministry” (not identified), “A court official” (not identified)')), grouped.join('\n'));
  const json = JSON.parse(runCli(['claims', '--db', db, '--json']).stdout) as Array<{ reason: string; claims: Array<{ value: number; source: string; sourceText: string; sourceEntityId: string | null; sourceSpan: unknown }> }>;
  const claims = json.flatMap((g) => g.claims);
  const hrw = claims.find((c) => c.value === 2500)!;
  assert.equal(hrw.sourceText, 'Human Rights Watch');
  assert.ok(hrw.sourceEntityId && hrw.sourceSpan, 'a body the article names has its entity and span');
  const official = claims.find((c) => c.value === 11)!;
  assert.deepEqual([official.source, official.sourceEntityId], ['A court official', null]);
  assert.match(json.find((g) => g.claims.includes(official))!.reason, /; sources: “the justice ministry” \(not identified\), “A court official” \(not identified\)$/);
});
