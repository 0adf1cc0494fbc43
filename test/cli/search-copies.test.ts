// `chronicle search` listed a story and another site's copy of it as two independent hits, where the
// web's search and library say "Near-duplicate: the same text as …". It now says so under each copy,
// and --json gives the other copies as sameTextAs, as /api/search does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { copyOnAnotherSite, FERRY_STORY, resolvedAnalysis, saveWithCopy } from '../server/near-duplicates.js';
import { runCli, tempDir } from '../helpers.js';

test('search says which hits are copies of one text on another site', async () => {
  const db = join(tempDir(), 'copies.db');
  const store = new SqliteStore(db);
  const story = resolvedAnalysis(FERRY_STORY);
  const copy = resolvedAnalysis(copyOnAnotherSite(FERRY_STORY, 'ferry-strike-mirror', 'later sailings', 'the next sailings'));
  await saveWithCopy(store, story, copy);
  await store.close();

  const r = runCli(['search', 'ferry', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const notes = r.stdout.split('\n').filter((l) => l.trimStart().startsWith('Near-duplicate:'));
  assert.deepEqual(notes.sort(), [
    `  Near-duplicate: the same text as “${FERRY_STORY.title}” (${story.doc.id})`,
    `  Near-duplicate: the same text as “${FERRY_STORY.title}” (${copy.doc.id})`,
  ].sort());

  const hits = JSON.parse(runCli(['search', 'ferry', '--db', db, '--json']).stdout) as Array<{ id: string; sameTextAs?: Array<{ id: string; title: string }> }>;
  assert.deepEqual(hits.find((h) => h.id === story.doc.id)?.sameTextAs, [{ id: copy.doc.id, title: FERRY_STORY.title }]);
  assert.deepEqual(hits.find((h) => h.id === copy.doc.id)?.sameTextAs, [{ id: story.doc.id, title: FERRY_STORY.title }]);
});
