// `chronicle events` gave no word of who an article says reports an event; the event page says
// "according to …". The table's "according to" column names them as the page does (a body by name,
// a description as written and marked), and --json adds the source resolved, its entity and span.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { fixtureAnalysis } from '../fixtures/ui/corpus.js';
import { runCli, tempDir } from '../helpers.js';

const at = (text: string, needle: string) => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length };
};

test('the events table says whom each event is according to', async () => {
  const article = fixtureAnalysis({
    title: 'Quarry blast in Tessaly',
    source: 'quarry-blast',
    published: '2030-08-04',
    paragraphs: [
      'Quarry blast in Tessaly',
      'A blast injured 6 workers at a quarry near Tessaly, the Tessaly Mines Office said. Two unions called a strike, local officials said.',
    ],
    mentions: [['Tessaly Mines Office', 'ORG']],
    places: [], times: [], quotes: [], figures: [],
    events: [{ type: 'attack', trigger: 'injured' }, { type: 'strike', trigger: 'strike' }],
  });
  const text = article.doc.text;
  Object.assign(article.mentions[0], { entityId: 'ent_tmo', canonical: 'Tessaly Mines Office' });
  article.events[0].attribution = { source: 'Tessaly Mines Office', evidence: at(text, 'said') };
  article.events[1].attribution = { source: 'local officials', evidence: at(text, 'officials said') };
  const db = join(tempDir(), 'e.db');
  const store = new SqliteStore(db);
  await store.saveBatch([{ analysis: article, contentHash: article.doc.id }]);
  await store.close();

  const r = runCli(['events', '--db', db]);
  assert.equal(r.status, 0, r.stderr);
  const [header, , ...rows] = r.stdout.trimEnd().split('\n');
  const column = header.indexOf('according to');
  assert.ok(column > header.indexOf('counts') && column < header.indexOf('sentence'), header);
  const cell = (row: string) => row.slice(column).trim();
  assert.match(cell(rows.find((l) => l.includes('attack'))!), /^Tessaly Mines Office\s/);
  assert.match(cell(rows.find((l) => l.includes('strike'))!), /^“local officials” \(not identified\)\s/);

  const json = JSON.parse(runCli(['events', '--db', db, '--json']).stdout) as Array<Record<string, unknown>>;
  const attack = json.find((e) => e.type === 'attack')!;
  assert.deepEqual([attack.source, attack.sourceEntityId, attack.sourceSpan], ['Tessaly Mines Office', 'ent_tmo', at(text, 'Tessaly Mines Office')]);
  assert.deepEqual(attack.attribution, { source: 'Tessaly Mines Office', evidence: at(text, 'said') }, 'the attribution as stored stays');
});
