// `chronicle figures` listed a figure's bare source ("audit", "indictment") in its source column as
// if it were a name. A source the article names stays a name; a description is quoted as written
// and marked, as `chronicle quotes` marks a speaker it could not identify.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { runCli, tempDir } from '../helpers.js';

const article = fixtureAnalysis({
  title: 'Ferry timetable cut',
  source: 'ferry-cut',
  published: '2032-11-02',
  paragraphs: [
    'Ferry timetable cut',
    'Lindqvist Ferries said 18 crossings a week would stop in winter. A harbour survey found 6 berths unsafe.',
  ],
  mentions: [['Lindqvist Ferries', 'ORG']],
  places: [], times: [], events: [], quotes: [],
  figures: [
    { text: '18 crossings', value: 18, qualifier: 'exact', what: 'crossings a week', source: 'Lindqvist Ferries' },
    { text: '6 berths', value: 6, qualifier: 'exact', what: 'berths unsafe', source: 'survey' },
  ],
});

test('the figures table names a source the article names and marks a described one', async () => {
  const db = join(tempDir(), 'f.db');
  const store = new SqliteStore(db);
  await store.saveBatch([{ analysis: article, contentHash: article.doc.id }]);
  await store.close();
  const r = runCli(['figures', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const line = (value: string) => r.stdout.split('\n').find((l) => new RegExp(`\\s${value}\\s`).test(l)) ?? '';
  assert.match(line('18'), /\sLindqvist Ferries\s/);
  assert.doesNotMatch(line('18'), /not identified/);
  assert.match(line('6'), /\s“survey” \(not identified\)\s/);
  const json = JSON.parse(runCli(['figures', '--db', db, '--json']).stdout) as Array<{ attribution?: { source: string } }>;
  assert.deepEqual(json.map((f) => f.attribution?.source), ['Lindqvist Ferries', 'survey'], 'the JSON keeps the source as stored');
});
