// A merged event is placed in one place wherever it is listed: the event page (and its title),
// `chronicle events --merged`, the events CSV and the FollowTheMoney Event take the place of the
// same report (corpus/events/merged-place.ts). Before, each chose its own way (the CSV the first
// saved report with a gazetteer place, the command line a region before a town's unresolved name,
// the event page the first report by date among equally specific places). Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { mergedEvents } from '../../src/event-view/linked-events.js';
import { reportWithMergedPlace } from '../../src/corpus/events/merged-place.js';
import { runCli, tempDir } from '../helpers.js';
import { csvObjects, exportString, jsonLines } from './helpers.js';
import { copyOnAnotherSite, FERRY_STORY, resolvedAnalysis, saveWithCopy, type Spec } from '../server/near-duplicates.js';
import type { Analysis } from '../../src/types.js';

/** The ferry story with a blockade in its second paragraph, its place written "Istanbul". */
const BLOCKADE: Spec = {
  ...FERRY_STORY,
  paragraphs: FERRY_STORY.paragraphs.map((p, i) => (i === 1 ? `${p} On Tuesday dock workers in Istanbul, Turkey blocked a sister line.` : p)),
  places: [['Istanbul', 'Istanbul']],
  events: [{ type: 'protest', trigger: 'blocked', date: { iso: '2019-04-02', precision: 'day' }, actors: ['dock workers'], place: ['Istanbul', 'Istanbul'] }],
};

/** The story, its event's place named "Istanbul Province" (a region's name with its kind word, as
 *  one article can write it), and its copy on another site, published a day earlier, naming it "Istanbul". */
function storyAndCopy(): [Analysis, Analysis] {
  const story = resolvedAnalysis(BLOCKADE);
  const place = story.events[0].place!;
  story.events[0].place = { ...place, place: { ...place.place!, name: 'Istanbul Province' } };
  const copy = resolvedAnalysis({ ...copyOnAnotherSite(BLOCKADE, 'blockade-mirror', 'later sailings', 'the next sailings'), published: '2019-04-01' });
  return [story, copy];
}

test('two reports naming one event\'s place two ways: every listing gives the same name', async () => {
  const db = join(tempDir('chronicle-event-places-'), 'kb.db');
  const store = new SqliteStore(db);
  try {
    // saved story first, copy first by date: the CSV took the first saved report's name, the event page the first published
    await saveWithCopy(store, ...storyAndCopy());
    const [{ event }] = (await mergedEvents(store));
    assert.equal(event.reports.length, 2, 'one event, two reports');
    assert.equal(event.place?.place?.name, 'Istanbul', 'the event page');
    assert.match(event.title, /Istanbul/, 'its title');
    const [row] = csvObjects(await exportString(store, { format: 'csv', type: 'events' }));
    assert.deepEqual([row.place, row.country], ['Istanbul', 'Turkey'], 'the CSV');
    const ftmEvent = jsonLines(await exportString(store, { format: 'ftm' })).find((e) => e.schema === 'Event') as { properties: { location?: string[] } };
    assert.deepEqual(ftmEvent.properties.location, ['Istanbul'], 'the FollowTheMoney Event');
  } finally {
    await store.close();
  }
  const merged = runCli(['events', '--merged', '--json', '--db', db]);
  assert.equal(merged.status, 0, merged.stderr);
  const [listed] = JSON.parse(merged.stdout) as Array<{ place: { value: { text: string; ref?: string } } }>;
  assert.equal(listed.place.value.ref, 'geonames:745044', 'chronicle events --merged');
});

test('of equally specific places, the one more reports give, then the first name, whatever the reports\' order', () => {
  const town = (name: string) => ({ text: name, place: { kind: 'city', name, ref: `test:${name}` } });
  const reports = [town('Ostrava'), town('Brno'), town('Ostrava'), { text: 'the border', inferred: true }];
  for (const order of [reports, [...reports].reverse()]) assert.equal(reportWithMergedPlace(order, (p) => p)?.text, 'Ostrava');
  const two = [town('Ostrava'), town('Brno')];
  for (const order of [two, [...two].reverse()]) assert.equal(reportWithMergedPlace(order, (p) => p)?.text, 'Brno');
  assert.equal(reportWithMergedPlace([{ text: 'the hills' }, { text: 'Moravia', place: { kind: 'region', name: 'Moravia', ref: 'test:m' }, inferred: true }], (p) => p)?.text, 'the hills', 'a stated place beats an inferred one');
  assert.equal(reportWithMergedPlace([null, undefined], (p) => p), undefined);
});
