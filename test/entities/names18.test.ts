// names18: capitals from a word's place (a sentence's first word, an office title) are no part of
// the name beside them, and a royal style stays outside a full name's span. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../src/types.js';
import { segment } from '../../src/pipeline/segment/index.js';
import { cutPositionalCapitals } from '../../src/pipeline/entities/positional-capitals.js';
import { addCountryInitials } from '../../src/pipeline/entities/country-initials.js';
import { applyHouseStyle } from '../../src/pipeline/entities/house-style.js';
import { resolveDocumentEntities } from '../../src/corpus/entities/resolve.js';
import { createAliasTable, shippedAliasGroups } from '../../src/corpus/entities/aliases.js';
import { installedWordNet } from '../../src/corpus/events/wordnet.js';
import { mentionAt as at } from '../fixtures/entities/mentions.js';

const wn = installedWordNet();
const noWordNet = wn ? false : 'WordNet is not installed';
const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

const casing = new Map([['in', 1], ['several', 1], ['the', 1], ['new', 2], ['labour', 3]]);

test("a sentence's first word news never capitalises is cut off the name the tagger ran it into", () => {
  const text = 'In Oslo Bourse dealings, Hexa gained. Several Oslo Bourse members sold. The Hague Forum met. New Delta Mills grew.';
  const ms = [at(text, 'In Oslo Bourse', 'ORG'), at(text, 'Several Oslo Bourse', 'ORG'), at(text, 'The Hague Forum', 'ORG'), at(text, 'New Delta Mills', 'ORG')];
  const out = cutPositionalCapitals(text, ms, segment(text), casing, wn);
  assert.deepEqual(shown(out), ['ORG:Oslo Bourse', 'ORG:Oslo Bourse', 'ORG:The Hague Forum', 'ORG:New Delta Mills']);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('mid-sentence, or in a MISC name (a title), the first word stays', () => {
  const text = 'Readers liked In Quiet Rooms. In Quiet Rooms sold well.';
  const ms = [at(text, 'In Quiet Rooms', 'MISC'), at(text, 'In Quiet Rooms', 'MISC', 20)];
  assert.deepEqual(shown(cutPositionalCapitals(text, ms, segment(text), casing, wn)), ['MISC:In Quiet Rooms', 'MISC:In Quiet Rooms']);
});

test('the first word of an office is cut off the name before it; other words before an office stay', { skip: noWordNet }, () => {
  const text = 'He met UK Vice President Ola Berg and Trade and Industry Services Secretary Kim Dahl.';
  const ms = [at(text, 'UK Vice', 'ORG'), at(text, 'Ola Berg', 'PER'), at(text, 'Trade and Industry Services', 'ORG'), at(text, 'Kim Dahl', 'PER')];
  assert.deepEqual(shown(cutPositionalCapitals(text, ms, segment(text), casing, wn)), ['ORG:UK', 'PER:Ola Berg', 'ORG:Trade and Industry Services', 'PER:Kim Dahl']);
});

test("a country's initials before an office are the country; before another capitalised word they are not", { skip: noWordNet }, () => {
  const text = 'US Secretary of Trade Ola Berg flew on US Skyways.';
  const added = addCountryInitials(text, [at(text, 'Ola Berg', 'PER')], segment(text)).filter((m) => m.type === 'LOC');
  assert.deepEqual(added.map((m) => `${m.text}@${m.start}`), ['US@0']);
});

test('a royal style stays outside a full name, kept on the mention; before one given name it is the name', () => {
  const text = 'Queen Maren III opened it. King Olav spoke, and Prince Haakon bin Tariq listened.';
  const out = applyHouseStyle(text, [at(text, 'Queen Maren III', 'PER'), at(text, 'King Olav', 'PER'), at(text, 'Haakon bin Tariq', 'PER')]);
  assert.deepEqual(shown(out), ['PER:Maren III', 'PER:King Olav', 'PER:Haakon bin Tariq']);
  assert.deepEqual(out.map((m) => m.title ?? null), ['Queen', 'King', 'Prince']);
  for (const m of out) assert.equal(text.slice(m.start, m.end), m.text);
});

test('the full name a royal style was cut from is still found by "Queen Maren" and "the Queen"', () => {
  const text = 'Queen Maren III opened it. Later Queen Maren left, and the Queen waved.';
  const styled = applyHouseStyle(text, [at(text, 'Queen Maren III', 'PER'), at(text, 'Queen Maren', 'PER', 20), at(text, 'Queen', 'PER', 50)]);
  const resolved = resolveDocumentEntities(styled, createAliasTable(shippedAliasGroups()), { docId: 'n18' });
  assert.deepEqual(resolved.map((r) => r.canonical), ['Maren III', 'Maren III', 'Maren III']);
  assert.equal(new Set(resolved.map((r) => r.entityId)).size, 1);
});
