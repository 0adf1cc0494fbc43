// Within one article: a team's bare nickname the tagger leaves untagged ("beat the Herons") is a
// mention of the one team the article writes in full with its place ("the Dunmore Herons"), before
// or after it; a word two teams of the article end in stays as it is. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { addTeamNicknameRepeats } from '../../../src/pipeline/entities/team-nickname-repeats.js';
import type { Mention } from '../../../src/types.js';

const mention = (text: string, name: string, type: Mention['type'] = 'ORG', from = 0): Mention => {
  const start = text.indexOf(name, from);
  return { start, end: start + name.length, type, text: name };
};

test('a bare nickname before and after the full name is a mention of the team', () => {
  const text = 'Rally Lifts Herons Past Rivals\n\nThe Denver Herons won 3-1 on Sunday. Later the Herons flew home.';
  const full = mention(text, 'Denver Herons');
  const out = addTeamNicknameRepeats(text, [full]);
  assert.deepEqual(
    out.map((m) => m.text),
    ['Herons', 'Denver Herons', 'Herons'],
  );
  assert.ok(out.every((m, k) => k === 0 || out[k - 1].start < m.start));
  assert.equal(out[0].type, 'ORG');
});

test('a nickname inside a mention the tagger found is left to it', () => {
  const text = 'The Denver Herons won on Sunday. The Herons Stadium was full.';
  const stadium = mention(text, 'Herons Stadium', 'LOC');
  const out = addTeamNicknameRepeats(text, [mention(text, 'Denver Herons'), stadium]);
  assert.equal(out.length, 2);
});

test('no team written with its place, or two teams of one nickname: nothing is added', () => {
  const plain = 'The Herons won on Sunday. The Herons flew home.';
  assert.equal(addTeamNicknameRepeats(plain, [mention(plain, 'Herons')]).length, 1);
  const two = 'The Denver Herons beat the Boston Herons. The Herons of the west were better.';
  const ms = [mention(two, 'Denver Herons'), mention(two, 'Boston Herons')];
  assert.equal(addTeamNicknameRepeats(two, ms).length, 2);
});

test('end to end, the untagged nickname takes the full name\'s entity', async () => {
  const { analyseText } = await import('../../fixtures/analyse-text.js');
  const text = 'The Denver Herons won 3-1 on Sunday against a young side. The Herons lost only once in May.';
  const a = analyseText(text);
  const full = a.mentions.find((m) => m.text === 'Denver Herons');
  const bare = a.mentions.find((m) => m.text === 'Herons');
  assert.ok(full?.entityId);
  assert.equal(bare?.entityId, full.entityId);
});

test('a town\'s untagged pet form that the parse makes a subject or object is the team; one modifying a noun is not added', async () => {
  const { analyseText } = await import('../../fixtures/analyse-text.js');
  const { segment } = await import('../../../src/pipeline/segment/index.js');
  const { loadSyntaxModel, parseDocument } = await import('../../../src/pipeline/syntax/index.js');
  const text = 'The Brockton Hawks lost at home on Sunday. Then nothing could stop Brocky in the second half.';
  const full = mention(text, 'Brockton Hawks');
  const syntax = parseDocument(text, segment(text), loadSyntaxModel(), null);
  const out = addTeamNicknameRepeats(text, [full], syntax);
  assert.deepEqual(out.map((m) => m.text), ['Brockton Hawks', 'Brocky']);
  assert.equal(addTeamNicknameRepeats(text, [full]).length, 1);
  const fans = 'The Brockton Hawks lost at home on Sunday. The Brocky fans went home early.';
  const fansSyntax = parseDocument(fans, segment(fans), loadSyntaxModel(), null);
  assert.equal(addTeamNicknameRepeats(fans, [mention(fans, 'Brockton Hawks')], fansSyntax).length, 1);
  const a = analyseText(text);
  const pet = a.mentions.find((m) => m.text === 'Brocky');
  assert.equal(pet?.entityId, a.mentions.find((m) => m.text === 'Brockton Hawks')?.entityId);
});
