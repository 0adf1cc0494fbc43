import test from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers.js';
import { emptyAnalysis } from '../../src/analysis.js';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import { handDoc } from '../fixtures/hand-doc.js';
import { quoteItems } from '../../src/server/knowledge.js';

test('chronicle quotes --speaker finds a person by any of their names, with entity, cue and document', () => {
  const dir = tempDir();
  const db = join(dir, 'q.db');
  const file = join(dir, 'harbour.txt');
  writeFileSync(file,
    'Harbour plan approved\n\n' +
    'The harbour master, Ingrid Solberg, said on Monday that the new pier would open in June.\n\n' +
    '"We have waited ten years for this and the boats are ready," Ms Solberg told reporters.\n');
  const ingest = runCli(['ingest', '--db', db, file]);
  assert.equal(ingest.status, 0, ingest.stderr);
  for (const name of ['Ingrid Solberg', 'Ms Solberg', 'Solberg']) {
    const r = runCli(['quotes', '--db', db, '--speaker', name, '--json']);
    assert.equal(r.status, 0, r.stderr);
    const quotes = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    const direct = quotes.find((q) => q.kind === 'direct');
    assert.ok(direct, `${name}: ${r.stdout}`);
    assert.equal(direct.speaker, 'Ingrid Solberg');
    assert.equal(direct.speakerText, 'Ms Solberg');
    assert.ok(typeof direct.speakerEntityId === 'string');
    assert.equal((direct.cue as { text: string }).text, 'told');
    assert.equal(direct.title, 'Harbour plan approved');
    assert.match(String(direct.file), /harbour\.txt$/);
  }
  const none = runCli(['quotes', '--db', db, '--speaker', 'Olaf Berg', '--json']);
  assert.deepEqual(JSON.parse(none.stdout), []);
});

test('chronicle quotes --json gives the entity the speaker mention has now, not the one stored at analysis', async () => {
  const dir = tempDir();
  const db = join(dir, 'q.db');
  const text = 'Tarnwell said the ferry would sail on Friday.';
  const doc = handDoc('ferry1', text, { title: 'Ferry', location: 'ferry.txt' });
  const store = new SqliteStore(db);
  // as after a re-resolution moved the mention to another entity: the quote still holds the old id
  await store.saveBatch([{ contentHash: 'f1', analysis: {
    ...emptyAnalysis(doc),
    mentions: [{ start: 0, end: 8, text: 'Tarnwell', type: 'ORG', entityId: 'ORG:tarnwell', canonical: 'Tarnwell' }],
    quotes: [{ start: 14, end: text.length, text: text.slice(14), kind: 'indirect', speaker: 'Tarnwell', speakerSpan: { start: 0, end: 8 }, speakerEntityId: 'PER:tarnwell', sentence: { start: 0, end: text.length } }],
  } }]);
  await store.close();
  const r = runCli(['quotes', '--db', db, '--json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as Array<Record<string, unknown>>)[0].speakerEntityId, 'ORG:tarnwell');
});

test('a quote with no speaker is listed plainly as unattributed, in the table, the JSON and the API items', async () => {
  const dir = tempDir();
  const db = join(dir, 'q.db');
  const text = 'The ferry was late again.\n\n"We waited four hours on the quay," they said.';
  const open = text.indexOf('"') + 1;
  const close = text.indexOf('"', open);
  const cueAt = text.lastIndexOf('said');
  const doc = handDoc('quay1', text, { title: 'Late ferry', location: 'quay.txt' });
  const store = new SqliteStore(db);
  await store.saveBatch([{ contentHash: 'q1', analysis: {
    ...emptyAnalysis(doc),
    quotes: [{ start: open, end: close, text: text.slice(open, close), kind: 'direct', speaker: null, cue: { start: cueAt, end: cueAt + 4, text: 'said' }, sentence: { start: open - 1, end: text.length } }],
  } }]);
  const page = await store.queryQuotes({});
  const items = await quoteItems(store, page.items);
  await store.close();
  assert.equal(items.length, 1);
  assert.equal(items[0].speaker, null);
  // the comma before the cue is the reporting sentence's, not the quote's: its end moves with it
  assert.equal(items[0].text, 'We waited four hours on the quay');
  assert.equal(text.slice(items[0].start, items[0].end), items[0].text);
  const table = runCli(['quotes', '--db', db]);
  assert.equal(table.status, 0, table.stderr);
  assert.match(table.stdout, /unattributed/);
  assert.match(table.stdout, /We waited four hours/);
  const json = runCli(['quotes', '--db', db, '--json']);
  assert.equal(json.status, 0, json.stderr);
  const [q] = JSON.parse(json.stdout) as Array<Record<string, unknown>>;
  assert.equal(q.speaker, null);
  assert.equal(q.text, 'We waited four hours on the quay');
  assert.equal(q.end, close - 1);
  assert.equal((q.cue as { text: string }).text, 'said');
});
