// Both engines read their rows through stored-rows.ts: the JSON columns parsed, doc_id renamed,
// and the fields in the order the API and exports have always written them.
import test from 'node:test';
import assert from 'node:assert/strict';
import { storedDocument, withData, withDocIdAndData } from '../../src/store/stored-rows.js';

test('a document row becomes a StoredDocument with its JSON columns read', () => {
  const row = {
    id: 'd1',
    title: 'Ferry timetable changes',
    text: 'The ferry to Port Ellery now leaves at noon.',
    meta_json: JSON.stringify({ language: 'en' }),
    removed_json: '[]',
    paragraphs_json: JSON.stringify([{ start: 0, end: 44 }]),
  };
  const doc = storedDocument(row, [{ location: 'a.txt', kind: 'file', name: 'a.txt' }], [{ id: 'd2', distance: 3 }], []);
  assert.deepEqual(Object.keys(doc), ['id', 'sources', 'title', 'text', 'meta', 'removed', 'paragraphs', 'nearDuplicates', 'annotations']);
  assert.deepEqual(doc.meta, { language: 'en' });
  assert.deepEqual(doc.paragraphs, [{ start: 0, end: 44 }]);
  assert.deepEqual(doc.nearDuplicates, [{ id: 'd2', distance: 3 }]);
});

test("an annotation row's data is read, and its doc_id becomes docId before the data", () => {
  const row = { doc_id: 'd1', kind: 'quote' as const, label: 'direct', start: 4, end: 9, text: 'ferry', data_json: '{"speaker":"Ann Lee"}' };
  const withDoc = withDocIdAndData(row);
  assert.deepEqual(Object.keys(withDoc), ['kind', 'label', 'start', 'end', 'text', 'docId', 'data']);
  assert.deepEqual(withDoc.data, { speaker: 'Ann Lee' });
  const { doc_id: _doc, ...own } = row;
  assert.deepEqual(withData(own), { kind: 'quote', label: 'direct', start: 4, end: 9, text: 'ferry', data: { speaker: 'Ann Lee' } });
});
