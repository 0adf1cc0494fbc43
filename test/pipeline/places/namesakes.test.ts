// A well-known place wins over a namesake unless the text places us in the namesake's country or
// region; an organisation named after a place is not that place. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { everyPlaceMention } from '../../fixtures/entities/mentions.js';

function placeOf(text: string, name: string, others: Array<[string, EntityType]> = []): string | null {
  const mentions: Mention[] = [[name, 'LOC'] as [string, EntityType], ...others].map(([t, type]) => {
    const start = text.indexOf(t);
    if (start < 0) throw new Error(`fixture: ${t} not in text`);
    return { start, end: start + t.length, type, text: t };
  });
  const found = resolvePlaces(text, mentions.sort((a, b) => a.start - b.start)).find((p) => p.text.startsWith(name));
  return found ? `${found.place.countryCode}:${found.place.kind}` : null;
}

test('Sydney is the Australian city, even where Canada is named in passing', () => {
  assert.equal(placeOf('The ferry operator moved its head office to Sydney last year.', 'Sydney'), 'AU:city');
  assert.equal(placeOf('The band, which toured Canada in spring, will play Sydney in May.', 'Sydney', [['Canada', 'LOC']]), 'AU:city');
});

test('the namesake wins where the text names its region', () => {
  assert.equal(placeOf('Fishermen from across Nova Scotia protested in Sydney on Monday.', 'Sydney', [['Nova Scotia', 'LOC']]), 'CA:city');
});

test('Hollywood is the Los Angeles district; Brighton the English town even beside Australia', () => {
  assert.equal(placeOf('The studio left Hollywood for cheaper sound stages.', 'Hollywood'), 'US:city');
  const hollywood = resolvePlaces('The studio left Hollywood for cheaper sound stages.', [{ start: 16, end: 25, type: 'LOC', text: 'Hollywood' }])[0];
  assert.ok(hollywood.place.lon < -118, `Los Angeles, not Florida: ${hollywood.place.lat},${hollywood.place.lon}`);
  assert.equal(placeOf('Delegates gathered in Brighton, where a strategist from Australia ran the campaign.', 'Brighton', [['Australia', 'LOC']]), 'GB:city');
});

test('Chelsea with London in the text is the London district, not a Massachusetts town', () => {
  const text = 'Shoppers in Chelsea and elsewhere in London queued for the sales.';
  assert.equal(placeOf(text, 'Chelsea', [['London', 'LOC']]), 'GB:city');
});

test('Wales is the nation, not a village of that name', () => {
  assert.equal(placeOf('Farmers in Wales and Scotland face new rules.', 'Wales', [['Scotland', 'LOC']]), 'GB:region');
});

test('an organisation named after a place is not placed there', () => {
  assert.equal(placeOf('Business confidence fell, according to the Ifo institute in Munich.', 'Ifo', [['Munich', 'LOC']]), null);
});

/** Every occurrence of each name as a LOC mention, in text order. */
function allPlaces(text: string, names: string[]): Array<[string, string | null]> {
  const mentions = everyPlaceMention(text, names);
  const found = resolvePlaces(text, mentions);
  return mentions.map((m) => [m.text, found.find((p) => p.start === m.start)?.place.countryCode ?? null]);
}

test('a country named in full lends its short name to the rest of the text, where the context agrees', () => {
  const text = 'Aid agencies in Bukavu, Democratic Republic of the Congo, said the road north was cut. Food prices in eastern Congo have doubled since March, traders in Uvira said.';
  assert.deepEqual(allPlaces(text, ['Democratic Republic of the Congo', 'Bukavu', 'Uvira', 'Congo']), [
    ['Bukavu', 'CD'], ['Democratic Republic of the Congo', 'CD'], ['Congo', 'CD'], ['Uvira', 'CD'],
  ]);
  // without the full name, the short name keeps its own reading
  assert.deepEqual(allPlaces('Loggers crossed into Congo from the north, officials said.', ['Congo']), [['Congo', 'CG']]);
  // a body of water named "of" a country lends it nothing
  assert.deepEqual(allPlaces('Storms in the Gulf of Mexico delayed shipments to Mexico.', ['Gulf of Mexico', 'Mexico']).at(-1), ['Mexico', 'MX']);
});

test('a US state wins over a town of its name elsewhere, or a hamlet of its name at home', () => {
  // The South African town of Virginia has 120,000 people; a state has no population in the gazetteer.
  assert.equal(placeOf('The chip maker will build its new plant in Virginia next year.', 'Virginia'), 'US:region');
  // A country named in passing must not hand the state's name to a small US town.
  const florida = 'Bankers from south Florida said the slowdown was felt across America.';
  assert.equal(placeOf(florida, 'Florida', [['America', 'LOC']]), 'US:region');
  assert.equal(placeOf('Growers in Alabama sold more cotton than last season.', 'Alabama'), 'US:region');
});

test('a province still means its namesake seat, and a namesake town where the text names its country', () => {
  assert.equal(placeOf('Tourists flocked to Antalya over the holiday.', 'Antalya'), 'TR:city');
  assert.equal(placeOf('Miners in Virginia, near Welkom in South Africa, went on strike.', 'Virginia', [['Welkom', 'LOC'], ['South Africa', 'LOC']]), 'ZA:city');
});

test('English names the sources lack reach the place: Berne, Hanover', () => {
  assert.equal(placeOf('The talks in Berne ended without a deal.', 'Berne'), 'CH:city');
  assert.equal(placeOf('Farmers marched through Hanover on Tuesday to protest at milk quotas.', 'Hanover'), 'DE:city');
});

test('a canton or state named in a story about another country keeps its own city, not a small namesake there', () => {
  // "Geneva" with the US named: the Swiss city, not a New York town or the canton.
  const geneva = 'Delegates in Geneva said U.S. negotiators would return next week.';
  assert.equal(placeOf(geneva, 'Geneva', [['U.S.', 'LOC']]), 'CH:city');
  // A US story: "California" is the state, not the Pennsylvania town of 12,000 that shares the name.
  const california = 'The Texas refiner will sell its stations in California, the Houston company said.';
  assert.equal(placeOf(california, 'California', [['Texas', 'LOC'], ['Houston', 'LOC']]), 'US:region');
  // A town of note inside its region still takes the name ("Treviso", the province's own city).
  assert.equal(placeOf('The clothing group, based in Treviso, raised prices.', 'Treviso'), 'IT:city');
});

test('a region listed on the same land as a country of its name is a claim: the name means the country', () => {
  const text = 'Chip orders from Shanghai slowed, while exporters in Taiwan reported record sales.';
  assert.equal(placeOf(text, 'Taiwan', [['Shanghai', 'LOC']]), 'TW:country');
  // A state far from the country of its name is untouched: Georgia in a US story is the state.
  assert.equal(placeOf('Peanut growers in Atlanta and across Georgia expect a good year.', 'Georgia', [['Atlanta', 'LOC']]), 'US:region');
});

test('a world city keeps its name in a story set in a namesake town’s country, unless the text names the town’s state', () => {
  const at = (text: string, names: string[], dateline?: string) =>
    resolvePlaces(text, names.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type: 'LOC' as const, text: t })), dateline ? { dateline } : {}).map((p) => `${p.text}:${p.place.countryCode}`);
  assert.deepEqual(at('Brokers in Chicago and Boston said the bank’s shares also fell in Toronto on Friday.', ['Chicago', 'Boston', 'Toronto'], 'NEW YORK'), ['Chicago:US', 'Boston:US', 'Toronto:CA']);
  assert.deepEqual(at('The chain will open hotels in Amsterdam and Athens next year, its chief executive told analysts in Dallas.', ['Amsterdam', 'Athens', 'Dallas']), ['Amsterdam:NL', 'Athens:GR', 'Dallas:US']);
  const ohio = 'The steel mill in Toronto, a river town in eastern Ohio, laid off workers, a union in Chicago said.';
  assert.deepEqual(at(ohio, ['Toronto', 'Ohio', 'Chicago'], 'NEW YORK'), ['Toronto:US', 'Ohio:US', 'Chicago:US']);
});

test('a dateline alone does not make a namesake outrank a place thirty times better known; places named in the text do', () => {
  const at = (text: string, names: string[]) => {
    const mentions: Mention[] = names.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type: 'LOC', text: t }));
    mentions[0] = { ...mentions[0], dateline: true };
    return resolvePlaces(text, mentions, { dateline: names[0] }).map((p) => `${p.text}:${p.place.countryCode}`);
  };
  assert.deepEqual(at('WASHINGTON, May 4 - Arms negotiators will meet again in Geneva next week, officials said.', ['WASHINGTON', 'Geneva']), ['WASHINGTON:US', 'Geneva:CH']);
  assert.deepEqual(at('WASHINGTON, May 4 - Orchards near Geneva and Buffalo lost much of their crop to frost.', ['WASHINGTON', 'Geneva', 'Buffalo']), ['WASHINGTON:US', 'Geneva:US', 'Buffalo:US']);
});

test('a state or province the text names places its towns there: Melbourne in a story about Florida', () => {
  const text = 'Storm damage in Melbourne was the worst in Florida this year, the governor said.';
  assert.equal(placeOf(text, 'Melbourne', [['Florida', 'LOC']]), 'US:city');
  assert.equal(placeOf('Storm damage in Melbourne was the worst in Victoria this year, the premier said.', 'Melbourne', [['Victoria', 'LOC']]), 'AU:city');
});

test('a compass word alone is a direction or a bloc, not a region or town of that name', () => {
  assert.equal(placeOf('Poland’s trade with the West shrank last year, officials in Warsaw said.', 'West', [['Warsaw', 'LOC']]), null);
  assert.equal(placeOf('Grain traders in Chicago said farmers in the West planted less wheat.', 'West', [['Chicago', 'LOC']]), null);
});

test('a name that also means a region does not vouch for its own repeats through that region', () => {
  const text = 'The steel maker said Bethlehem would keep its mill; Bethlehem employs 900 people near Allentown.';
  const second = text.lastIndexOf('Bethlehem');
  const mentions: Mention[] = [
    { start: text.indexOf('Bethlehem'), end: text.indexOf('Bethlehem') + 9, type: 'LOC', text: 'Bethlehem' },
    { start: second, end: second + 9, type: 'LOC', text: 'Bethlehem' },
    { start: text.indexOf('Allentown'), end: text.indexOf('Allentown') + 9, type: 'LOC', text: 'Allentown' },
  ];
  assert.deepEqual(resolvePlaces(text, mentions).map((p) => p.place.countryCode), ['US', 'US', 'US']);
});

test('a state named only by the name itself vouches for no town of that name; a town beside one the text names is meant', () => {
  assert.equal(placeOf('A steel maker will build a plant in Indiana, a spokesman in Tokyo said.', 'Indiana', [['Tokyo', 'LOC']]), 'US:region');
  const text = 'The carrier will add flights from Houston to Orlando, Tampa/St. Petersburg and Austin in spring.';
  const names = ['Houston', 'Orlando', 'Tampa', 'St. Petersburg', 'Austin'];
  const mentions: Mention[] = names.map((t) => ({ start: text.indexOf(t), end: text.indexOf(t) + t.length, type: 'LOC', text: t }));
  const found = resolvePlaces(text, mentions).find((p) => p.text === 'St. Petersburg');
  assert.equal(found?.place.countryCode, 'US');
});
