// A quote's speaker entity (the quotes listing, /api/quotes, an entity's page) was the entity of any
// mention overlapping the speaker's words, the one overlapping most: "the warden of Tessel Reach
// said…" became a quote of the place Tessel Reach. Only the mention standing exactly on the speaker's
// words names the speaker; else the entity the pipeline linked (a pronoun's antecedent); else none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDocument, emptyDelta, type SummaryRow } from '../../src/store/summaries.js';
import { speakerEntity } from '../../src/speaker-entity.js';

function mention(text: string, start: number, label: string, entityId: string): SummaryRow {
  return { kind: 'mention', label, start, end: start + text.length, text, data: { entityId, canonical: text } };
}

function quote(start: number, speaker: string, speakerSpan: { start: number; end: number }, extra: Record<string, unknown> = {}): SummaryRow {
  return { kind: 'quote', label: 'indirect', start, end: start + 20, text: 'the ferry would sail', data: { kind: 'indirect', speaker, speakerSpan, ...extra } };
}

function speakerKeys(rows: SummaryRow[]): Array<string | null> {
  const delta = emptyDelta();
  addDocument(delta, 'doc1', rows, 1);
  return delta.quoteSpeakers.map((q) => q.entity);
}

test('a name inside the speaker\'s words is not the speaker', () => {
  // "The warden of Tessel Reach said the ferry would sail." (warden: 0-26, Tessel Reach: 14-26)
  const keys = speakerKeys([
    mention('Tessel Reach', 14, 'LOC', 'ent_tessel'),
    quote(32, 'warden of Tessel Reach', { start: 0, end: 26 }, { speaksFor: { name: 'Tessel Reach', entityId: 'ent_tessel' } }),
  ]);
  assert.notEqual(keys[0], 'ent_tessel');
  assert.equal(keys[0], 'PER:warden of tessel reach', 'the unresolved name, which no entity has');
});

test('nor is a wider name around them: the speaker keeps the entity the pipeline linked', () => {
  // "Quill Harbour Board" tagged as one name, and the speaker "Quill" linked to Ada Quill named before
  const keys = speakerKeys([
    mention('Ada Quill', 0, 'PER', 'ent_quill'),
    mention('Quill Harbour Board', 40, 'ORG', 'ent_board'),
    quote(70, 'Ada Quill', { start: 40, end: 45 }, { speakerEntityId: 'ent_quill', speakerText: 'Quill' }),
  ]);
  assert.deepEqual(keys, ['ent_quill']);
});

test('a speaker with no mention of their own (a pronoun) keeps the entity the pipeline linked', () => {
  const keys = speakerKeys([
    mention('Ada Quill', 0, 'PER', 'ent_quill'),
    quote(40, 'Ada Quill', { start: 30, end: 33 }, { speakerEntityId: 'ent_quill', speakerText: 'she' }),
  ]);
  assert.deepEqual(keys, ['ent_quill']);
});

test('of two mentions on the speaker\'s words the person\'s is taken, as it is now', () => {
  const on = [{ start: 4, end: 12, type: 'ORG', key: 'ent_org' }, { start: 4, end: 12, type: 'PER', key: 'ent_per' }];
  assert.equal(speakerEntity(on, { speakerSpan: { start: 4, end: 12 }, speakerEntityId: 'ent_stale' }), 'ent_per');
  assert.equal(speakerEntity(on, { speakerSpan: { start: 4, end: 9 } }), undefined);
  assert.equal(speakerEntity([], {}), undefined);
});
