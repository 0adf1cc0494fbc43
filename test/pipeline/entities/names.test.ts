// Names within one article and across articles: short forms go to the full name their own article
// gives; namesakes in different articles stay apart. Fixtures are invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { entityIdFor, resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

function resolve(docId: string, ...items: Array<[string, EntityType]>) {
  return resolveDocumentEntities(mentions(...items), aliases, { docId });
}

test('within an article, "Mr X", "Dr X", a bare surname and a later first name go to the full name, with its type', () => {
  const r = resolve('a1', ['Halvard Okonjo', 'PER'], ['Mr Okonjo', 'PER'], ['Okonjo', 'PER'], ['Halvard', 'PER'], ['Dr Okonjo', 'PER']);
  assert.deepEqual(r.map((x) => x.canonical), Array(5).fill('Halvard Okonjo'));
  assert.equal(new Set(r.map((x) => x.entityId)).size, 1);
  assert.ok(r.every((x) => x.type === 'PER'));
});

test('a title kept on the mention (outside its span) links like one written in it', () => {
  const ms = mentions(['Halvard Okonjo', 'PER'], ['Okonjo', 'PER'], ['Nils', 'PER'], ['Nils Berge', 'PER'], ['Halvard', 'PER']);
  ms[1].title = 'Mr';
  ms[4].title = 'Mr'; // "Mr Halvard" is a surname, not the first name
  const r = resolveDocumentEntities(ms, aliases, { docId: 'a5' });
  assert.equal(r[1].canonical, 'Halvard Okonjo');
  assert.notEqual(r[4].canonical, 'Halvard Okonjo');
});

test('a first name is not tied to a full name that only comes later', () => {
  const r = resolve('a2', ['Tamsin', 'PER'], ['Tamsin Greaves', 'PER']);
  assert.notEqual(r[0].entityId, r[1].entityId);
});

test('with two full names sharing a surname, "Mr X" goes to the one the article names most', () => {
  const r = resolve('a3', ['Ewan Marlowe', 'PER'], ['Ewan Marlowe', 'PER'], ['Petra Marlowe', 'PER'], ['Mr Marlowe', 'PER']);
  assert.equal(r[3].canonical, 'Ewan Marlowe');
});

test('a title does not make two full names one: "Judge Ines Carver" is Ines Carver', () => {
  const r = resolve('a4', ['Judge Ines Carver', 'PER'], ['Judge Carver', 'PER']);
  assert.equal(r[0].canonical, 'Ines Carver');
  assert.equal(r[0].entityId, r[1].entityId);
  assert.equal(r[0].entityId, entityIdFor('PER', 'Ines Carver'));
});

test('two people who share a surname, in two articles, are two entities; an unexplained "Mr X" is a third', () => {
  const first = resolve('b1', ['Alan Pemberton', 'PER'], ['Mr Pemberton', 'PER']);
  const second = resolve('b2', ['Rosa Pemberton', 'PER'], ['Ms Pemberton', 'PER']);
  const third = resolve('b3', ['Mr Pemberton', 'PER']);
  const fourth = resolve('b4', ['Mr Pemberton', 'PER']);
  assert.equal(first[0].entityId, first[1].entityId);
  assert.equal(second[0].entityId, second[1].entityId);
  assert.notEqual(first[1].entityId, second[1].entityId);
  assert.notEqual(third[0].entityId, first[0].entityId);
  assert.notEqual(third[0].entityId, second[0].entityId);
  assert.notEqual(third[0].entityId, fourth[0].entityId, 'two articles that never give his full name may mean two people');
  // the same full name in two articles is one person
  assert.equal(resolve('b5', ['Alan Pemberton', 'PER'])[0].entityId, first[0].entityId);
});

test('"United" in two senses: each article ties it to its own full name; alone it stays in its article', () => {
  const club = resolve('c1', ['Dundee United', 'ORG'], ['United', 'ORG']);
  const airline = resolve('c2', ['United Airlines', 'ORG'], ['Chicago', 'LOC'], ['United', 'ORG']);
  const bare1 = resolve('c3', ['United', 'ORG']);
  const bare2 = resolve('c4', ['United', 'ORG']);
  assert.equal(club[1].canonical, 'Dundee United');
  assert.equal(club[0].entityId, club[1].entityId);
  // "United" opens "United Airlines" but does not end it: not tied, and not the club either
  assert.notEqual(airline[2].entityId, club[1].entityId);
  assert.notEqual(bare1[0].entityId, club[0].entityId);
  assert.notEqual(bare1[0].entityId, bare2[0].entityId);
});

test('a word that is no part of a listed longer name keeps one entity across articles', () => {
  const a = resolve('d1', ['Ostrava Steelworks', 'ORG'], ['Krelmont', 'ORG']);
  const b = resolve('d2', ['Krelmont', 'ORG']);
  assert.equal(a[1].entityId, b[0].entityId);
});

test('a name of two types is two entities: the city and the club', () => {
  const city = resolve('e1', ['Liverpool', 'LOC']);
  const club = resolve('e2', ['Liverpool', 'ORG']);
  assert.notEqual(city[0].entityId, club[0].entityId);
  assert.equal(resolve('e3', ['Liverpool', 'LOC'])[0].entityId, city[0].entityId);
});

test('an organisation name ties to the longer name it starts before "of …" or a company designator', () => {
  const r = resolve('f1', ['Farmers Party of Tasmania', 'ORG'], ['Farmers Party', 'ORG'], ['Kestrel Holdings', 'ORG'], ['Kestrel', 'ORG']);
  assert.equal(r[1].canonical, 'Farmers Party of Tasmania');
  assert.equal(r[3].canonical, 'Kestrel Holdings');
});

test('party nicknames and acronyms defined in the article', () => {
  const r = resolve('g1', ['Tories', 'ORG'], ['Conservatives', 'ORG'], ['Tory', 'MISC'], ['Northern Grain Board', 'ORG'], ['NGB', 'ORG']);
  assert.equal(new Set(r.slice(0, 3).map((x) => x.entityId)).size, 1);
  assert.ok(r.slice(0, 3).every((x) => x.type === 'ORG' && x.canonical === 'Conservative Party'));
  assert.equal(r[4].canonical, 'Northern Grain Board');
});

test('a one-word person name is a listed party only when spelled as listed ("Tory"), not by its transliteration key ("Torrey")', () => {
  const r = resolve('g2', ['Tory', 'PER'], ['Dana Torrey', 'PER'], ['Torrey', 'PER']);
  assert.equal(r[0].canonical, 'Conservative Party');
  assert.equal(r[2].type, 'PER');
  assert.equal(r[2].entityId, r[1].entityId);
});

test('a bare surname no article explains is one entity of that name across articles, apart from any full name', () => {
  const a = resolve('h1', ['Quennell', 'PER']);
  const b = resolve('h2', ['Quennell', 'PER']);
  const full = resolve('h3', ['Ada Quennell', 'PER'], ['Quennell', 'PER']);
  assert.equal(a[0].entityId, b[0].entityId);
  assert.notEqual(a[0].entityId, full[0].entityId);
  assert.equal(full[1].entityId, full[0].entityId);
});

test('in an article without his full name, "Lord Aske" and a bare "Aske" are one person of that article', () => {
  const r = resolve('i1', ['Lord Aske', 'PER'], ['Aske', 'PER']);
  assert.equal(r[0].entityId, r[1].entityId);
  assert.notEqual(r[1].entityId, resolve('i2', ['Aske', 'PER'])[0].entityId);
});
