// The figures, events and claims exports carried a source only as the string stored at analysis
// ("Velmora Harbour Board"), while the quotes export and the web pages resolve it: the words as
// written, the person's or body's entity, where the words stand. Figures and claims now end with
// source_text, source_entity, source_start and source_end (source is the name the listings show),
// events with attributed_to, attributed_entities and attribution_spans; JSON Lines carries the same, and
// a FollowTheMoney Event says whom it is according to in its summary.
// A source whose span stops inside a bracket ("the Velmora Harbour Board (VHB") is given without it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { SqliteStore } from '../../src/store/sqlite/index.js';
import type { Store } from '../../src/store/interface.js';
import type { Analysis, Span } from '../../src/types.js';
import { TABLES } from '../../src/export/tables/index.js';
import { fixtureAnalysis, writeFixtureCorpus } from '../fixtures/ui/corpus.js';
import { tempDir } from '../helpers.js';
import { csvObjects, exportString, jsonLines } from './helpers.js';

const at = (text: string, needle: string): Span => {
  const start = text.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length };
};

/** An article whose figure, event and quote share one attribution ("… the Velmora Harbour Board (VHB) said"),
 *  and a figure a description says ("the port's insurers counted"), with no quote. */
function portFire(): Analysis {
  const a = fixtureAnalysis({
    title: 'Fire guts Velmora port',
    source: 'velmora-fire',
    published: '2031-05-12',
    paragraphs: [
      'Fire guts Velmora port',
      "A fire destroyed 40 warehouses at the port of Velmora on Sunday, the Velmora Harbour Board (VHB) said. A survey by the port's insurers counted 12 damaged cranes.",
    ],
    mentions: [['Velmora Harbour Board', 'ORG'], ['VHB', 'ORG']],
    places: [], times: [], quotes: [],
    events: [{ type: 'other', trigger: 'destroyed', targets: ['40 warehouses'] }],
    figures: [
      { text: '40 warehouses', value: 40, qualifier: 'exact', what: 'warehouses destroyed', source: 'Velmora Harbour Board' },
      { text: '12 damaged cranes', value: 12, qualifier: 'exact', what: 'damaged cranes', source: "the port's insurers" },
    ],
  });
  const text = a.doc.text;
  for (const m of a.mentions) Object.assign(m, { entityId: 'ent_vhb', canonical: 'Velmora Harbour Board' });
  const said = at(text, 'said');
  const written = 'the Velmora Harbour Board (VHB';
  a.figures[0].attribution = { source: 'Velmora Harbour Board', evidence: said };
  a.figures[1].attribution = { source: "the port's insurers", evidence: at(text, 'counted') };
  a.events[0].attribution = { source: 'Velmora Harbour Board', evidence: said };
  const content = 'A fire destroyed 40 warehouses at the port of Velmora on Sunday';
  a.quotes.push({
    ...at(text, content), text: content, kind: 'indirect', speaker: 'Velmora Harbour Board', speakerSpan: at(text, 'VHB'),
    speakerText: written, sourceSpan: at(text, written), speakerEntityId: 'ent_vhb', cue: { ...said, text: 'said' }, sentence: a.figures[0].sentence,
  });
  return a;
}

async function storeOf(analyses: Analysis[]): Promise<Store> {
  const store = new SqliteStore(join(tempDir(), 'kb.db'));
  await store.saveBatch(analyses.map((analysis) => ({ analysis, contentHash: analysis.doc.id })));
  return store;
}

test('the figures CSV gives each source as the listings resolve it, its entity and where its words stand', async () => {
  assert.deepEqual(TABLES.figures.columns.slice(0, 13), ['doc', 'value', 'qualifier', 'what', 'source', 'evidence', 'start', 'end', 'text', 'vague_words', 'unit', 'change', 'qualifier_words']);
  const article = portFire();
  const text = article.doc.text;
  const store = await storeOf([article]);
  const rows = csvObjects(await exportString(store, { format: 'csv', type: 'figures' }));
  const board = rows.find((r) => r.value === '40')!;
  // the quote of the same "said" names it; its words lose the bracket they leave open
  assert.deepEqual([board.source, board.source_text, board.source_entity], ['Velmora Harbour Board', 'the Velmora Harbour Board', 'ent_vhb']);
  assert.equal(text.slice(Number(board.source_start), Number(board.source_end)), 'the Velmora Harbour Board');
  // a description with no quote: as written, no entity, found in its sentence
  const insurers = rows.find((r) => r.value === '12')!;
  assert.deepEqual([insurers.source, insurers.source_text, insurers.source_entity], ["the port's insurers", "the port's insurers", '']);
  assert.equal(text.slice(Number(insurers.source_start), Number(insurers.source_end)), "the port's insurers");

  const records = jsonLines(await exportString(store, { format: 'jsonl', type: 'figures' }));
  const record = records.find((r) => r.value === 40)!;
  assert.deepEqual([record.source, record.sourceText, record.sourceEntityId], ['Velmora Harbour Board', 'the Velmora Harbour Board', 'ent_vhb']);
  assert.deepEqual(record.sourceSpan, { start: Number(board.source_start), end: Number(board.source_end) });
  assert.deepEqual(record.attribution, { source: 'Velmora Harbour Board', evidence: at(text, 'said') }, 'the attribution as stored stays');
  await store.close();
});

test('the events CSV says whom each report is according to, with its entity and span', async () => {
  const article = portFire();
  const store = await storeOf([article]);
  const [event] = csvObjects(await exportString(store, { format: 'csv', type: 'events' }));
  const span = at(article.doc.text, 'the Velmora Harbour Board');
  assert.equal(event.attributed_to, `[${article.doc.id}] Velmora Harbour Board`);
  assert.equal(event.attributed_entities, 'ent_vhb');
  assert.equal(event.attribution_spans, `${article.doc.id}:${span.start}-${span.end}`);
  const [record] = jsonLines(await exportString(store, { format: 'jsonl', type: 'events' }));
  const [report] = record.reports as Array<Record<string, unknown>>;
  assert.deepEqual(report.resolvedSource, { name: 'Velmora Harbour Board', text: 'the Velmora Harbour Board', entityId: 'ent_vhb', span });
  // FollowTheMoney has no property for it: the Event's summary says so
  const ftmEvent = jsonLines(await exportString(store, { format: 'ftm' })).find((r) => r.schema === 'Event') as { properties: { summary: string[] } };
  assert.ok(ftmEvent.properties.summary.includes('According to: Velmora Harbour Board'), JSON.stringify(ftmEvent.properties.summary));
  await store.close();
});

test('the events CSV and FollowTheMoney quote a description they are according to and say it is not identified', async () => {
  // the bare description ("port's insurers") read as a name in attributed_to and in the Event's summary,
  // where the event page and `chronicle events` show it quoted and marked
  const article = portFire();
  article.events[0].attribution = { source: "the port's insurers", evidence: at(article.doc.text, 'counted') };
  const store = await storeOf([article]);
  const [event] = csvObjects(await exportString(store, { format: 'csv', type: 'events' }));
  assert.equal(event.attributed_to, `[${article.doc.id}] “the port's insurers” (not identified)`);
  assert.equal(event.attributed_entities, '');
  const ftmEvent = jsonLines(await exportString(store, { format: 'ftm' })).find((r) => r.schema === 'Event') as { properties: { summary: string[] } };
  assert.ok(ftmEvent.properties.summary.includes("According to: “the port's insurers” (not identified)"), JSON.stringify(ftmEvent.properties.summary));
  await store.close();
});

test('the quotes export gives a speaker cut inside a bracket without the bracket', async () => {
  const store = await storeOf([portFire()]);
  const [quote] = csvObjects(await exportString(store, { format: 'csv', type: 'quotes' }));
  assert.deepEqual([quote.speaker, quote.speaker_text, quote.speaker_entity], ['Velmora Harbour Board', 'the Velmora Harbour Board', 'ent_vhb']);
  await store.close();
});

test('the claims CSV resolves its sources as the figures CSV does', async () => {
  assert.deepEqual(TABLES.claims.columns.slice(-4), ['source_text', 'source_entity', 'source_start', 'source_end']);
  const store = new SqliteStore(join(tempDir(), 'kb.db'));
  const ids = await writeFixtureCorpus(store);
  const texts = new Map<string, string>();
  for (const id of ids) texts.set(id, (await store.getDocument(id))!.text);
  const rows = csvObjects(await exportString(store, { format: 'csv', type: 'claims' }));
  const hrw = rows.find((r) => r.source === 'Human Rights Watch')!;
  assert.ok(hrw.source_entity, 'a body the article names has its entity');
  assert.equal(texts.get(hrw.doc)!.slice(Number(hrw.source_start), Number(hrw.source_end)), 'Human Rights Watch');
  const official = rows.find((r) => r.source === 'A court official')!;
  assert.deepEqual([official.source_text, official.source_entity], ['A court official', '']);
  await store.close();
});
