// Streets written without a house number are places, settled against the article's harmonising.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { typeStreetNames } from '../../../src/pipeline/entities/street-names.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const typed = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a name ending in an unambiguous street word is a settled place', () => {
  const text = 'The parade turned from Quarrow Avenue into Pellith Blvd. at dusk.';
  const r = typeStreetNames(text, [at(text, 'Quarrow Avenue', 'PER'), at(text, 'Pellith Blvd', 'ORG')]);
  assert.deepEqual(typed(r.mentions), ['LOC:Quarrow Avenue', 'LOC:Pellith Blvd']);
  assert.equal(r.settled.size, 2);
});

test('the street word the tagger left out, or tagged alone, joins the name', () => {
  const text = 'Shops on Marwick Rd. and Tolland Ave. were shut.';
  const r = typeStreetNames(text, [at(text, 'Marwick', 'LOC'), at(text, 'Tolland', 'LOC'), at(text, 'Ave', 'PER')]);
  assert.deepEqual(typed(r.mentions), ['LOC:Marwick Rd.', 'LOC:Tolland Ave.']);
});

test('a numbered street with its compass point is a place, over the stray mentions inside it', () => {
  const text = 'A crowd gathered at W. 114th St. and 9th Avenue before noon.';
  const r = typeStreetNames(text, [at(text, 'St', 'LOC')]);
  assert.deepEqual(typed(r.mentions), ['LOC:W. 114th St.', 'LOC:9th Avenue']);
});

test('"St." alone, a court, a lane or a titled name keep their type', () => {
  const text = 'Fenwick St. beat Dana Court; Mr. Oren Road and Ellis Lane spoke at the Orland Street Festival.';
  const mentions = [at(text, 'Fenwick St', 'ORG'), at(text, 'Dana Court', 'ORG'), { ...at(text, 'Mr. Oren Road', 'PER'), title: 'Mr.' }, at(text, 'Ellis Lane', 'PER'), at(text, 'Orland Street Festival', 'MISC')];
  const r = typeStreetNames(text, mentions);
  assert.deepEqual(typed(r.mentions), ['ORG:Fenwick St', 'ORG:Dana Court', 'PER:Mr. Oren Road', 'PER:Ellis Lane', 'MISC:Orland Street Festival']);
  assert.equal(r.settled.size, 0);
});

test('through the whole entity stage, streets stay places beside a person named in the article', () => {
  const text = 'Witness Carla Benning said the fight spread from Dorran Ave. to Halvey Ave. and E. 41st St. within minutes. Benning said police arrived late.';
  const a = analyseText(text);
  const types = new Map(a.mentions.map((m) => [m.text, m.type]));
  assert.equal(types.get('Dorran Ave.'), 'LOC');
  assert.equal(types.get('Halvey Ave.'), 'LOC');
  assert.equal(types.get('E. 41st St.'), 'LOC');
});

test('a French street word with a particle before the name is a settled place; a given name "Rue" is not', () => {
  const text = 'Vans blocked Rue des Vignolles and Place de la Ferronnerie while Rue Ambler watched.';
  const r = typeStreetNames(text, [at(text, 'Rue des Vignolles', 'ORG'), at(text, 'Place de la Ferronnerie', 'PER'), at(text, 'Rue Ambler', 'PER')]);
  assert.deepEqual(typed(r.mentions), ['LOC:Rue des Vignolles', 'LOC:Place de la Ferronnerie', 'PER:Rue Ambler']);
  assert.equal(r.settled.size, 2);
});

test('a numbered road is a place, over the road word the tagger kept alone; a flight or a resolution is none', () => {
  const text = 'Trucks left Interstate 412 for State Route 31 and then Highway 8 near I-77, past the crash of Flight 212; state Route 40 stayed open.';
  const r = typeStreetNames(text, [at(text, 'Interstate', 'ORG'), at(text, 'Flight', 'MISC')]);
  assert.deepEqual(typed(r.mentions), ['LOC:Interstate 412', 'LOC:State Route 31', 'LOC:Highway 8', 'LOC:I-77', 'MISC:Flight', 'LOC:Route 40']);
});

test('a square named by "Place" and one word is a settled place', () => {
  const text = 'Guards stood on the Place Corvenne while Place Holders Ltd filed.';
  const r = typeStreetNames(text, [at(text, 'Place Corvenne', 'ORG'), at(text, 'Place Holders Ltd', 'ORG')]);
  assert.deepEqual(typed(r.mentions), ['LOC:Place Corvenne', 'ORG:Place Holders Ltd']);
});
