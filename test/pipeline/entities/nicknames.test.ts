// A nickname in quotes between a person's given name and surname is that person, and so is every
// later mention of the nickname (with or without "the"); a quoted title after a possessive or after
// a sentence's end is no nickname. Sentences and names are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markNicknames } from '../../../src/pipeline/entities/nicknames.js';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { Mention } from '../../../src/types.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

test('"Dario "The Owl" Fenwick": the nickname, and its later mention, are Dario Fenwick', () => {
  const text = 'Dockers cheered as Dario "The Owl" Fenwick left court. Fenwick smiled. Friends say The Owl never sleeps.';
  const mentions: Mention[] = [
    mentionAt(text, 'Dario', 'LOC'),
    mentionAt(text, 'The Owl', 'MISC'),
    mentionAt(text, 'Fenwick', 'PER'),
    mentionAt(text, 'Fenwick', 'PER', text.indexOf('smiled') - 10),
    mentionAt(text, 'The Owl', 'MISC', text.indexOf('Friends')),
  ];
  const marked = markNicknames(text, mentions);
  assert.equal(marked[1].nicknameOf, 'Dario Fenwick');
  assert.equal(marked[4].nicknameOf, 'Dario Fenwick');
  assert.equal(marked[2].nicknameOf, undefined);
  const r = resolveDocumentEntities(marked, aliases, { docId: 'n1' });
  assert.equal(r[1].type, 'PER');
  assert.equal(r[1].entityId, r[2].entityId);
  assert.equal(r[4].entityId, r[3].entityId);
  assert.equal(r[3].canonical, 'Dario Fenwick');
});

test('wire quotes and an initial: "J. Oren ``Big Bear\'\' Tallis" is the J. Oren Tallis of the story', () => {
  const text = "J. Oren `` Big Bear '' Tallis retired on Monday . J. Oren Tallis , 61 , coached for years .";
  const mentions: Mention[] = [
    mentionAt(text, 'J. Oren', 'PER'),
    mentionAt(text, 'Big Bear', 'MISC'),
    mentionAt(text, 'Tallis', 'PER'),
    mentionAt(text, 'J. Oren Tallis', 'PER'),
  ];
  const marked = markNicknames(text, mentions);
  assert.equal(marked[1].nicknameOf, 'J. Oren Tallis');
  const r = resolveDocumentEntities(marked, aliases, { docId: 'n2' });
  assert.equal(r[1].entityId, r[3].entityId);
});

test('a quoted title after a possessive or a full stop names no one', () => {
  const text = 'It was Hanna Ostrova\'s "Winter" Greaves said. He praised Ostrova. "Winter" Greaves added, was her best.';
  const mentions: Mention[] = [
    mentionAt(text, 'Hanna Ostrova', 'PER'),
    mentionAt(text, 'Winter', 'MISC'),
    mentionAt(text, 'Greaves', 'PER'),
    mentionAt(text, 'Ostrova', 'PER', text.indexOf('praised')),
    mentionAt(text, 'Winter', 'MISC', text.indexOf('Ostrova.') + 5),
    mentionAt(text, 'Greaves', 'PER', text.indexOf('added') - 10),
  ];
  assert.ok(markNicknames(text, mentions).every((m) => m.nicknameOf === undefined));
});

test('the tagger\'s one span over name and nickname is the person without it, and the nickname alone, "the" or not, is them', () => {
  const text = 'Dario "The Owl" Fenwick left court. Later the Owl waved.';
  const mentions: Mention[] = [mentionAt(text, 'Dario "The Owl" Fenwick', 'PER'), mentionAt(text, 'Owl', 'MISC', text.indexOf('Later'))];
  const marked = markNicknames(text, mentions);
  assert.equal(marked[0].nicknameOf, 'Dario Fenwick');
  assert.equal(marked[1].nicknameOf, 'Dario Fenwick');
  const r = resolveDocumentEntities(marked, aliases, { docId: 'n4' });
  assert.equal(r[0].canonical, 'Dario Fenwick');
  assert.equal(r[1].entityId, r[0].entityId);
});

test('"the" inside the quotes, and the given name the tagger named apart, are the person too', () => {
  const text = 'Pier workers knew Tomas "the Heron" Valdane well. Valdane fished daily, and the Heron rarely spoke.';
  const mentions: Mention[] = [
    mentionAt(text, 'Tomas', 'LOC'),
    mentionAt(text, 'Heron', 'MISC'),
    mentionAt(text, 'Valdane', 'PER'),
    mentionAt(text, 'Valdane', 'PER', text.indexOf('fished') - 10),
    mentionAt(text, 'Heron', 'MISC', text.indexOf('rarely') - 8),
  ];
  const marked = markNicknames(text, mentions);
  assert.equal(marked[0].nicknameOf, 'Tomas Valdane');
  assert.equal(marked[1].nicknameOf, 'Tomas Valdane');
  assert.equal(marked[4].nicknameOf, 'Tomas Valdane');
  const r = resolveDocumentEntities(marked, aliases, { docId: 'n5' });
  assert.equal(r[0].type, 'PER');
  assert.equal(r[0].entityId, r[3].entityId);
  assert.equal(r[4].entityId, r[3].entityId);
});

test('a bracketed nickname inside the tagger\'s span: "Lenora (Nell) Brisk" is Lenora Brisk, and "Nell" alone is her', () => {
  const text = 'Neighbours said Lenora ( Nell ) Brisk ran the bakery . Nell opened at five , and Brisk closed at noon .';
  const mentions: Mention[] = [
    mentionAt(text, 'Lenora ( Nell ) Brisk', 'PER'),
    mentionAt(text, 'Nell', 'PER', text.indexOf('opened') - 6),
    mentionAt(text, 'Brisk', 'PER', text.indexOf('closed') - 7),
  ];
  const marked = markNicknames(text, mentions);
  const r = resolveDocumentEntities(marked, aliases, { docId: 'n6' });
  assert.equal(r[0].canonical, 'Lenora Brisk');
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[2].entityId, r[0].entityId);
});

test('a given name the quote does not follow keeps its own reading', () => {
  const text = 'Tomas met the "Heron" Valdane crew at dawn.';
  const mentions: Mention[] = [mentionAt(text, 'Tomas', 'PER'), mentionAt(text, 'Heron', 'MISC'), mentionAt(text, 'Valdane', 'PER')];
  assert.equal(markNicknames(text, mentions)[0].nicknameOf, undefined);
});

test('the nickname with the surname is the person too: "Nell Brisk" after "Lenora (Nell) Brisk"', () => {
  const text = 'Lenora ( Nell ) Brisk baked bread . Everyone in town knew Nell Brisk .';
  const mentions: Mention[] = [mentionAt(text, 'Lenora ( Nell ) Brisk', 'PER'), mentionAt(text, 'Nell Brisk', 'LOC')];
  const r = resolveDocumentEntities(markNicknames(text, mentions), aliases, { docId: 'n7' });
  assert.equal(r[1].type, 'PER');
  assert.equal(r[1].entityId, r[0].entityId);
});
