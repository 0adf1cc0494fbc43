// A one-word name one edit away from the surname of one person named in full is that person; short
// names, known words, places and given names, and words of other names stay apart. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { createAliasTable } from '../../../src/pipeline/entities/aliases.js';
import { misspeltSurnames, oneEditApart } from '../../../src/pipeline/entities/misspelt-surnames.js';
import { mentionsIn } from './mention-fixtures.js';
import type { EntityType } from '../../../src/types.js';

const aliases = createAliasTable([]);

test('one edit: a letter inserted, dropped or changed, or two neighbours swapped', () => {
  assert.ok(oneEditApart('kowalczyk', 'kowalcyzk'));
  assert.ok(oneEditApart('brannigan', 'branigan'));
  assert.ok(oneEditApart('brannigan', 'brannigen'));
  assert.ok(!oneEditApart('brannigan', 'brannigan'));
  assert.ok(!oneEditApart('brannigan', 'bannigen'));
  assert.ok(!oneEditApart('kowalczyk', 'kowalzcky'));
});

test('a misspelt surname the tagger typed a place is the person named in full', () => {
  const text = 'The club signed Marta Kowalczyk on Friday. Kowalcyzk will join the squad in June.';
  const ms = mentionsIn(text, [['Marta Kowalczyk', 'PER'], ['Kowalcyzk', 'LOC']]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[1].type, 'PER');
});

test('a bare surname spelt right finds a full name misspelt once', () => {
  const text = 'Reporter Tom Brannigen broke the story. Brannigan later wrote a book about it.';
  const ms = mentionsIn(text, [['Tom Brannigen', 'PER'], ['Brannigan', 'PER']]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].entityId, r[0].entityId);
});

const name = (type: EntityType, text: string, surname?: string) => ({ type, tokens: text.toLowerCase().split(' '), surname, fixed: false, text });

test('two people one edit away, or a word of another name, join nothing', () => {
  const two = [name('PER', 'Ann Martin', 'martin'), name('PER', 'Joe Martens', 'martens'), name('PER', 'Marten')];
  assert.equal(misspeltSurnames(two, () => false).size, 0);
  const inside = [name('PER', 'Ann Brannigan', 'brannigan'), name('ORG', 'Branigan Tools'), name('ORG', 'Branigan')];
  assert.equal(misspeltSurnames(inside, () => false).size, 0);
});

test('short names, known words and another first letter stay apart', () => {
  assert.equal(misspeltSurnames([name('PER', 'Ann Hall', 'hall'), name('LOC', 'Hill')], () => false).size, 0);
  assert.equal(misspeltSurnames([name('PER', 'Ann Steele', 'steele'), name('ORG', 'Steel')], (t) => t === 'Steel').size, 0);
  assert.equal(misspeltSurnames([name('PER', 'Ann Brannigan', 'brannigan'), name('PER', 'Crannigan')], () => false).size, 0);
  assert.equal(misspeltSurnames([name('PER', 'Ann Brannigan', 'brannigan'), name('PER', 'Brannigen')], () => false).get(1), 0);
});
