import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvCell, csvRow } from '../../src/export/csv.js';
import { loadClaimGroups, loadEventClusters } from '../../src/corpus/index.js';
import { csvObjects, exportString, fixtureStore, parseCsv } from './helpers.js';
import { runCli } from '../helpers.js';

test('csv cells follow RFC 4180 and defuse spreadsheet formulas', () => {
  assert.equal(csvRow(['a', 'b,c', 'say "hi"', 'two\nlines', 3, null, true]), 'a,"b,c","say ""hi""","two\nlines",3,,true\r\n');
  assert.equal(csvCell('=SUM(A1)'), "'=SUM(A1)");
  assert.equal(csvCell('@cmd'), "'@cmd");
  assert.equal(csvCell(-5), '-5'); // numbers stay numbers
  assert.equal(csvCell('Кириллица – ünïcode'), 'Кириллица – ünïcode');
  assert.deepEqual(parseCsv(csvRow(['x"y', 'p,q', 'r\r\ns'])), [['x"y', 'p,q', 'r\r\ns']]);
});

test('a cell holding a semicolon or tab is quoted, so a spreadsheet splitting on either keeps it one cell', () => {
  // Excel in a locale whose list separator is ";" splits unquoted text on it: "a;=1+2" would make a formula cell
  assert.equal(csvCell('Aylin Demir; Jonas Weber'), '"Aylin Demir; Jonas Weber"');
  assert.equal(csvCell('a;=1+2'), '"a;=1+2"');
  assert.equal(csvCell('left\tright'), '"left\tright"');
  assert.equal(csvCell('plain words'), 'plain words');
});

test('a csv export starts with a UTF-8 byte-order mark, then the header row', async () => {
  const { store } = await fixtureStore();
  for (const type of ['events', 'entities', 'documents'] as const) {
    const text = await exportString(store, { format: 'csv', type });
    assert.ok(text.startsWith('\uFEFF'), type);
    assert.ok(!text.slice(1).includes('\uFEFF'), `one mark only in ${type}`);
  }
  const text = await exportString(store, { format: 'csv', type: 'entities' });
  assert.equal(text.slice(1, text.indexOf('\r\n')), 'id,name,type,aliases,mentions,documents,copies');
  await store.close();
});

test('csv events: one row per merged event listing every source, in conflict-data columns', async () => {
  const { store } = await fixtureStore();
  const rows = csvObjects(await exportString(store, { format: 'csv' }));
  assert.equal(rows.length, 2);
  const detention = rows.find((r) => r.event_type === 'detention')!;
  assert.equal(detention.date, '2016-10-21'); // the most precise date of the two reports
  assert.equal(detention.date_precision, 'day');
  assert.equal(detention.actors, 'Kazan police');
  assert.equal(detention.targets, 'Pavel Orlov');
  assert.deepEqual([detention.place, detention.country, detention.iso, detention.latitude, detention.longitude], ['Kazan', 'Russia', 'RU', '55.7887', '49.1221']);
  assert.equal(detention.detained, '1'); // lowest reported
  assert.equal(detention.source_count, '2');
  assert.equal(detention.sources, 'doc1aaaaaaaaaaaa; doc2bbbbbbbbbbbb');
  assert.match(detention.evidence, /^\[doc1aaaaaaaaaaaa\] Kazan police detained .* \| \[doc2bbbbbbbbbbbb\] Pavel Orlov was detained/);
  const attack = rows.find((r) => r.event_type === 'attack')!;
  assert.deepEqual([attack.killed, attack.injured, attack.date_precision], ['3', '12', 'month']);
  assert.equal(attack.actors, 'Red Hand "Brigade" & Co');

  // The same merging as `chronicle events --merged`, the user's curations included.
  const sameAsCorpus = async () => {
    const exported = csvObjects(await exportString(store, { format: 'csv' })).map((r) => `${r.event_id}=${r.sources}`);
    const clusters = (await loadEventClusters(store)).map((c) => `${c.id}=${[...new Set(c.members.map((m) => m.docId))].sort().join('; ')}`);
    assert.deepEqual(exported.sort(), clusters.sort());
    return exported.length;
  };
  assert.equal(await sameAsCorpus(), 2);
  const only = csvObjects(await exportString(store, { format: 'csv', filters: { eventType: 'attack' } }));
  assert.deepEqual(only.map((r) => r.event_type), ['attack']);
  const viaDoc = csvObjects(await exportString(store, { format: 'csv', filters: { docs: ['orlov'] } }));
  assert.deepEqual(viaDoc.map((r) => [r.event_type, r.source_count]), [['detention', '2']]); // the whole event, not just that report
  await store.addCuration({ kind: 'event', relation: 'split', a: 'doc2bbbbbbbbbbbb#e1', b: '' });
  assert.equal(await sameAsCorpus(), 3);
  await store.close();
});

test('csv entities, figures, quotes and claims', async () => {
  const { store } = await fixtureStore();
  const entities = csvObjects(await exportString(store, { format: 'csv', type: 'entities' }));
  // Tallied while streaming, by the same rules as the store's listEntities().
  assert.deepEqual(entities, (await store.listEntities()).map((e) => ({ ...e, aliases: e.aliases.join('; '), mentions: String(e.mentions), documents: String(e.documents), copies: '' })));
  const orlov = entities.find((e) => e.id === 'ent_orlov')!;
  assert.deepEqual(orlov, { id: 'ent_orlov', name: 'Pavel Orlov', type: 'PER', aliases: 'Pavel Orlov; Orlov', mentions: '3', documents: '2', copies: '' });

  const figures = csvObjects(await exportString(store, { format: 'csv', type: 'figures' }));
  assert.equal(figures.length, 3);
  const about = figures.find((f) => f.value === '1700')!;
  assert.deepEqual([about.doc, about.qualifier, about.what, about.source], ['doc1aaaaaaaaaaaa', 'about', 'Georgian citizens fighting in Syria', 'The ministry']);
  assert.match(about.evidence, /^The ministry said about 1,700 Georgian citizens were fighting in Syria\.$/);
  assert.ok(Number(about.end) > Number(about.start));

  const quotes = csvObjects(await exportString(store, { format: 'csv', type: 'quotes' }));
  assert.deepEqual(quotes.filter((q) => q.kind === 'direct').map((q) => [q.doc, q.speaker, q.quote]), [['doc1aaaaaaaaaaaa', 'Orlov', '"We acted within the law,"']]);

  const claims = csvObjects(await exportString(store, { format: 'csv', type: 'claims' }));
  assert.equal(claims.length, 2);
  assert.ok(claims.every((c) => c.disputed === 'true' && c.group_id === claims[0].group_id));
  assert.deepEqual(claims.map((c) => [c.doc, c.value, c.qualifier]).sort(), [['doc1aaaaaaaaaaaa', '1700', 'about'], ['doc2bbbbbbbbbbbb', '2500', 'up_to']]);
  const [group] = await loadClaimGroups(store);
  assert.equal(claims[0].group_id, group.id);
  assert.equal(claims[0].quantity, group.quantity);

  const docs = csvObjects(await exportString(store, { format: 'csv', type: 'documents' }));
  const three = docs.find((d) => d.id === 'doc3cccccccccccc')!;
  assert.match(three.text, /\n\n=SUM/); // a formula inside a cell is harmless; only a leading one is defused
  assert.equal(three.title, 'Blast in Tbilisi, "three dead"');
  await store.close();
});

test('csv exports are UTF-8 with a byte-order mark, CRLF rows, as export --help says', async () => {
  const { store } = await fixtureStore();
  const text = await exportString(store, { format: 'csv', type: 'entities' });
  assert.ok(text.startsWith('\uFEFFid,name,'), 'a byte-order mark before the header');
  assert.ok(text.endsWith('\r\n') && !/[^\r]\n/.test(text.replace(/"[^"]*"/g, '')), 'every row ends in CRLF');
  const help = runCli(['export', '--help']).stdout;
  assert.match(help, /UTF-8 with a byte-order\s+mark/); // the help is wrapped at 80 columns
});
