// A king, a princess or a pope is named by given (regnal) name after the title: "King X" is no
// surname of another person's full name. Invented sentences and names.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { parseHonorifics, splitGivenNameTitle } from '../../../src/pipeline/entities/honorifics.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionsApart } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const shown = (a: ReturnType<typeof analyseText>) => a.mentions.map((m) => `${m.type}:${m.text}>${m.canonical}`).join(', ');

test('the honorifics file lists titles that name by given name apart from the others', () => {
  const h = parseHonorifics('Mr\n=King\n!Chancellor\n');
  assert.deepEqual([...h.givenName], ['King']);
  assert.ok(!h.titles.has('King'));
  assert.deepEqual(splitGivenNameTitle('King Halvani', h), { title: 'King', name: 'Halvani' });
  assert.deepEqual(splitGivenNameTitle('Mr Halvani', h), { title: null, name: 'Mr Halvani' });
});

test('a king is not the dictator who shares his name in the same article', () => {
  const a = analyseText('Border talks\n\nPresident Omar Rashidov of Karvania met envoys on Monday. In the capital, King Rashidov said his country would stay neutral. Omar Rashidov rejected the offer, and King Rashidov left for the coast.');
  const king = a.mentions.filter((m) => m.text === 'King Rashidov');
  const dictator = a.mentions.filter((m) => m.text === 'Omar Rashidov');
  assert.equal(king.length, 2, shown(a));
  assert.equal(dictator.length, 2, shown(a));
  assert.ok(king.every((m) => m.type === 'PER' && m.canonical === 'King Rashidov' && m.entityId === king[0].entityId), shown(a));
  assert.ok(king.every((m) => m.entityId !== dictator[0].entityId), shown(a));
});

test('a princess whose full name is given links to it, and so does a later titled surname', () => {
  const a = analyseText('Hospital opened\n\nPrincess Ilona Varga opened the new wing on Friday. Princess Ilona thanked the nurses, and Ms Varga left before noon.');
  // the style stays outside the full name's span (names18), as CoNLL and the gold files write it
  const full = a.mentions.find((m) => m.text === 'Ilona Varga');
  const short = a.mentions.find((m) => m.text === 'Princess Ilona');
  assert.ok(full && short, shown(a));
  assert.equal(short.entityId, full.entityId, shown(a));
  assert.equal(short.canonical, 'Ilona Varga');
});

test('a titled given name links only to a full name written with the same title', () => {
  const r = resolveDocumentEntities(mentionsApart(['Ilona Varga', 'PER'], ['Queen Ilona', 'PER'], ['Princess Ilona Brandt', 'PER'], ['Princess Ilona', 'PER']), aliases);
  assert.equal(r[1].canonical, 'Queen Ilona');
  assert.notEqual(r[1].entityId, r[0].entityId);
  assert.equal(r[3].canonical, 'Princess Ilona Brandt');
  assert.equal(r[3].entityId, r[2].entityId);
});

test('a bare name after "Prince X" is that prince, the same in every article', () => {
  const r = resolveDocumentEntities(mentionsApart(['Prince Anselm', 'PER'], ['Anselm', 'PER']), aliases, { docId: 'd1' });
  const other = resolveDocumentEntities(mentionsApart(['Prince Anselm', 'PER']), aliases, { docId: 'd2' });
  assert.equal(r[1].canonical, 'Prince Anselm');
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(other[0].entityId, r[0].entityId);
});

test('"the King" is the one king its article names', () => {
  const r = resolveDocumentEntities(mentionsApart(['King Anselm', 'PER'], ['The King', 'PER']), aliases, { docId: 'd1' });
  assert.equal(r[1].canonical, 'King Anselm');
  assert.equal(r[1].entityId, r[0].entityId);
});
