// A team's plural nickname written alone is the one team its article names in full with a place
// before it, wherever the full name comes (a headline names the team first), whatever type the
// tagger gave either form; both take the organisation's type. Two teams ending in the nickname, a
// team named for a hamlet ("Golden Eagles") and a plural surname read as a person keep what they
// had. Fixtures are our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import type { EntityType } from '../../../src/types.js';
import { mentionsApart as mentions } from '../../fixtures/entities/mentions.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const aliases = createAliasTable(shippedAliasGroups());
const resolve = (docId: string, ...items: Array<[string, EntityType]>) => resolveDocumentEntities(mentions(...items), aliases, { docId });

test('a nickname in a headline is the team the body names in full after it', () => {
  const r = resolve('t1', ['Otters', 'ORG'], ['Portland Otters', 'ORG']);
  assert.equal(r[0].entityId, r[1].entityId);
  assert.equal(r[0].canonical, 'Portland Otters');
});

test('a team read as a thing and its nickname read as an organisation or a person are one organisation', () => {
  const thing = resolve('t2', ['Denver Falcons', 'MISC'], ['Falcons', 'ORG']);
  assert.equal(thing[0].entityId, thing[1].entityId);
  assert.deepEqual([thing[0].type, thing[1].type], ['ORG', 'ORG']);
  const person = resolve('t3', ['Saints', 'PER'], ['Tulsa Saints', 'ORG']);
  assert.equal(person[0].entityId, person[1].entityId);
  assert.equal(person[0].type, 'ORG');
});

test('two teams ending in the nickname, a team named for no sizeable place, or a surname read as a person keep their own entities', () => {
  const two = resolve('t4', ['Falcons', 'ORG'], ['Denver Falcons', 'ORG'], ['Reno Falcons', 'ORG']);
  assert.notEqual(two[0].entityId, two[1].entityId);
  assert.notEqual(two[0].entityId, two[2].entityId);
  const hamlet = resolve('t6', ['Eagles', 'ORG'], ['Golden Eagles', 'ORG']);
  assert.notEqual(hamlet[0].entityId, hamlet[1].entityId);
  const surname = resolve('t5', ['Edwards', 'PER'], ['Houston Edwards', 'ORG']);
  assert.equal(surname[0].type, 'PER');
  assert.notEqual(surname[0].entityId, surname[1].entityId);
});

test('a headline\'s nickname joins the team its story names (whole pipeline)', () => {
  const a = analyseText('Hawks sign veteran guard. The Atlanta Hawks signed a guard on Monday, and the Hawks said he would start.');
  const ids = new Set(a.mentions.filter((m) => m.text === 'Hawks' || m.text === 'Atlanta Hawks').map((m) => m.entityId));
  assert.equal(ids.size, 1);
});

test('a plural short form after a team whose first word is an adjective, no sizeable place, stays its own organisation', () => {
  // the full name first: the organisation short-form rules see it too, and ask the same of its place
  const hamlet = resolve('t7', ['Golden Eagles', 'ORG'], ['Eagles', 'ORG']);
  assert.notEqual(hamlet[0].entityId, hamlet[1].entityId);
  const town = resolve('t8', ['Spokane Ravens', 'ORG'], ['Ravens', 'ORG']);
  assert.equal(town[0].entityId, town[1].entityId);
});

test('a town\'s pet form ("Pitty", "Bosty") is the one team the article names in full for that town', () => {
  const r = resolve('t20', ['Pitty', 'PER'], ['Pittsburgh Hawks', 'ORG'], ['Bosty', 'ORG'], ['Boston Owls', 'MISC']);
  assert.equal(r[0].entityId, r[1].entityId);
  assert.equal(r[0].type, 'ORG');
  assert.equal(r[2].entityId, r[3].entityId);
});

test('a pet form with a doubled letter ("Milly" of Milwaukee) is the team; one no team of the article fits stays as written', () => {
  const doubled = resolve('t21', ['Milly', 'ORG'], ['Milwaukee Falcons', 'ORG']);
  assert.equal(doubled[0].entityId, doubled[1].entityId);
  const none = resolve('t22', ['Andy', 'PER'], ['Denver Falcons', 'ORG']);
  assert.notEqual(none[0].entityId, none[1].entityId);
  assert.equal(none[0].canonical, 'Andy');
});

test('a pet form stays the town where only the alias table names the team in full; the full name written still takes it', () => {
  const withNickname = createAliasTable([...shippedAliasGroups(), { type: 'ORG', names: ['Milwaukee Falcons', 'Flyers'] }]);
  const nicknameOnly = resolveDocumentEntities(mentions(['Flyers', 'ORG'], ['Milly', 'ORG']), withNickname, { docId: 't23' });
  assert.equal(nicknameOnly[0].canonical, 'Milwaukee Falcons');
  assert.notEqual(nicknameOnly[1].entityId, nicknameOnly[0].entityId);
  const written = resolveDocumentEntities(mentions(['Milwaukee Falcons', 'ORG'], ['Milly', 'ORG']), withNickname, { docId: 't24' });
  assert.equal(written[1].entityId, written[0].entityId);
});

test('the town\'s own name, a pet form read as a place and one two teams of one town fit stay apart', () => {
  const town = resolve('t23', ['Denver', 'LOC'], ['Denver Falcons', 'ORG']);
  assert.notEqual(town[0].entityId, town[1].entityId);
  const place = resolve('t25', ['Pitty', 'LOC'], ['Pittsburgh Hawks', 'ORG']);
  assert.notEqual(place[0].entityId, place[1].entityId);
  assert.equal(place[0].type, 'LOC');
  const two = resolve('t24', ['Denvy', 'ORG'], ['Denver Falcons', 'ORG'], ['Denver Otters', 'ORG']);
  assert.notEqual(two[0].entityId, two[1].entityId);
  assert.notEqual(two[0].entityId, two[2].entityId);
});

test('a nickname joined to a shorter team name goes on to the full name that shorter one was joined to', () => {
  // "Trail" is a town, so "Otters" first finds "Trail Otters", which is "Denver Trail Otters"
  const r = resolve('t9', ['Denver Trail Otters', 'ORG'], ['Otters', 'ORG'], ['Trail Otters', 'ORG']);
  assert.equal(r[1].entityId, r[0].entityId);
  assert.equal(r[2].entityId, r[0].entityId);
  assert.equal(r[1].canonical, 'Denver Trail Otters');
});

test('a club named for a year alone is the team its article names in full with its town', () => {
  const r = resolve('t-year', ['Tulsa 58ers', 'ORG'], ['58ers', 'ORG']);
  assert.equal(r[0].entityId, r[1].entityId);
  assert.equal(r[1].canonical, 'Tulsa 58ers');
  const noTown = resolve('t-year-2', ['Harlowe Vance 58ers', 'ORG'], ['58ers', 'ORG']);
  assert.notEqual(noTown[0].entityId, noTown[1].entityId);
});
