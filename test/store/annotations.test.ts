// What analysis threads hand to the store: every row's stored JSON is its annotation's data, and
// the little data kept as objects is all the summaries read (their delta is the same either way).
import test from 'node:test';
import assert from 'node:assert/strict';
import { emptyAnalysis } from '../../src/analysis.js';
import { annotationRows, storableDocument } from '../../src/store/annotations.js';
import { addDocument, emptyDelta } from '../../src/store/summaries.js';
import type { Analysis } from '../../src/types.js';

const text = 'Mayor Lena Hart opened the new bridge in Tallin on Friday. "It was worth the wait," Hart told reporters, adding that 40 workers had built it.';
const at = (s: string, from = 0) => ({ start: text.indexOf(s, from), end: text.indexOf(s, from) + s.length });

function bridgeStory(): Analysis {
  const base = emptyAnalysis({
    id: 'bridge0000000001',
    text,
    title: 'Bridge opens',
    sources: [{ kind: 'file', location: 'bridge.txt', name: 'bridge' }],
    removed: [],
    paragraphs: [{ start: 0, end: text.length }],
    meta: { authors: [], publisher: null, dateline: null, published: { value: '2021-06-04', precision: 'day' } },
  });
  const firstSentence = at('Mayor Lena Hart opened the new bridge in Tallin on Friday.');
  const quoteSentence = { start: firstSentence.end + 1, end: text.length };
  return {
    ...base,
    mentions: [
      { ...at('Lena Hart'), type: 'PER', text: 'Lena Hart', title: 'Mayor', entityId: 'ent_hart', canonical: 'Lena Hart' },
      { ...at('Tallin'), type: 'LOC', text: 'Tallin', entityId: 'ent_tallin', canonical: 'Tallin' },
      { ...at('Hart', 70), type: 'PER', text: 'Hart', entityId: 'ent_hart', canonical: 'Lena Hart' },
    ],
    places: [{ ...at('Tallin'), text: 'Tallin', place: { name: 'Tallin', country: 'Estonia', countryCode: 'EE', lat: 59.4, lon: 24.7, kind: 'city', ref: 'test:tallin' } }],
    times: [{ ...at('Friday'), text: 'Friday', value: { iso: '2021-06-04', precision: 'day' } }],
    figures: [{ ...at('40 workers'), text: '40 workers', value: 40, unit: 'workers', qualifier: 'exact', what: 'workers', sentence: quoteSentence }],
    quotes: [
      {
        ...at('"It was worth the wait,"'),
        text: '"It was worth the wait,"',
        kind: 'direct',
        speaker: 'Lena Hart',
        speakerSpan: at('Hart', 70),
        speakerText: 'Hart',
        cue: { ...at('told'), text: 'told' },
        sentence: quoteSentence,
      },
    ],
  };
}

test('each stored row keeps its annotation: same kind, span, text, and its data as JSON', () => {
  const analysis = bridgeStory();
  const rows = annotationRows(analysis);
  const stored = storableDocument(analysis);
  assert.equal(stored.doc, analysis.doc);
  assert.equal(stored.rows.length, rows.length);
  stored.rows.forEach((row, i) => {
    const { data, ...fields } = rows[i];
    assert.deepEqual({ kind: row.kind, label: row.label, start: row.start, end: row.end, text: row.text, entityId: row.entityId }, { entityId: undefined, ...fields });
    assert.equal(row.dataJson, JSON.stringify(data));
  });
  assert.deepEqual(JSON.parse(stored.rows.find((r) => r.kind === 'figure')!.dataJson).sentenceText, text.slice(text.indexOf('"It was'), text.length));
});

test('the summaries computed from stored rows equal those from the full annotations', () => {
  const analysis = bridgeStory();
  const full = emptyDelta();
  addDocument(full, analysis.doc.id, annotationRows(analysis).map((r) => ({ ...r, data: r.data as Record<string, unknown> })), 1);
  const fromRows = emptyDelta();
  addDocument(fromRows, analysis.doc.id, storableDocument(analysis).rows, 1);
  assert.deepEqual(fromRows, full);
  assert.equal(full.quoteSpeakers[0].entity, 'ent_hart', 'the quote is tied to its speaker');
  assert.equal(full.places.size, 1);
});

test('a quote keeps only its speaker as an object: the rest travels as JSON', () => {
  const quote = storableDocument(bridgeStory()).rows.find((r) => r.kind === 'quote')!;
  assert.deepEqual(Object.keys(quote.data).sort(), ['speaker', 'speakerSpan']);
  assert.equal(JSON.parse(quote.dataJson).cue.text, 'told');
});
