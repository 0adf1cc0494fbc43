// A first name cut short ("Wlad" of "Wladimir") is the one person of the article whose first name
// it opens, and a title named after a person ("The Infamous Orla Venn", read as a person) is not
// that person's fuller name. Invented names and mentions.
import test from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { clipsGivenName } from '../../../src/pipeline/entities/given-name-forms.js';
import { mentionsApart } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const noGivenName = () => false;

test('a clipped first name is the opening letters of a longer one, four letters at least', () => {
  assert.equal(clipsGivenName('wlad', 'wladimir', noGivenName), true);
  assert.equal(clipsGivenName('ign', 'ignatius', noGivenName), false, 'three letters tell too little');
  assert.equal(clipsGivenName('wladimir', 'wladimir', noGivenName), false, 'the name itself is no clipping');
  assert.equal(clipsGivenName('ladi', 'wladimir', noGivenName), false, 'only the opening letters');
  assert.equal(clipsGivenName('paul', 'paula', (w) => w === 'paul'), false, 'a given name of its own is someone else');
  assert.equal(clipsGivenName('alex', 'alexandros', () => true), true, 'a name the list holds only as a familiar form still clips');
});

test('"Ignat" after "Ignatius Morrow" is that person, and so is "Ignat" the tagger read as a place', () => {
  const ms = mentionsApart(['Ignatius Morrow', 'PER'], ['Morrow', 'PER'], ['Ignat', 'PER'], ['Ignat', 'LOC']);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[2].entityId, r[0].entityId, r.map((x) => x.canonical).join(', '));
  assert.equal(r[3].entityId, r[0].entityId);
  assert.equal(r[3].type, 'PER');
});

test('a clipped first name that opens the first names of two people of the article stays apart from both', () => {
  const ms = mentionsApart(['Ignatius Morrow', 'PER'], ['Ignatia Ferrand', 'PER'], ['Ignat', 'PER']);
  const r = resolveDocumentEntities(ms, aliases);
  assert.notEqual(r[2].entityId, r[0].entityId);
  assert.notEqual(r[2].entityId, r[1].entityId);
});

test('a clipped first name written before the full name refers back to nobody', () => {
  const ms = mentionsApart(['Ignat', 'PER'], ['Ignatius Morrow', 'PER']);
  const r = resolveDocumentEntities(ms, aliases);
  assert.notEqual(r[0].entityId, r[1].entityId);
});

test('a title opening with an adjective and ending in a person\'s name is not that person; her first name finds her', () => {
  const ms = mentionsApart(['Orla Venn', 'PER'], ['Ms Venn', 'PER'], ['Infamous Orla Venn', 'PER'], ['Orla', 'PER'], ['Orla Venn', 'PER']);
  const r = resolveDocumentEntities(ms, aliases);
  assert.notEqual(r[0].entityId, r[2].entityId, r.map((x) => x.canonical).join(', '));
  assert.equal(r[0].canonical, 'Orla Venn');
  assert.equal(r[3].entityId, r[0].entityId, 'the first name is the person');
  assert.equal(r[1].entityId, r[0].entityId, 'so is the titled surname');
});

test('a fuller name opening with a given name news knows is still the person ("Frank" is an adjective too)', () => {
  const ms = mentionsApart(['Frank Van Oosten', 'PER'], ['Van Oosten', 'PER']);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].entityId, r[0].entityId);
});

test('a bare surname two full names leave open is the bearer the article titles most, not the one named last', () => {
  const ms = mentionsApart(
    ['Thomas Venner', 'PER'],
    ['Mr. Venner', 'PER'],
    ['Margaret Venner', 'PER'],
    ['Ms. Venner', 'PER'],
    ['Mr. Venner', 'PER'],
    ['Venner', 'PER'],
  );
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[5].entityId, r[0].entityId, r.map((x) => x.canonical).join(', '));
  assert.equal(r[3].entityId, r[2].entityId, 'the woman\'s title still finds her');
});

test('titles that fit two bearers of one gender count for neither', () => {
  const ms = mentionsApart(['Thomas Venner', 'PER'], ['Peter Venner', 'PER'], ['Mr. Venner', 'PER'], ['Venner', 'PER']);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[3].entityId, r[1].entityId, 'the one named last, as before');
});

test('a titled surname the title leaves open stays with the nearest bearer; only the bare surname follows the count', () => {
  const ms = mentionsApart(['Thomas Venner', 'PER'], ['Mr. Venner', 'PER'], ['Tamsin Venner', 'PER'], ['Mr. Venner', 'PER'], ['Venner', 'PER']);
  const r = resolveDocumentEntities(ms, aliases);
  const names = r.map((x) => x.canonical).join(', ');
  assert.equal(r[3].canonical, 'Tamsin Venner', names);
  assert.equal(r[4].canonical, 'Thomas Venner', names);
});
