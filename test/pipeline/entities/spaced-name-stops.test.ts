// Tokenised text writes a name's stops apart ("Orla K . Veddum", "E . P . A ."): resolution keys and
// looks up such a name as untokenised text writes it, so both spellings are one entity. Invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { joinSpacedNameStops } from '../../../src/pipeline/entities/spaced-name-stops.js';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('initials, titles and listed abbreviations take back their split-off stops', () => {
  assert.equal(joinSpacedNameStops('Orla K . Veddum'), 'Orla K. Veddum');
  assert.equal(joinSpacedNameStops('E . P . A .'), 'E.P.A.');
  assert.equal(joinSpacedNameStops('U . K . Board of Tillage'), 'U.K. Board of Tillage');
  assert.equal(joinSpacedNameStops('Gen . Hobart Quist Jr .'), 'Gen. Hobart Quist Jr.');
});

test('a stop after another word, or text without spaced stops, is left as written', () => {
  assert.equal(joinSpacedNameStops('Lake Varnock .'), 'Lake Varnock .');
  assert.equal(joinSpacedNameStops('Orla K. Veddum'), 'Orla K. Veddum');
  assert.equal(joinSpacedNameStops('Brenwick and Sons'), 'Brenwick and Sons');
  // a suffix's abbreviation opening a name is a title of another sense (Sister), as the text wrote it
  assert.equal(joinSpacedNameStops('Sr . Quell'), 'Sr . Quell');
  assert.equal(joinSpacedNameStops('Hobart Quell Sr .'), 'Hobart Quell Sr.');
});

test('a middle initial written apart joins the name written without it, in another article too', () => {
  const spaced = resolve('s1', ['Orla K . Veddum', 'PER'], ['Veddum', 'PER']);
  const plain = resolve('s2', ['Orla Veddum', 'PER']);
  assert.equal(spaced[0].canonical, 'Orla K . Veddum');
  assert.equal(spaced[1].entityId, spaced[0].entityId);
  assert.equal(spaced[0].entityId, plain[0].entityId);
});

test('spaced initials find the alias their joined form has', () => {
  const spaced = resolve('s3', ['U . K .', 'LOC']);
  const joined = resolve('s4', ['U.K.', 'LOC']);
  assert.equal(spaced[0].entityId, joined[0].entityId);
  assert.equal(spaced[0].canonical, joined[0].canonical);
});

test('two people of one surname, each with a spaced initial, stay apart within and across articles', () => {
  const r = resolve('s5', ['Orla K . Veddum', 'PER'], ['Piet K . Veddum', 'PER']);
  const other = resolve('s6', ['Piet Veddum', 'PER']);
  assert.notEqual(r[0].entityId, r[1].entityId);
  assert.notEqual(r[0].entityId, other[0].entityId);
  assert.equal(r[1].entityId, other[0].entityId);
});
