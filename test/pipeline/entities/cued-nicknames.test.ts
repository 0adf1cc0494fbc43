// A name the text gives a person with a cue ("also known as", "nicknamed", "dubbed", "he called
// himself") is that person's nickname: its mention, and the article's other mentions written as it,
// are that person. A pronoun's person only where the sentence before names one person; a cue
// after a noun or a place is no nickname. Sentences and names are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { markNicknames } from '../../../src/pipeline/entities/nicknames.js';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { Mention } from '../../../src/types.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

test('"X , also known by the guards as `` Y \'\'": the nickname and its later mention are X', () => {
  const text = "Orrin Pelk , also known by the guards as `` Slow Fox , '' escaped on Monday . Slow Fox was seen in Dunmore .";
  const mentions: Mention[] = [
    mentionAt(text, 'Orrin Pelk', 'PER'),
    mentionAt(text, 'Slow Fox', 'MISC'),
    mentionAt(text, 'Slow Fox', 'PER', text.indexOf('escaped')),
    mentionAt(text, 'Dunmore', 'LOC'),
  ];
  const marked = markNicknames(text, mentions);
  assert.equal(marked[1].nicknameOf, 'Orrin Pelk');
  assert.equal(marked[2].nicknameOf, 'Orrin Pelk');
  const r = resolveDocumentEntities(marked, aliases, { docId: 'c1' });
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[2].entityId, r[0].entityId);
});

test('a titled surname "was nicknamed" a name: the nickname is the person the article names in full', () => {
  const text = 'Selma Quorrin ran the mill for years. Raised in Vell, Ms. Quorrin was nicknamed "Sparrow" by her brothers.';
  const mentions: Mention[] = [
    mentionAt(text, 'Selma Quorrin', 'PER'),
    mentionAt(text, 'Vell', 'LOC'),
    mentionAt(text, 'Ms. Quorrin', 'PER'),
    mentionAt(text, 'Sparrow', 'ORG'),
  ];
  const marked = markNicknames(text, mentions);
  assert.equal(marked[3].nicknameOf, 'Quorrin');
  const r = resolveDocumentEntities(marked, aliases, { docId: 'c2' });
  assert.equal(r[3].entityId, r[0].entityId);
});

test('a clause the cue opens names the subject after it: "Dubbed "Y" for …, X …"', () => {
  const text = 'Dubbed the "Night Baker" for his hours , Tobin Harrow had opened the shop in 1990 .';
  const mentions: Mention[] = [mentionAt(text, 'Night Baker', 'MISC'), mentionAt(text, 'Tobin Harrow', 'PER')];
  assert.equal(markNicknames(text, mentions)[0].nicknameOf, 'Tobin Harrow');
});

test('"He was known as" and "he called himself" name the one person the sentence before names; two people name no one', () => {
  const one = 'So wrote Pia Lund in her memoir . Ansel Morrow ruled the valley for decades . He called himself Greatfather , or father of all farmers .';
  const m1 = markNicknames(one, [mentionAt(one, 'Pia Lund', 'PER'), mentionAt(one, 'Ansel Morrow', 'PER'), mentionAt(one, 'Greatfather', 'MISC')]);
  assert.equal(m1[2].nicknameOf, 'Ansel Morrow');
  const two = 'Ansel Morrow met Pia Lund in the valley . He was known as "Greatfather" there .';
  const m2 = markNicknames(two, [mentionAt(two, 'Ansel Morrow', 'PER'), mentionAt(two, 'Pia Lund', 'PER'), mentionAt(two, 'Greatfather', 'MISC')]);
  assert.equal(m2[2].nicknameOf, undefined);
});

test('a place or thing "known as" a name, and a nickname the quotes inside a name already give, are left as they are', () => {
  const place = 'Crews reached a ridge known as "Coldback" , Ivo Brandt said .';
  const p = markNicknames(place, [mentionAt(place, 'Coldback', 'LOC'), mentionAt(place, 'Ivo Brandt', 'PER')]);
  assert.ok(p.every((m) => m.nicknameOf === undefined));
  const inside = 'Lionel "Hammer" Quist retired . Quist was nicknamed "Hammer" by his trainer .';
  const q = markNicknames(inside, [
    mentionAt(inside, 'Lionel', 'PER'),
    mentionAt(inside, 'Hammer', 'MISC'),
    mentionAt(inside, 'Quist', 'PER'),
    mentionAt(inside, 'Quist', 'PER', inside.indexOf('retired')),
    mentionAt(inside, 'Hammer', 'MISC', inside.indexOf('nicknamed')),
  ]);
  assert.equal(q[4].nicknameOf, 'Lionel Quist');
});
