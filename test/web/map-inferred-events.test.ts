// A country's panel on the map: one article names the country, another (set in its capital by a
// dateline, never naming the country) reports a strike the pipeline places in the country from that
// setting. The panel read "1 article name …; 1 event happened there" above the link to the article
// naming it, which does not report the strike. It now agrees in number and says the strike is
// placed there by inference from its article, marking it in the list. Made-up articles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { startServer } from '../../src/server/app.js';
import { placeKey } from '../../src/store/keys.js';
import { fixtureAnalysis, PLACES } from '../fixtures/ui/corpus.js';
import { fixtureServerSuite, skip } from './browser.js';

const naming = fixtureAnalysis({
  title: 'Tourism board counts a record spring', source: 'tourism-spring', published: '2031-05-02',
  paragraphs: ['Tourism board counts a record spring', 'Hotels across Turkey were full for most of April, the board said.'],
  mentions: [['Turkey', 'LOC']], places: [['Turkey', 'Turkey']], times: [], figures: [], quotes: [], events: [],
});
const setThere = fixtureAnalysis({
  title: 'Dockers stop work over late wages', source: 'dockers-late-wages', published: '2031-05-04',
  paragraphs: ['Dockers stop work over late wages', 'ANKARA, May 4. Harbour staff say their wages are two months late.', 'On Saturday the dockers walked out for the whole night shift.'],
  mentions: [['ANKARA', 'LOC']], places: [['ANKARA', 'Ankara']], times: [], figures: [], quotes: [],
  events: [{ type: 'strike', trigger: 'walked out', targets: ['the dockers'] }],
});
// as the pipeline sets an event with no place word of its own: at the dateline, in its country
const dateline = setThere.places[0];
setThere.events[0].place = { start: dateline.start, end: dateline.end, text: dateline.text, place: PLACES.Turkey, inferred: true };

let own: { url: string; close(): Promise<void> } | undefined;
const web = fixtureServerSuite({}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chronicle-map-inferred-'));
  const store = new SqliteStore(join(dir, 'm.db'));
  await store.saveBatch([naming, setThere].map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
  const server = await startServer({ store, port: 0, host: '127.0.0.1', staticDir: web.webDir });
  await server.corpusReady();
  own = { url: server.url, async close() { await server.close(); await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});
test.after(async () => own?.close());

test("a country's panel counts in words that agree, and marks an event placed there by inference from its article", { skip, timeout: 300_000 }, async () => {
  const { page } = web;
  await page.goto(`${own!.url}/#/map?place=${encodeURIComponent(placeKey(PLACES.Turkey))}`);
  // a hang guard, not a speed check
  const line = page.locator('.map-panel .place-counts');
  await line.waitFor({ timeout: 120_000 });
  assert.equal(await line.innerText(), '1 article names Turkey; 1 event happened there. It is placed there by inference from its article, not as stated.');
  const strike = page.locator('.map-panel li', { hasText: 'Strike' });
  assert.match(await strike.innerText(), /place inferred from the article/);
});
