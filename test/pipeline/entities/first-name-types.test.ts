// A one-word name the tagger typed an organisation or a place is the person the article named in full with it as
// first name, earlier; not where an organisation's name of the article opens with it, and never by
// surname (a company named after its founder). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { createAliasTable } from '../../../src/pipeline/entities/aliases.js';
import { mentionsIn } from './mention-fixtures.js';

const aliases = createAliasTable([]);

test('"Dimitris" typed ORG after "Dimitris Kallas" is that person', () => {
  const text = 'Crowds mourned Dimitris Kallas on Sunday. Dimitris had been a student.';
  const ms = mentionsIn(text, [['Dimitris Kallas', 'PER'], ['Dimitris', 'ORG', 40]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].type, 'PER');
  assert.equal(r[1].entityId, r[0].entityId);
});

test('a word that opens an organisation\'s name stays that organisation\'s', () => {
  const text = 'Analysts at Marlow Keane Partners praised Marlow Ostby. Marlow said shares would rise.';
  const ms = mentionsIn(text, [['Marlow Keane Partners', 'ORG'], ['Marlow Ostby', 'PER'], ['Marlow', 'ORG', 56]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[2].type, 'ORG');
});

test('a company named after a person written in full stays the company', () => {
  const text = 'Founder Hal Brenly spoke first. Brenly shares rose 4% after Brenly reported profits.';
  const ms = mentionsIn(text, [['Hal Brenly', 'PER'], ['Brenly', 'ORG', 32]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].type, 'ORG');
});

test('"Fidel" typed a place after "Fidel Marten" is that person; a country of the name, or a word no given name, stays a place', () => {
  const text = 'Friends of Fidel Marten gathered on Friday. Fidel had moved to the coast in May.';
  const ms = mentionsIn(text, [['Fidel Marten', 'PER'], ['Fidel', 'LOC', 40]]);
  const r = resolveDocumentEntities(ms, aliases);
  assert.equal(r[1].type, 'PER');
  assert.equal(r[1].entityId, r[0].entityId);
  const trip = 'Georgia Wendell flew out on Monday. Georgia hosted the talks a day later.';
  const g = resolveDocumentEntities(mentionsIn(trip, [['Georgia Wendell', 'PER'], ['Georgia', 'LOC', 30]]), aliases);
  assert.equal(g[1].type, 'LOC');
  // a headline's clinic the tagger read as a person leaves the town its first word names a place
  const clinic = 'Tarrow Haven Takes Star\n\nThe singer checked in near Tarrow on Monday.';
  const c = resolveDocumentEntities(mentionsIn(clinic, [['Tarrow Haven', 'PER'], ['Tarrow', 'LOC', 20]]), aliases);
  assert.equal(c[1].type, 'LOC');
});
