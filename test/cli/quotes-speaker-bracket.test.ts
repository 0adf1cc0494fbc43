// A quote's source as written can stop inside a bracket: the span of "the Velmora Harbour Board
// (VHB) said" ends before ")". `chronicle quotes` shows it without the stray bracket, in its table
// and as --json's speakerText, as the exports and the web pages give it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { runCli, tempDir } from '../helpers.js';

test("a speaker's words cut inside a bracket are listed without it", async () => {
  const article = fixtureAnalysis({
    title: 'Harbour dredging to resume',
    source: 'harbour-dredging',
    published: '2031-04-02',
    paragraphs: ['Harbour dredging to resume', 'Dredging of the outer channel will resume in May, the harbour works committee (HWC) said.'],
    mentions: [], places: [], times: [], events: [], figures: [], quotes: [],
  });
  const text = article.doc.text;
  const content = 'Dredging of the outer channel will resume in May';
  const written = 'the harbour works committee (HWC';
  const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
  article.quotes.push({ ...span(content), text: content, kind: 'indirect', speaker: 'harbour works committee', speakerText: written, sourceSpan: span(written), sentence: span(text.split('\n\n')[1]) });
  const db = join(tempDir(), 'q.db');
  const store = new SqliteStore(db);
  await store.saveBatch([{ analysis: article, contentHash: article.doc.id }]);
  await store.close();

  const table = runCli(['quotes', '--db', db]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /“the harbour works committee” \(not identified\)/);
  assert.doesNotMatch(table.stdout, /\(HWC/);
  const [quote] = JSON.parse(runCli(['quotes', '--db', db, '--json']).stdout) as Array<{ speakerText: string; sourceSpan: unknown }>;
  assert.equal(quote.speakerText, 'the harbour works committee');
  assert.deepEqual(quote.sourceSpan, span(written), 'the span as stored');
});
