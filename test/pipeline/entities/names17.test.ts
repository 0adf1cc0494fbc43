// One entity per company or person within an article (session 25, names17): initials with an
// ampersand, nested short forms, given names. Fixtures are invented names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { acronymLetters, looksLikeAcronym } from '../../../src/pipeline/entities/names.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());

function resolve(docId: string, ...items: Array<[string, EntityType]>) {
  return resolveDocumentEntities(mentions(...items), aliases, { docId });
}

test('initials joined by an ampersand read as an acronym', () => {
  assert.ok(looksLikeAcronym('Q&V'));
  assert.equal(acronymLetters('Q&V'), 'QV');
  assert.equal(acronymLetters('QampV'), 'QV'); // the TimeML corpora's lost "&amp;"
  assert.ok(!looksLikeAcronym('Sample'));
});

test('"Q&V" joins the article\'s "Quillon & Vask Corp.", also as the TimeML corpora write it', () => {
  const r = resolve('n1', ['Quillon & Vask Corp.', 'ORG'], ['Q&V', 'MISC']);
  assert.equal(r[1].canonical, 'Quillon & Vask Corp.');
  assert.equal(r[1].entityId, r[0].entityId);
  const t = resolve('n2', ['Quillon amp Vask', 'ORG'], ['QampV', 'MISC']);
  assert.equal(t[1].entityId, t[0].entityId);
});

test('the initials of a partnership without its designator join it ("Brann Oster Tull & Co." … "BOT")', () => {
  const r = resolve('n3', ['Brann Oster Tull amp Co.', 'ORG'], ['BOT', 'ORG']);
  assert.equal(r[1].entityId, r[0].entityId);
});

test('initials the article spells out for no name of it stay apart', () => {
  const r = resolve('n4', ['Quillon & Vask Corp.', 'ORG'], ['R&T', 'ORG']);
  assert.notEqual(r[1].entityId, r[0].entityId);
});
