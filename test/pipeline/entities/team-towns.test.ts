// A town written as a side of a verb after the one team of its article named for it is that team;
// a town the article also writes with a preposition stays the place. Fixtures are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const named = (text: string, name: string) => analyseText(text, { until: 'entities' }).mentions.filter((x) => x.text === name);

const TEAM = 'Football\n\nThe Tulsa Hornets lost their opener at home. Late in the game Tulsa was driving again, ';

test('a town that acts after its team is named in full is that team', () => {
  const [team] = named(`${TEAM}but a fumble ended the drive.`, 'Tulsa Hornets');
  const towns = named(`${TEAM}but a fumble ended the drive.`, 'Tulsa');
  assert.equal(towns.length, 1);
  assert.equal(towns[0].type, 'ORG');
  assert.equal(towns[0].entityId, team.entityId);
});

test('a town the article also writes with a preposition stays the place, every mention of it', () => {
  const text = `${TEAM}but fans in Tulsa went home early.`;
  const [team] = named(text, 'Tulsa Hornets');
  const towns = named(text, 'Tulsa');
  assert.equal(towns.length, 2);
  for (const t of towns) assert.notEqual(t.entityId, team.entityId);
});

test('a town acting before any team of it is named keeps its own entity', () => {
  const text = 'City news\n\nTulsa was planning a new budget on Monday, the mayor said. The Tulsa Hornets were not part of it.';
  const [team] = named(text, 'Tulsa Hornets');
  const [town] = named(text, 'Tulsa');
  assert.notEqual(town.entityId, team.entityId);
});

test("a town that owns or modifies a noun of the game after its team is named in full is that team", () => {
  const text = "Football\n\nThe Tulsa Hornets beat the Omaha Herons on Sunday. Tulsa's record rose to 7-2, and a late kick reached the Tulsa 20-yard line.";
  const [team] = named(text, 'Tulsa Hornets');
  const towns = named(text, 'Tulsa');
  assert.equal(towns.length, 2);
  for (const t of towns) assert.equal(t.entityId, team.entityId);
});

test('a modifying town stays the place where the article also writes it with a preposition', () => {
  const text = 'Football\n\nThe Tulsa Hornets won again. The Tulsa defense held, and fans in Tulsa cheered.';
  const [team] = named(text, 'Tulsa Hornets');
  for (const t of named(text, 'Tulsa')) assert.notEqual(t.entityId, team.entityId);
});
