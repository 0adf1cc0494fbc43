// A name ending in a noun WordNet files as a business is an organisation; a holiday is MISC.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typeBusinessAndHolidayNames } from '../../../src/pipeline/entities/business-and-holiday-names.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EntityType, Mention } from '../../../src/types.js';

const m = (text: string, type: EntityType, title?: string): Mention => ({ start: 0, end: text.length, type, text, ...(title ? { title } : {}) });
const listed = (ms: Mention[]) => ms.map((x) => `${x.text}/${x.type}`).join(', ');
const typeOf = (ms: Mention[], text: string) => ms.find((x) => x.text === text)?.type;

test('in an article, a creamery and a dairy the tagger called persons are organisations', { skip: !installedWordNet() }, () => {
  const a = analyseText('Ice cream maker closes\n\nThe owners of Marlowe Creamery said on Tuesday that the shop would shut in March. Farmers who supply Hollins Dairy met in the village hall.');
  assert.equal(typeOf(a.mentions, 'Marlowe Creamery'), 'ORG', listed(a.mentions));
  assert.equal(typeOf(a.mentions, 'Hollins Dairy'), 'ORG', listed(a.mentions));
});

test('in an article, holidays are MISC, never persons or places', { skip: !installedWordNet() }, () => {
  const a = analyseText('Holiday sales\n\nMany families celebrate Hanukkah and Christmas in December. Sales after Easter and Thanksgiving were stronger.');
  for (const name of ['Hanukkah', 'Christmas', 'Easter', 'Thanksgiving']) assert.equal(typeOf(a.mentions, name), 'MISC', listed(a.mentions));
});

test('surnames that are trade nouns stay persons after a given name or a title', { skip: !installedWordNet() }, () => {
  const input = [m('Helen Baker', 'PER'), m('Thomas Mason', 'PER'), m('Julia Forge', 'PER'), m('Mr Foundry', 'PER', 'Mr'), m('Pelling Brewery', 'PER')];
  const { mentions, settled } = typeBusinessAndHolidayNames(input);
  assert.deepEqual(mentions.map((x) => x.type), ['PER', 'PER', 'PER', 'PER', 'ORG']);
  assert.equal(settled.size, 1);
});

test('a place named after a holiday is left to the tagger', { skip: !installedWordNet() }, () => {
  const { mentions } = typeBusinessAndHolidayNames([m('Christmas Island', 'LOC'), m('Easter', 'PER')]);
  assert.deepEqual(mentions.map((x) => x.type), ['LOC', 'MISC']);
});

test('a business the tagger read as a product or an event is an organisation; a fair, a lone noun or a name ending in an adjective (a division) stay MISC', { skip: !installedWordNet() }, () => {
  const input = [m('Corrick Valley Dairy', 'MISC'), m('Oster Hill Bakery', 'MISC'), m('Corrick Valley Fair', 'MISC'), m('Bakery', 'MISC'), m('Northern Conference Central', 'MISC')];
  const { mentions, settled } = typeBusinessAndHolidayNames(input);
  assert.deepEqual(mentions.map((x) => x.type), ['ORG', 'ORG', 'MISC', 'MISC', 'MISC']);
  assert.equal(settled.size, 2);
});
