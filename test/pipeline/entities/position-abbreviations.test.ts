// A sports position written in capitals before a player's name ("RB Jalen Morrow") is no part of
// the name, and the name is a person's. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { typePositionedPlayers } from '../../../src/pipeline/entities/position-abbreviations.js';
import type { Mention } from '../../../src/types.js';

const names = (text: string) => analyseText(text, { until: 'entities' }).mentions;

test('a position opening a sentence is cut from the player after it', () => {
  const ms = names('WR Dashon Keeler caught nine passes for 140 yards .');
  const player = ms.find((m) => m.text.includes('Keeler'));
  assert.equal(player?.text, 'Dashon Keeler');
  assert.equal(player?.type, 'PER');
});

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};
const casing: ReadonlyMap<string, number> = new Map();

test('the letters spanned with a name are cut and the name typed a person', () => {
  const text = 'Later LB Tavon Reddick forced a fumble.';
  const { mentions, settled } = typePositionedPlayers(text, [at(text, 'LB Tavon Reddick', 'ORG')], casing);
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['Tavon Reddick', 'PER']]);
  assert.equal(text.slice(mentions[0].start, mentions[0].end), 'Tavon Reddick');
  assert.equal(settled.size, 1);
});

test('a name just after the letters is a person, whatever the tagger typed', () => {
  const text = 'The Hawks waived CB Orrin Talbot on Monday.';
  const { mentions } = typePositionedPlayers(text, [at(text, 'Orrin Talbot', 'LOC')], casing);
  assert.equal(mentions[0].type, 'PER');
});

test('a company whose name opens with the same letters stays a company', () => {
  const text = 'TE Holdings Ltd bought the plant.';
  const { mentions, settled } = typePositionedPlayers(text, [at(text, 'TE Holdings Ltd', 'ORG')], casing);
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['TE Holdings Ltd', 'ORG']]);
  assert.equal(settled.size, 0);
});

test('letters that are no position leave the name alone', () => {
  const text = 'Shares of XQ Marlow Brands rose.';
  const { mentions } = typePositionedPlayers(text, [at(text, 'Marlow Brands', 'ORG')], casing);
  assert.equal(mentions[0].type, 'ORG');
});

test('a side named before the letters is parted from its player', () => {
  const text = 'The Harbor Gulls WR Amos Teller dropped a pass.';
  const { mentions, settled } = typePositionedPlayers(text, [at(text, 'Harbor Gulls WR Amos Teller', 'ORG')], casing);
  assert.deepEqual(mentions.map((m) => [text.slice(m.start, m.end), m.text, m.type]), [['Harbor Gulls', 'Harbor Gulls', 'ORG'], ['Amos Teller', 'Amos Teller', 'PER']]);
  assert.equal(settled.size, 2);
});

test('letters inside a name that end no player leave the span whole', () => {
  const text = 'Analysts at Pinecrest TE Partners said so.';
  const { mentions } = typePositionedPlayers(text, [at(text, 'Pinecrest TE Partners', 'ORG')], casing);
  assert.deepEqual(mentions.map((m) => [m.text, m.type]), [['Pinecrest TE Partners', 'ORG']]);
});
