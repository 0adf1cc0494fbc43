// names18: capitals from a word's place (a sentence's first word, an office title) are no part of
// the name beside them, and a royal style stays outside a full name's span. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { cutPositionalCapitals } from '../../../src/pipeline/entities/positional-capitals.js';
import { addCountryInitials } from '../../../src/pipeline/entities/country-initials.js';
import { applyHouseStyle } from '../../../src/pipeline/entities/house-style.js';
import { resolveDocumentEntities } from '../../../src/pipeline/entities/resolve.js';
import { createAliasTable, shippedAliasGroups } from '../../../src/pipeline/entities/aliases.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const wn = installedWordNet();
const noWordNet = wn ? false : 'WordNet is not installed';
const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

const casing = new Map([['in', 1], ['all', 1], ['although', 1], ['several', 1], ['secret', 1], ['the', 1], ['replied', 1], ['new', 2]]);

/** The text parsed as the pipeline parses it (its segmentation and parse), and the rule run over `ms`. */
function cut(text: string, ms: Mention[]): string[] {
  const a = analyseText(text, { until: 'syntax' });
  return shown(cutPositionalCapitals(text, ms, a.segmentation, casing, a.syntax, wn));
}

test("a sentence's first word that is no name's word is cut off the name the tagger ran it into", { skip: noWordNet }, () => {
  const text = 'In Oslo Bourse dealings, Hexa gained. Several Oslo Bourse members sold. Replied Ruritania Trade Office officials: no.';
  const ms = [at(text, 'In Oslo Bourse', 'ORG'), at(text, 'Several Oslo Bourse', 'ORG'), at(text, 'Replied Ruritania Trade Office', 'ORG')];
  assert.deepEqual(cut(text, ms), ['ORG:Oslo Bourse', 'ORG:Oslo Bourse', 'ORG:Ruritania Trade Office']);
});

test('an article, a word that can name, a word news capitalises, and a MISC title keep their place', { skip: noWordNet }, () => {
  const text = 'The Hague Forum met. Secret Service agents came. New Delta Mills grew. In Quiet Rooms sold well.';
  const ms = [at(text, 'The Hague Forum', 'ORG'), at(text, 'Secret Service', 'ORG'), at(text, 'New Delta Mills', 'ORG'), at(text, 'In Quiet Rooms', 'MISC')];
  assert.deepEqual(cut(text, ms), ['ORG:The Hague Forum', 'ORG:Secret Service', 'ORG:New Delta Mills', 'MISC:In Quiet Rooms']);
});

test('the first word of an office is cut off the name before it, unless it names a body', { skip: noWordNet }, () => {
  const text = 'He met UK Vice President Ola Berg, Ruritania Treasury Secretary Kim Dahl and Trade and Industry Services Secretary Eva Lund.';
  const ms = [at(text, 'UK Vice', 'ORG'), at(text, 'Ruritania Treasury', 'ORG'), at(text, 'Trade and Industry Services', 'ORG')];
  assert.deepEqual(cut(text, ms), ['ORG:UK', 'ORG:Ruritania Treasury', 'ORG:Trade and Industry Services']);
});

test('the first word of an office whose second the article abbreviates is cut off the body before it; a word that is no abbreviation stays', { skip: noWordNet }, () => {
  const text = 'Ruritania Navy Vice Adm. Ola Berg met Talvik Rear Admissions staff.';
  const ms = [at(text, 'Ruritania Navy Vice', 'ORG'), at(text, 'Talvik Rear', 'ORG')];
  assert.deepEqual(cut(text, ms), ['ORG:Ruritania Navy', 'ORG:Talvik Rear']);
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

test('a cut that would leave one word the article never writes alone, or split a longer name, is not made', { skip: noWordNet }, () => {
  const text = 'All Ticket Group PLC rose. All Ticket gained more. Although Hexacorp lost, Hexacorp grew.';
  const ms = [at(text, 'All Ticket Group PLC', 'ORG'), at(text, 'All Ticket', 'ORG', 20), at(text, 'Although Hexacorp', 'ORG'), at(text, 'Hexacorp', 'ORG', 70)];
  assert.deepEqual(cut(text, ms), ['ORG:All Ticket Group PLC', 'ORG:All Ticket', 'ORG:Hexacorp', 'ORG:Hexacorp']);
});

test("a place named after a royal keeps the style: it is the place's name", () => {
  const text = 'Fishermen in Prince Edward Island protested.';
  assert.deepEqual(shown(applyHouseStyle(text, [at(text, 'Prince Edward Island', 'PER')])), ['PER:Prince Edward Island']);
});
