// Sports copy names a team in full and then by its town alone ("the Toledo Hawks" … "Toledo has
// won"); where the tagger reads that town as an organisation, it is the team named before it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('a town the tagger types an organisation after its team\'s full name is that team', () => {
  const a = analyseText('Hockey\n\nThe Toledo Hawks beat the Erie Kings 4-2. Toledo has now won five straight games at home.');
  const town = a.mentions.find((m) => m.text === 'Toledo');
  const team = a.mentions.find((m) => m.text === 'Toledo Hawks');
  assert.ok(town && team, a.mentions.map((m) => `${m.text}[${m.type}]`).join(', '));
  assert.equal(town.type, 'ORG');
  assert.equal(town.entityId, team.entityId);
});

test('with two teams of the town in the article, the town alone stays apart', () => {
  const a = analyseText('Sports\n\nThe Toledo Hawks and the Toledo Owls both won on Friday. Toledo has now won five straight games at home.');
  const town = a.mentions.find((m) => m.text === 'Toledo');
  assert.ok(town);
  assert.equal(town.canonical, 'Toledo');
});

test('a town typed a place keeps its own entity beside its team', () => {
  const a = analyseText('Hockey\n\nThe Toledo Hawks beat the Erie Kings 4-2. The crowd in Toledo cheered.');
  const town = a.mentions.find((m) => m.text === 'Toledo');
  const team = a.mentions.find((m) => m.text === 'Toledo Hawks');
  assert.ok(town && team);
  assert.notEqual(town.entityId, team.entityId);
});

test('a town before a company named with a plural thing is not that company', () => {
  const a = analyseText('Business\n\nTexas Instruments reported higher profit on Monday. Texas said sales of chips rose.');
  const town = a.mentions.find((m) => m.text === 'Texas');
  assert.ok(town);
  assert.equal(town.canonical, 'Texas');
});
