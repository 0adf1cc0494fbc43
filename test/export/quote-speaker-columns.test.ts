// The quotes export's speaker column holds the resolved name or, for a speaker nobody could name, a
// bare description ("officers"), with nothing to tell the two apart. speaker_text (the source as
// written) and speaker_entity (the entity, when resolved) come last in the CSV, so no earlier
// column moves, and JSON Lines carries the same as speakerText and speakerEntityId.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { StoredAnnotation } from '../../src/store/interface.js';
import { quoteSpeaker } from '../../src/export/quote-speaker.js';
import { TABLES } from '../../src/export/tables/index.js';
import type { Quote } from '../../src/types.js';
import { csvObjects, exportString, fixtureStore, jsonLines } from './helpers.js';

test('the quotes CSV keeps its columns in place and adds who spoke as written and their entity', async () => {
  assert.deepEqual(TABLES.quotes.columns.slice(0, 7), ['doc', 'kind', 'speaker', 'quote', 'start', 'end', 'evidence']);
  const { store } = await fixtureStore();
  const rows = csvObjects(await exportString(store, { format: 'csv', type: 'quotes' }));
  const row = (speaker: string) => rows.find((r) => r.speaker === speaker)!;
  assert.deepEqual([row('Interior Ministry').speaker_text, row('Interior Ministry').speaker_entity], ['the Interior Ministry', 'ent_ministry']);
  // a description holding a body's name is not that body
  assert.deepEqual([row('officers').speaker_text, row('officers').speaker_entity], ['officers of the Interior Ministry', '']);
  // a quote stored without speakerText: the words at its speaker's mention, and that mention's entity
  assert.deepEqual([row('Orlov').speaker_text, row('Orlov').speaker_entity], ['Orlov', 'ent_orlov']);

  const records = jsonLines(await exportString(store, { format: 'jsonl', type: 'quotes' }));
  const officers = records.find((r) => r.speaker === 'officers')!;
  assert.deepEqual([officers.speakerText, officers.speakerEntityId], ['officers of the Interior Ministry', null]);
  const orlov = records.find((r) => r.speaker === 'Orlov')!;
  assert.deepEqual([orlov.speakerText, orlov.speakerEntityId], ['Orlov', 'ent_orlov']);
  await store.close();
});

test("a quote's speaker entity is the one its mention has now, not the one stored at analysis", () => {
  const text = 'Brannock told the council the bridge would reopen in May.';
  const mention: StoredAnnotation = { kind: 'mention', label: 'PER', start: 0, end: 8, text: 'Brannock', data: { entityId: 'ent_brannock_rhea', canonical: 'Rhea Brannock' } };
  const quote: Quote = { start: 27, end: 57, text: text.slice(27, 57), kind: 'indirect', speaker: 'Rhea Brannock', speakerSpan: { start: 0, end: 8 }, speakerEntityId: 'ent_brannock_old', sentence: { start: 0, end: text.length } };
  assert.deepEqual(quoteSpeaker(text, [mention], quote), { text: 'Brannock', entity: 'ent_brannock_rhea' });
  // no mention there (a pronoun's antecedent dropped): the stored entity, and the words as written
  assert.deepEqual(quoteSpeaker(text, [], { ...quote, speakerText: 'she' }), { text: 'she', entity: 'ent_brannock_old' });
  assert.deepEqual(quoteSpeaker(text, [], { ...quote, speaker: null, speakerSpan: undefined, speakerEntityId: undefined }), { text: null, entity: null });
});
