// `chronicle events --merged` says how many of an event's sources are near-duplicate copies of
// another (one wire story on two sites): "2 (1 copy)" in the table, `copies` in --json, as the web
// UI says "2 articles, 1 text". Its sources column had read "2", two reports confirming each other.
// Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { runCli, tempDir } from '../helpers.js';
import { copyOnAnotherSite, FERRY_STRIKE, resolvedAnalysis, saveWithCopy } from '../server/near-duplicates.js';

test('the merged events listing counts a near-duplicate copy among the sources and says so', async () => {
  const db = join(tempDir('chronicle-merged-copies-'), 'kb.db');
  const store = new SqliteStore(db);
  try {
    const copy = copyOnAnotherSite(FERRY_STRIKE, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
    await saveWithCopy(store, resolvedAnalysis(FERRY_STRIKE), resolvedAnalysis(copy));
  } finally {
    await store.close();
  }
  const table = runCli(['events', '--merged', '--db', db]);
  assert.equal(table.status, 0, table.stderr);
  const strike = table.stdout.split('\n').find((r) => r.startsWith('strike'));
  assert.match(strike ?? '', /^strike +\S.* +2019-04-01 +— +2 \(1 copy\) +— /, table.stdout);

  const json = runCli(['events', '--merged', '--json', '--db', db]);
  assert.equal(json.status, 0, json.stderr);
  const events = JSON.parse(json.stdout) as Array<{ type: string; sources: string[]; copies?: number }>;
  assert.deepEqual(events.map((e) => [e.type, e.sources.length, e.copies]), [['strike', 2, 1]]);
});
