// A name and its plural written in one article are one entity, named as the plural ("the Grammys"
// … "a Grammy"; "Wildcats" … "a Wildcat"), the person's type giving way to the other form's; two
// people ("Peter", "Peters"), two other types and places stay apart. Fixtures are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('a prize and the awards named by its plural are one entity, named as the plural', () => {
  const r = resolve('p1', ['Grammys', 'MISC'], ['Grammy', 'MISC']);
  assert.equal(r[0].entityId, r[1].entityId);
  assert.equal(r[1].canonical, 'Grammys');
});

test('a member read as a person takes the type of the team its plural names, and a team read as a person its member\'s', () => {
  const member = resolve('p2', ['Red Hawk', 'PER'], ['Red Hawks', 'ORG']);
  assert.equal(member[0].entityId, member[1].entityId);
  assert.equal(member[0].type, 'ORG');
  const team = resolve('p3', ['Wildcats', 'PER'], ['Wildcat', 'MISC'], ['Wildcats', 'PER']);
  assert.deepEqual(team.map((x) => x.type), ['MISC', 'MISC', 'MISC']);
  assert.equal(new Set(team.map((x) => x.entityId)).size, 1);
});

test('two people, an organisation and a thing, a place and a form another rule settled keep their own entities', () => {
  const people = resolve('p4', ['Peter', 'PER'], ['Peters', 'PER']);
  assert.notEqual(people[0].entityId, people[1].entityId);
  const unsure = resolve('p7', ['Grammys', 'ORG'], ['Grammy', 'MISC']);
  assert.notEqual(unsure[0].entityId, unsure[1].entityId);
  assert.deepEqual(unsure.map((x) => x.type), ['ORG', 'MISC']);
  const place = resolve('p5', ['Athen', 'ORG'], ['Athens', 'LOC']);
  assert.notEqual(place[0].entityId, place[1].entityId);
  const given = resolve('p6', ['Oscar Lindqvist', 'PER'], ['Oscars', 'MISC'], ['Oscar', 'PER']);
  assert.equal(given[2].entityId, given[0].entityId);
  assert.notEqual(given[2].entityId, given[1].entityId);
});
