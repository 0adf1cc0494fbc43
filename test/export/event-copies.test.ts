// The events export says how many of an event's sources are copies of another (one wire text on two
// sites), as the web pages do ("2 articles, 1 text"): source_count alone read as two reports
// confirming each other. The CSV's last column `copies` (empty when none), the JSON Lines record's
// `copies` (absent when none). Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvObjects, exportString, jsonLines } from './helpers.js';
import { strikeAndSitIn } from './event-corpus.js';

test('the events export counts a near-duplicate copy among the sources and says so', async () => {
  const { store } = await strikeAndSitIn('chronicle-export-event-copies-');
  try {
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
