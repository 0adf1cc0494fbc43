import test from 'node:test';
import assert from 'node:assert/strict';
import { applyPostRules } from '../../../src/pipeline/entities/postrules.js';
import { LexiconMatcher, mergeLexicon, parseLexicon } from '../../../src/pipeline/entities/lexicon.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

test('organisation names continue through "for + Capitalised words"; numbered units are ORG', () => {
  const text = 'data from the Global Research Centre for Energy Studies, and the 12th Guards Tank Division said.';
  const out = applyPostRules(text, [at(text, 'Global Research Centre', 'ORG'), at(text, 'Energy Studies', 'ORG'), at(text, 'Guards Tank Division', 'PER')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['ORG:Global Research Centre for Energy Studies', 'ORG:12th Guards Tank Division']);
});

test('an organisation name continues through "on + Capitalised words" but not into a date', () => {
  const text = 'The Tamworth Water Council on Tuesday met the Commission on Upland Farming in March.';
  const out = applyPostRules(text, [at(text, 'Tamworth Water Council', 'ORG'), at(text, 'Commission', 'ORG')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['ORG:Tamworth Water Council', 'ORG:Commission on Upland Farming']);
});

test('lexicon: acronyms match as written, names case-insensitively with a capital; the listed type wins on equal spans', () => {
  const lex = new LexiconMatcher(parseLexicon('# c\nORG\tNorth Atlantic Treaty Organization\tNATO\nPER\tJane Roe\n'));
  const text = 'nato and NATO, the North Atlantic treaty organization; jane roe and Jane Roe.';
  const found = lex.find(text).map((m) => m.text).sort();
  assert.deepEqual(found, ['Jane Roe', 'NATO', 'North Atlantic treaty organization']);
  const merged = mergeLexicon([at(text, 'Jane Roe', 'LOC')], lex.find(text));
  assert.ok(merged.some((m) => m.text === 'Jane Roe' && m.type === 'PER'));
});

test('a facility noun ending a sentence is not joined to the name that opens the next', () => {
  const text = 'Rescue teams carried the injured to Kibera hospital.\n\nNairobi, a city of four million, has seen such fires.';
  const out = applyPostRules(text, [at(text, 'Kibera', 'LOC'), at(text, 'Nairobi', 'LOC')]);
  assert.deepEqual(out.map((m) => [m.text, m.type]), [['Kibera', 'LOC'], ['Nairobi', 'LOC']]);
});

test('a bare head noun is not a name; a religious or ethnic group is MISC, never a person', () => {
  const text = 'The Agency said Muslims and Kurds met the Agency for Nuclear Safety in Rome.';
  const out = applyPostRules(text, [at(text, 'Agency', 'PER'), at(text, 'Muslims', 'PER'), at(text, 'Kurds', 'ORG'), at(text, 'Rome', 'LOC')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['MISC:Muslims', 'MISC:Kurds', 'LOC:Rome']);
  const named = 'Officials of the Agency for Nuclear Safety said so.';
  assert.deepEqual(applyPostRules(named, [at(named, 'Agency', 'ORG')]).map((m) => m.text), ['Agency for Nuclear Safety']);
});

test('a name ending in a number sign goes on over its number; other names do not take a number after them', () => {
  const text = 'Then Witness No. 3 spoke, Suspect Number 12 wept and Ward 7 stayed shut.';
  const out = applyPostRules(text, [at(text, 'Witness No.', 'PER'), at(text, 'Suspect Number', 'PER'), at(text, 'Ward', 'LOC')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['PER:Witness No. 3', 'PER:Suspect Number 12', 'LOC:Ward']);
});
