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
