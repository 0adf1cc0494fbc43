// A bare surname typed as the organisation (or thing) its person's full name was typed is that
// name's entity; not a word that opens another name, a place, nor a name whose first word is no
// given name. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { createAliasTable } from '../../../src/pipeline/entities/aliases.js';
import { mistypedSurnames } from '../../../src/pipeline/entities/mistyped-surnames.js';
import { mentionsIn } from './mention-fixtures.js';

const aliases = createAliasTable([]);

test('a surname typed ORG after a full name typed ORG is that name', () => {
  const text = 'The coach praised Derek Vance after the win. Vance caught two passes in the third quarter.';
  const ms = mentionsIn(text, [['Derek Vance', 'ORG'], ['Vance', 'ORG', 40]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[1].canonical, 'Derek Vance');
});

test('a first name the article writes alone with the same type counts as given', () => {
  const text = 'Scouts liked Tavon Quillan in camp. Tavon ran hard, and Quillan scored late.';
  const ms = mentionsIn(text, [['Tavon Quillan', 'MISC'], ['Tavon', 'MISC', 30], ['Quillan', 'MISC', 50]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[2].entityId, r[0].entityId);
});

test('a word that opens another name of the article stays apart', () => {
  const text = 'Derek Vance founded Vance Holdings in 1990. Vance said profits rose.';
  const ms = mentionsIn(text, [['Derek Vance', 'ORG'], ['Vance Holdings', 'ORG'], ['Vance', 'ORG', 44]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.notEqual(r[2].entityId, r[0].entityId);
});

test('no join where the first word is no given name, or the surname comes first', () => {
  const none = mistypedSurnames(
    [
      { type: 'ORG', tokens: ['brindle', 'kettles'], title: null, settled: false, start: 0, text: 'Brindle Kettles' },
      { type: 'ORG', tokens: ['kettles'], title: null, settled: false, start: 40, text: 'Kettles' },
    ],
    () => false,
    () => false,
  );
  assert.equal(none.size, 0);
  const earlier = mistypedSurnames(
    [
      { type: 'ORG', tokens: ['vance'], title: null, settled: false, start: 0, text: 'Vance' },
      { type: 'ORG', tokens: ['derek', 'vance'], title: null, settled: false, start: 40, text: 'Derek Vance' },
    ],
    (w) => w === 'derek',
    () => false,
  );
  assert.equal(earlier.size, 0);
});

test('two bearers of the surname, or a place word, join nothing', () => {
  const names = [
    { type: 'ORG' as const, tokens: ['derek', 'vance'], title: null, settled: false, start: 0, text: 'Derek Vance' },
    { type: 'ORG' as const, tokens: ['mary', 'vance'], title: null, settled: false, start: 20, text: 'Mary Vance' },
    { type: 'ORG' as const, tokens: ['vance'], title: null, settled: false, start: 40, text: 'Vance' },
  ];
  assert.equal(mistypedSurnames(names, () => true, () => false).size, 0);
  assert.equal(mistypedSurnames([names[0], names[2]], () => true, (t) => t === 'Vance').size, 0);
  assert.equal(mistypedSurnames([names[0], names[2]], () => true, () => false).get(1), 0);
});

test('a surname that is also a town\'s name joins; a country\'s does not', () => {
  const text = 'Fans cheered Derek Stanley at the parade. Stanley waved back. Lionel Jordan spoke next, and Jordan thanked them.';
  const ms = mentionsIn(text, [['Derek Stanley', 'ORG'], ['Stanley', 'ORG', 40], ['Lionel Jordan', 'ORG'], ['Jordan', 'ORG', 90]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.notEqual(r[3].entityId, r[2].entityId);
});
