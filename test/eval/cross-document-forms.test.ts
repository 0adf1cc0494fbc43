// Which mentions a gold-listed form names in its document for the same-entity score: the form as
// written, else the mentions that differ from it only by a title opening the span, either way.
// Invented names.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mentionEntityIndex } from '../../src/eval/lib/cross-document.js';

const index = mentionEntityIndex([
  { docId: 'd1', text: 'Ms. Orlen', entityId: 'e_orlen' },
  { docId: 'd1', text: 'Tamsin Orlen', entityId: 'e_orlen' },
  { docId: 'd1', text: 'Dunmore', entityId: 'e_dunmore' },
  { docId: 'd1', text: 'Mr . Dunmore', entityId: 'e_dunmore_titled' },
  { docId: 'd2', text: 'Orlen', entityId: 'e_other' },
]);

test('a form written as a mention is that mention, even where the bare name is another', () => {
  assert.deepEqual([...index('d1', 'Tamsin Orlen')], ['e_orlen']);
  assert.deepEqual([...index('d1', 'Mr . Dunmore')], ['e_dunmore_titled']);
  assert.deepEqual([...index('d1', 'Dunmore')], ['e_dunmore']);
});

test('a bare surname the text writes only after a title is the titled mention, and a titled form the bare name', () => {
  assert.deepEqual([...index('d1', 'Orlen')], ['e_orlen']);
  assert.deepEqual([...index('d1', 'Mrs Orlen')], ['e_orlen']);
});

test('only mentions of the same document count, and a form no mention holds names nothing', () => {
  assert.deepEqual([...index('d2', 'Ms. Orlen')], ['e_other']);
  assert.equal(index('d2', 'Tamsin Orlen').size, 0);
  assert.equal(index('d1', 'Orlen Hall').size, 0);
});

test('a bare surname two titled people of the document share names neither', () => {
  const shared = mentionEntityIndex([
    { docId: 'd3', text: 'Mr Orlen', entityId: 'e_father' },
    { docId: 'd3', text: 'Miss Orlen', entityId: 'e_daughter' },
  ]);
  assert.equal(shared('d3', 'Orlen').size, 0);
  assert.deepEqual([...shared('d3', 'Mr Orlen')], ['e_father']);
});
