// What a map reader sees: a place is shown by the name the text writes (or the gazetteer's own
// when the text writes that), never by a local spelling no English source wrote; a dateline's
// capitals and a name's article do not make a second spelling of the place's entity. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { withPlaceNames } from '../../../src/pipeline/places/entity-names.js';
import { entityIdFor } from '../../../src/pipeline/entities/resolve.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

const at = (text: string, s: string, from = 0): Mention => mentionAt(text, s, 'LOC', from);
const shown = (text: string, names: string[]) => resolvePlaces(text, names.map((n) => at(text, n))).map((p) => p.place.name);

test('a city the text writes by its English name is shown by that name, not the local one', () => {
  assert.deepEqual(shown('The arms talks in Geneva broke up on Friday.', ['Geneva']), ['Geneva']);
  assert.deepEqual(shown('A cathedral fire in Cologne drew crowds from Munich.', ['Cologne', 'Munich']), ['Cologne', 'Munich']);
});

test('a dateline in capitals is shown as the place is spelled, not in capitals', () => {
  assert.deepEqual(shown('GENEVA, May 4 - The chemical weapons talks resumed.', ['GENEVA']), ['Geneva']);
  assert.deepEqual(shown('THE HAGUE, June 2 - The court adjourned.', ['THE HAGUE']), ['The Hague']);
  // the text's letters, not the source's accented spelling
  assert.deepEqual(shown('MONTREAL, June 2 - The port reopened.', ['MONTREAL']), ['Montreal']);
});

test('a country keeps its English name whatever short form the text uses', () => {
  assert.deepEqual(shown('Exports from Britain rose in March.', ['Britain']), ['United Kingdom']);
});

test("the entity of a dateline or of a name with its article takes the place's spelling", () => {
  const text = 'BRUSSELS, May 3 - Judges in The Hague and ministers in Brussels disagreed.';
  const mentions = [at(text, 'BRUSSELS'), at(text, 'The Hague'), at(text, 'Brussels', 20)];
  // as entity resolution leaves them: capitals kept, the article dropped
  const resolved = mentions.map((m) => ({ ...m, canonical: m.text.replace(/^The /, '') }));
  const named = withPlaceNames(text, resolved, resolvePlaces(text, resolved));
  assert.deepEqual(named.map((m) => m.canonical), ['Brussels', 'The Hague', 'Brussels']);
});

test('a capital dateline whose place is shown by a longer name keeps its own words in a reader\'s case', () => {
  const text = 'NEW YORK, March 3 - Shares in New York rose.';
  const mentions = [at(text, 'NEW YORK'), at(text, 'New York', 10)].map((m) => ({ ...m, canonical: m.text }));
  const places = resolvePlaces(text, mentions);
  assert.deepEqual(places.map((p) => p.place.name), ['New York City', 'New York City']);
  assert.deepEqual(withPlaceNames(text, mentions, places).map((m) => m.canonical), ['New York', 'New York']);
});

test('the whole pipeline names The Hague with its article and a capital dateline as the city', () => {
  const text = 'THE HAGUE, March 9 - Prosecutors in The Hague charged two men on Monday. Police in The Hague said the men were held overnight.';
  const a = analyseText(text);
  const locs = a.mentions.filter((m) => m.type === 'LOC').map((m) => m.canonical);
  assert.ok(locs.length >= 2, `places found: ${JSON.stringify(locs)}`);
  assert.deepEqual([...new Set(locs)], ['The Hague']);
});

test('a state\'s abbreviation the tagger made an organisation is a place, an entity of its own beside the full name', () => {
  const text = 'Vineyards near Napa, Calif., sold out early; California growers toasted the harvest.';
  const mentions = [
    { ...at(text, 'Napa'), canonical: 'Napa', entityId: 'ent_napa' },
    { ...at(text, 'Calif.'), type: 'ORG' as const, canonical: 'Calif.', entityId: 'ent_calif_org' },
    { ...at(text, 'California'), canonical: 'California', entityId: 'ent_california' },
  ];
  const named = withPlaceNames(text, mentions, resolvePlaces(text, mentions));
  assert.deepEqual(
    named.map((m) => [m.type, m.canonical, m.entityId]),
    [['LOC', 'Napa', 'ent_napa'], ['LOC', 'Calif.', entityIdFor('LOC', 'Calif.')], ['LOC', 'California', 'ent_california']],
  );
});

test("a state's abbreviation tokenised text writes apart from its stop is shown with the stop, as news writes it", () => {
  const text = 'Vineyards near Napa , Calif . , sold out ; growers in Albany , N . Y . , and Erie , Pa cheered .';
  const mentions = [at(text, 'Napa'), at(text, 'Calif'), at(text, 'Albany'), at(text, 'N . Y .'), at(text, 'Erie'), at(text, 'Pa')].map((m) => ({ ...m, canonical: m.text }));
  const named = withPlaceNames(text, mentions, resolvePlaces(text, mentions));
  // "Pa" without its stop is left as written: nothing shows it is the abbreviation
  assert.deepEqual(named.map((m) => m.canonical), ['Napa', 'Calif.', 'Albany', 'N.Y.', 'Erie', 'Pa']);
});

test('tokenised text: a state written apart from its stop is the state, shown with the stop, and places the town before it', () => {
  const a = analyseText('The plant in Springfield , Mo . , closed on Friday , and a mill in Eugene , Ore . , opened .');
  const mo = a.mentions.find((m) => m.text.startsWith('Mo'));
  assert.deepEqual([mo?.type, mo?.text, mo?.canonical], ['LOC', 'Mo', 'Mo.']);
  const placed = a.places.map((p) => `${a.doc.text.slice(p.start, p.end)}=${p.place.name}`);
  assert.ok(placed.includes('Mo=Missouri') && placed.includes('Ore=Oregon'), placed.join(', '));
  const springfield = a.places.find((p) => a.doc.text.slice(p.start, p.end) === 'Springfield');
  // Missouri's Springfield lies west of 92°W, Illinois's east of 90°W
  assert.ok(springfield !== undefined && springfield.place.lon < -92, `Springfield at ${springfield?.place.lat}, ${springfield?.place.lon}`);
});
