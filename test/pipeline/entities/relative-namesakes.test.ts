// A full name introduced as someone's relative ("his brother Neil Brandle") shares a surname with
// that someone: a bare surname later means the person the relative was introduced through.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { annotationRows } from '../../../src/store/annotations.js';
import { resolveStoredMentions } from '../../../src/corpus/entities/reresolve.js';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';

const idsOf = (text: string, name: string) => analyseText(text).mentions.filter((m) => m.text === name);

test('"his brother Neil Brandle": a later bare "Brandle" is Tom Brandle, not the brother', () => {
  const a = analyseText('Farm report\n\nA hearing for Tom Brandle, 31, accused of harming his brother Neil Brandle, was held on Monday. Brandle did not attend.');
  const tom = a.mentions.find((m) => m.text === 'Tom Brandle');
  const bare = a.mentions.find((m) => m.text === 'Brandle');
  assert.ok(tom && bare, a.mentions.map((m) => m.text).join(', '));
  assert.equal(bare.entityId, tom.entityId);
  assert.equal(bare.canonical, 'Tom Brandle');
});

test('"her mother, club president Ruth Orsted": the role between them does not hide the relative', () => {
  const text = 'Club news\n\nMaya Orsted said on Friday she will stay. Orsted had told her mother, club president Ruth Orsted, first. Orsted scored 20 points a game.';
  const bare = idsOf(text, 'Orsted');
  assert.equal(bare.length, 2);
  assert.ok(bare.every((m) => m.canonical === 'Maya Orsted'), bare.map((m) => m.canonical).join(', '));
});

test('with one bearer, a relative keeps the bare surname', () => {
  const bare = idsOf('Court report\n\nThe judge heard from his daughter Lise Marrow on Monday. Marrow said the house was sold.', 'Marrow');
  assert.equal(bare[0]?.canonical, 'Lise Marrow');
});

test('two bearers, neither a relative: the nearest full name before it still decides', () => {
  const bare = idsOf('Race report\n\nCarl Vesey won the sprint and Dan Vesey came third. Vesey said the wind helped.', 'Vesey');
  assert.equal(bare[0]?.canonical, 'Dan Vesey');
});

test('"his wife Ana Pell, 40, and son Rui Pell": the second relative shares the first one\'s owner', () => {
  const a = analyseText('Court report\n\nMarco Pell, 44, was charged with the deaths of his wife Ana Pell, 40, and son Rui Pell, 9, in Alvor. Pell spoke only to confirm his name.');
  const rui = a.mentions.find((m) => m.text === 'Rui Pell');
  assert.equal(rui?.relativeOf, 'Marco Pell', a.mentions.map((m) => `${m.text}:${m.relativeOf ?? ''}`).join(', '));
  assert.equal(a.mentions.find((m) => m.text === 'Pell')?.canonical, 'Marco Pell');
});

test('a bearer the article calls by first name is ruled out before relatives are', () => {
  // "Tavi" is the boy; "Pablo Reyna" (his father) is the one a bare "Reyna" means
  const a = analyseText('Family news\n\nTavi Reyna, 6, returned on Monday with his father Pablo Reyna. Tavi smiled. Tavi waved at the crowd. Reyna thanked the crew.');
  assert.equal(a.mentions.find((m) => m.text === 'Reyna')?.canonical, 'Pablo Reyna');
});

test('a relative whose name ends in a generation suffix ("his son, Ike Tolle III") is still a relative', () => {
  const a = analyseText('Obituary\n\nWalt Tolle, a rancher, died on Sunday, his son, Ike Tolle III, said. Mr. Tolle was 81.');
  assert.equal(a.mentions.find((m) => m.text === 'Ike Tolle III')?.relativeOf, 'Walt Tolle', a.mentions.map((m) => `${m.text}:${m.relativeOf ?? ''}`).join(', '));
  assert.equal(a.mentions.find((m) => /Tolle$/.test(m.text) && m.text.startsWith('Mr'))?.canonical, 'Walt Tolle');
});

test('a relative introduced through a bearer the article calls by first name keeps the bare surname', () => {
  // the boy is "Nico"; of the two grown bearers, the bare "Varga" who speaks is his father, named
  // nearest before it, not the uncle named in full without a kinship noun
  const text = 'Ferry news\n\nNico Varga, 7, has lived since May at the home of Aron Varga in Leeds. On Monday his father, Tomas Varga, flew in from Porto. Nico played in the yard. Nico waved at the cameras. Nico slept. Varga told reporters he wants his son back.';
  const a = analyseText(text);
  assert.equal(a.mentions.find((m) => m.text === 'Varga')?.canonical, 'Tomas Varga', a.mentions.map((m) => `${m.text}:${m.canonical}:${m.relativeOf ?? ''}`).join(', '));
});

test('re-resolving stored mentions keeps the relative apart from the bare surname', () => {
  const a = analyseText('Farm report\n\nA hearing for Tom Brandle, 31, accused of harming his brother Neil Brandle, was held on Monday. Brandle did not attend.');
  const stored = annotationRows(a).filter((r) => r.kind === 'mention').map((r) => ({ ...r, data: r.data as Record<string, unknown> }));
  const again = resolveStoredMentions(stored, createAliasTable(shippedAliasGroups()), a.doc.id);
  assert.deepEqual(again.map((r) => r.canonical), a.mentions.map((m) => m.canonical));
  assert.equal(again[a.mentions.findIndex((m) => m.text === 'Brandle')]?.canonical, 'Tom Brandle');
});
