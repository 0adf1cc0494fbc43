// Relatives introduced by first name take the family name of the person the text relates them to.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { nameRelatives } from '../../../src/pipeline/entities/relatives.js';
import type { Mention, Syntax } from '../../../src/types.js';

const run = (content: string) => analyseText(content);

test('"his daughter Greta" is Greta Lindqvist, neither her father nor another Greta', () => {
  const a = run('Campaign launch\n\nMr Lindqvist was introduced by his daughter Greta, a medical student. Greta Olsen, a voter, was unimpressed.');
  const greta = a.mentions.find((m) => m.text === 'Greta');
  assert.ok(greta, a.mentions.map((m) => m.text).join(', '));
  assert.equal(greta.canonical, 'Greta Lindqvist');
  const father = a.mentions.find((m) => m.text === 'Lindqvist');
  assert.notEqual(father?.entityId, greta.entityId);
  const other = a.mentions.find((m) => m.text === 'Greta Olsen');
  assert.notEqual(other?.entityId, greta.entityId);
});

test('a first name with no relative noun is left to ordinary linking', () => {
  const a = run('Match report\n\nAnna Keller scored twice. Anna then left the pitch.');
  const anna = a.mentions.filter((m) => m.text.startsWith('Anna'));
  assert.ok(anna.every((m) => m.canonical === 'Anna Keller'), anna.map((m) => m.canonical).join(', '));
});

test('a lone first name renaming "his niece" is a person even where the tagger typed it otherwise', () => {
  // "Dr Okafor thanked his niece Tamsin ."
  const rows: Array<[string, string, string, number]> = [
    ['Dr', 'PROPN', 'compound', 1], ['Okafor', 'PROPN', 'nsubj', 2], ['thanked', 'VERB', 'root', -1], ['his', 'PRON', 'nmod:poss', 4],
    ['niece', 'NOUN', 'obj', 2], ['Tamsin', 'PROPN', 'appos', 4], ['.', 'PUNCT', 'punct', 2],
  ];
  let offset = 0;
  const words = rows.map(([text, upos, deprel, head], i) => {
    const w = { text, lemma: text.toLowerCase(), upos, deprel, head, token: i, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return w;
  });
  const syn: Syntax = { words, sentenceWordStart: [0, words.length] };
  const mentions: Mention[] = [
    { start: 0, end: 9, type: 'PER', text: 'Dr Okafor', title: 'Dr' },
    { start: words[5].start, end: words[5].end, type: 'MISC', text: 'Tamsin' },
  ];
  // "his" is Dr Okafor, as the coreference would say
  const his = () => 'Dr Okafor';
  const out = nameRelatives(mentions, syn, his, new Set(['niece']));
  assert.equal(out[1].type, 'PER');
  assert.equal(out[1].familyName, 'Okafor');
  // without a kinship noun the tagger's type stands
  assert.equal(nameRelatives(mentions, syn, his, new Set(['son']))[1].type, 'MISC');
});

test('"his son" takes the family name of the man "his" resolves to, not of the nearest full name', () => {
  const a = run('Council news\n\nPeter Lund thanked the council on Monday after Susan Vik had read the report. His son Oskar runs the ferry.');
  const oskar = a.mentions.find((m) => m.text === 'Oskar');
  assert.ok(oskar, a.mentions.map((m) => m.text).join(', '));
  assert.equal(oskar.canonical, 'Oskar Lund');
});

test('"his son" gets no family name where the pronoun resolves to nobody named (only a woman is)', () => {
  const a = run('Council news\n\nSusan Vik chaired the meeting on Monday. His son Oskar spoke first.');
  const oskar = a.mentions.find((m) => m.text === 'Oskar');
  assert.ok(oskar, a.mentions.map((m) => m.text).join(', '));
  assert.equal(oskar.familyName, undefined);
  assert.notEqual(oskar.canonical, 'Oskar Vik');
});

test('a lone name right after a kinship noun no one owns is a person, with no family name', () => {
  // "The pair have a young son Rennick ."
  const rows: Array<[string, string, string, number]> = [
    ['The', 'DET', 'det', 1], ['pair', 'NOUN', 'nsubj', 2], ['have', 'VERB', 'root', -1], ['a', 'DET', 'det', 5],
    ['young', 'ADJ', 'amod', 5], ['son', 'NOUN', 'obj', 2], ['Rennick', 'PROPN', 'obj', 2], ['.', 'PUNCT', 'punct', 2],
  ];
  let offset = 0;
  const words = rows.map(([text, upos, deprel, head], i) => {
    const w = { text, lemma: text.toLowerCase(), upos, deprel, head, token: i, start: offset, end: offset + text.length };
    offset += text.length + 1;
    return w;
  });
  const syn: Syntax = { words, sentenceWordStart: [0, words.length] };
  const mentions: Mention[] = [{ start: words[6].start, end: words[6].end, type: 'LOC', text: 'Rennick' }];
  const nobody = () => null;
  const out = nameRelatives(mentions, syn, nobody, new Set(['son']));
  assert.equal(out[0].type, 'PER');
  assert.equal(out[0].familyName, undefined);
  // after any other noun, or a thing the tagger named, the type stands
  assert.equal(nameRelatives(mentions, syn, nobody, new Set(['niece']))[0].type, 'LOC');
  assert.equal(nameRelatives([{ ...mentions[0], type: 'MISC' }], syn, nobody, new Set(['son']))[0].type, 'MISC');
});

test('"his wife" takes the surname of a man whose full name ends in a generation suffix, not the suffix', () => {
  const a = run('Shooting at the depot\n\nGordon Okafor III, 41, was arrested on Monday. Okafor is married, but his wife, Bernadette, said they had lived apart for a month. Records list Bernadette Okafor as the owner of the house.');
  const wife = a.mentions.find((m) => m.text === 'Bernadette');
  assert.ok(wife, a.mentions.map((m) => m.text).join(', '));
  assert.equal(wife.canonical, 'Bernadette Okafor');
});

test('"his" after a bare surname is the man named in full with a generation suffix, not a woman sharing the surname named later', () => {
  const a = run('Shooting at the depot\n\nGordon Okafor III, 41, was arrested on Monday. He is charged with wounding Paul Riva, 47, and Ian Steinberg, 48. Okafor is married, but his wife, Bernadette, said they had lived apart for a month. Records list Bernadette Okafor as the owner of the house.');
  const wife = a.mentions.find((m) => m.text === 'Bernadette');
  assert.ok(wife, a.mentions.map((m) => m.text).join(', '));
  assert.equal(wife.canonical, 'Bernadette Okafor');
});

test('a bare surname that owns a kinship noun is its bearer, not a relative taking the surname twice', () => {
  const a = run('Court report\n\nPiet Marek was sentenced on Tuesday.\n\nMarek \' mother , Ilse , and father , Jan , sat in the gallery each morning .\n\nOutside the court , Marek \' mother expressed the family \'s relief .');
  const owners = a.mentions.filter((m) => m.text === 'Marek');
  assert.ok(owners.length, a.mentions.map((m) => m.text).join(', '));
  for (const m of owners) assert.equal(m.canonical, 'Piet Marek', JSON.stringify(m));
});

test('a bare surname owning a kinship noun that a full name of that surname renames stays that man\'s namesake', () => {
  const a = run('Obituary\n\nThe sculptor died on Thursday.\n\nDorn \' son , architect Felix Dorn , said on Friday that the family was grateful .');
  const owner = a.mentions.find((m) => m.text === 'Dorn');
  const son = a.mentions.find((m) => m.text === 'Felix Dorn');
  assert.ok(owner && son, a.mentions.map((m) => m.text).join(', '));
  assert.notEqual(owner.entityId, son.entityId);
});
