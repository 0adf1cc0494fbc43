// The events export says how many of an event's sources are copies of another (one wire text on two
// sites), as the web pages do ("2 articles, 1 text"): source_count alone read as two reports
// confirming each other. The CSV's last column `copies` (empty when none), the JSON Lines record's
// `copies` (absent when none). Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { tempDir } from '../helpers.js';
import { csvObjects, exportString, jsonLines } from './helpers.js';
import { copyOnAnotherSite, FERRY_STRIKE, resolvedAnalysis, saveWithCopy, type Spec } from '../server/near-duplicates.js';

const SIT_IN: Spec = {
  title: 'Nurses occupy hospital lobby',
  source: 'nurses-sit-in',
  published: '2019-05-06',
  paragraphs: ['Nurses occupy hospital lobby', 'Nurses at the Lindenhof clinic staged a sit-in on Friday over unpaid night shifts, a union spokesman said.'],
  mentions: [['Lindenhof clinic', 'ORG']],
  places: [], times: [], figures: [], quotes: [],
  events: [{ type: 'protest', trigger: 'staged a sit-in', date: { iso: '2019-05-03', precision: 'day' }, actors: ['Nurses'] }],
};

test('the events export counts a near-duplicate copy among the sources and says so', async () => {
  const store = new SqliteStore(join(tempDir('chronicle-export-event-copies-'), 'kb.db'));
  try {
    const copy = copyOnAnotherSite(FERRY_STRIKE, 'ferry-strike-mirror', 'later sailings', 'the next sailings');
    await saveWithCopy(store, resolvedAnalysis(FERRY_STRIKE), resolvedAnalysis(copy));
    await store.saveBatch([{ analysis: resolvedAnalysis(SIT_IN), contentHash: 'sit-in' }]);

    const rows = csvObjects(await exportString(store, { format: 'csv', type: 'events' }));
    const strike = rows.find((r) => r.event_type === 'strike');
    assert.deepEqual([strike?.source_count, strike?.copies], ['2', '1'], 'two articles, one of them a copy');
    assert.equal(rows.find((r) => r.event_type === 'protest')?.copies, '', 'no copy: empty');

    const records = jsonLines(await exportString(store, { format: 'jsonl', type: 'events' })) as Array<{ type: string; sources: string[]; copies?: number }>;
    assert.deepEqual(records.map((r) => [r.type, r.sources.length, r.copies]).sort(), [['protest', 1, undefined], ['strike', 2, 1]]);
  } finally {
    await store.close();
  }
});
