// A middle name or initial does not make another person: "Orrin T. Vasquez", "Orrin Vasquez" and
// "Orrin Thaddeus Vasquez" are one man within and across articles. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { entityIdFor, personKey, resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

function resolve(docId: string, ...items: Array<[string, EntityType]>) {
  return resolveDocumentEntities(mentions(...items), aliases, { docId });
}

test('a first name and surname after the fuller name with a middle initial is that person, and so is the bare surname', () => {
  const r = resolve('m1', ['Orrin T. Vasquez', 'PER'], ['Orrin Vasquez', 'PER'], ['Vasquez', 'PER']);
  assert.equal(r[1].canonical, 'Orrin T. Vasquez');
  assert.equal(r[2].canonical, 'Orrin T. Vasquez');
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
});

test('a middle name written out and its initial give one entity across articles', () => {
  const a = resolve('m2', ['Orrin Thaddeus Vasquez', 'PER'], ['Vasquez', 'PER']);
  const b = resolve('m3', ['Orrin T. Vasquez', 'PER']);
  assert.equal(a[0].entityId, b[0].entityId);
  assert.equal(personKey('Walter Q. Pryce Jr.'), personKey('Walter Quentin Pryce Jr.'));
});

test('different initials stay different people, and a short name written before a fuller one is not tied to it', () => {
  assert.notEqual(entityIdFor('PER', 'Gideon H. W. Marsh'), entityIdFor('PER', 'Gideon W. Marsh'));
  const r = resolve('m4', ['Gideon Marsh', 'PER'], ['Gideon W. Marsh', 'PER']);
  assert.notEqual(r[0].entityId, r[1].entityId);
  const two = resolve('m5', ['Gideon H. Marsh', 'PER'], ['Gideon W. Marsh', 'PER'], ['Gideon Marsh', 'PER']);
  assert.equal(two[2].canonical, 'Gideon Marsh');
});

test('a bare body written before its country-qualified name in the article is that body', () => {
  const r = resolve('m6', ['Navy', 'ORG'], ['Air Force', 'ORG'], ['U.S. Navy', 'ORG']);
  assert.equal(r[0].canonical, 'U.S. Navy');
  assert.equal(r[0].entityId, r[2].entityId);
  assert.equal(r[1].canonical, 'Air Force');
});

test('a ministry written after a nationality named apart is shown with it and keeps its entity', () => {
  const r = resolveDocumentEntities(
    [
      { start: 4, end: 11, text: 'Zembian', type: 'MISC' },
      { start: 12, end: 28, text: 'Foreign Ministry', type: 'ORG' },
    ],
    aliases,
    { docId: 'm7' },
  );
  const plain = resolve('m8', ['Foreign Ministry', 'ORG']);
  assert.equal(r[1].canonical, 'Zembian Foreign Ministry');
  assert.equal(r[1].entityId, plain[0].entityId);
});

test('a name the tagger typed ORG by mistake is not tied to a longer name written after it', () => {
  const r = resolve('m9', ['Dalia Ferrante', 'ORG'], ['United States Dalia Ferrante', 'ORG']);
  assert.equal(r[0].canonical, 'Dalia Ferrante');
  assert.notEqual(r[0].entityId, r[1].entityId);
});

test('a first name and surname is the person another article names with a middle name too', () => {
  const a = resolve('m10', ['Orrin Vasquez', 'PER'], ['Vasquez', 'PER']);
  const b = resolve('m11', ['Orrin Thaddeus Vasquez', 'PER']);
  const c = resolve('m12', ['Orrin T. Vasquez', 'PER']);
  assert.equal(a[0].entityId, b[0].entityId);
  assert.equal(a[1].entityId, b[0].entityId);
  assert.equal(c[0].entityId, b[0].entityId);
});

test('within one article, a first name and surname written before a fuller name stays apart from it', () => {
  const s = resolve('m14', ['Gideon Marsh', 'PER'], ['Gideon W. Marsh', 'PER'], ['Gideon W. Marsh', 'PER']);
  assert.notEqual(s[0].entityId, s[1].entityId);
  assert.equal(s[1].entityId, s[2].entityId);
});

test('a first name and surname written before the same name with a middle name written out is that person', () => {
  const r = resolve('m15', ['Ada Lorne', 'PER'], ['Lorne', 'PER'], ['Ada Marie Lorne', 'PER'], ['Lorne', 'PER']);
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
  // the son named with his generation is another person
  const son = resolve('m19', ['Ada Lorne', 'PER'], ['Ada Lorne Jr.', 'PER']);
  assert.notEqual(son[0].entityId, son[1].entityId);
  // two fuller names it could be: neither
  const two = resolve('m16', ['Ada Lorne', 'PER'], ['Ada Marie Lorne', 'PER'], ['Ada Grace Lorne', 'PER']);
  assert.equal(two[0].canonical, 'Ada Lorne');
});

test('the name with a middle name written out is the person even where the tagger read it as a body', () => {
  const r = resolve('m17', ['Ada Lorne', 'PER'], ['Lorne', 'PER'], ['Ada Marie Lorne', 'ORG'], ['Lorne', 'PER']);
  assert.equal(r[2].type, 'PER');
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
  // a middle word that is no given name is a body's ("Ada Lorne" … "Ada Textiles Lorne")
  const body = resolve('m18', ['Ada Lorne', 'PER'], ['Ada Textiles Lorne', 'ORG']);
  assert.equal(body[1].type, 'ORG');
});
