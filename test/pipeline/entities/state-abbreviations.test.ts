// A news-style state abbreviation after a name and a comma is a place mention of its own. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { splitStateAbbreviations } from '../../../src/pipeline/entities/state-abbreviations.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);
const known = new Set(['Ore.', 'Tenn.', 'N.M.', 'Wis.']);

test('an abbreviation the tagger read as a firm is the state; an untagged one is added', () => {
  const text = 'The loan went to Harlow Mills Inc. of Medford, Ore. A lender in Kenosha, Wis. said nothing.';
  const out = splitStateAbbreviations(text, [at(text, 'Harlow Mills Inc.', 'ORG'), at(text, 'Medford', 'LOC'), at(text, 'Ore.', 'ORG'), at(text, 'Kenosha', 'LOC')], known);
  assert.deepEqual(shown(out), ['ORG:Harlow Mills Inc.', 'LOC:Medford', 'LOC:Ore.', 'LOC:Kenosha', 'LOC:Wis.']);
});

test('a span holding the town and the state is cut in two places; a company before the state stays one', () => {
  const text = 'Shares of the Gallup, N.M., toolmaker rose, as did those of Brindle Corp., Wis.';
  const out = splitStateAbbreviations(text, [at(text, 'Gallup, N.M.', 'ORG'), at(text, 'Brindle Corp., Wis.', 'ORG')], known);
  assert.deepEqual(shown(out), ['LOC:Gallup', 'LOC:N.M.', 'ORG:Brindle Corp.', 'LOC:Wis.']);
});

test('a name the tagger ran on after the abbreviation\'s period keeps its own span and type', () => {
  const text = 'The clinic stood near Jackson, Tenn. Dorrance later moved away.';
  const out = splitStateAbbreviations(text, [at(text, 'Jackson', 'LOC'), at(text, 'Tenn. Dorrance', 'PER')], known);
  assert.deepEqual(shown(out), ['LOC:Jackson', 'LOC:Tenn.', 'PER:Dorrance']);
});

test('a lower-case word glued to the period is dropped with the span ("-based" lost its hyphen)', () => {
  const text = 'A spokesman for the Bend, Ore.based chain declined to comment.';
  const out = splitStateAbbreviations(text, [at(text, 'Bend', 'LOC'), at(text, 'Ore.based', 'ORG')], known);
  assert.deepEqual(shown(out), ['LOC:Bend', 'LOC:Ore.']);
});

test('never alone, never unlisted, never after a lower-case word, never a titled name, never before a hyphen', () => {
  const text = 'Ore. prices rose in Tenn. and elsewhere, Tenn. said. Smith, Mont. and the rest, Wis. too. Ms. Alder, Wis. A Bend, Ore.-based chain.';
  const ms = [at(text, 'Smith', 'PER'), at(text, 'Mont.', 'ORG'), { ...at(text, 'Ms. Alder, Wis.', 'PER'), title: 'Ms.' }, at(text, 'Bend', 'LOC'), at(text, 'Ore.-based', 'MISC')];
  assert.deepEqual(shown(splitStateAbbreviations(text, ms, known)), shown(ms));
});

test('a state already its own place mention is left as it is', () => {
  const text = 'They met in Medford, Ore., last week.';
  const ms = [at(text, 'Medford', 'LOC'), at(text, 'Ore.', 'LOC')];
  assert.equal(splitStateAbbreviations(text, ms, known), ms);
});

test('tokenised text: spaced letters keep their periods, a spaced stop after a word is left out; the town without the space', () => {
  const text = 'He lives near Roswell , N . M . and visits Eugene , Ore . Most weeks , Kenosha , Wis . Tallon said .';
  const out = splitStateAbbreviations(text, [at(text, 'Roswell , N . M', 'ORG'), at(text, 'Eugene', 'LOC'), at(text, 'Ore', 'LOC'), at(text, 'Kenosha', 'LOC'), at(text, 'Wis . Tallon', 'PER')], known);
  assert.deepEqual(shown(out), ['LOC:Roswell', 'LOC:N . M .', 'LOC:Eugene', 'LOC:Ore', 'LOC:Kenosha', 'LOC:Wis', 'PER:Tallon']);
});
