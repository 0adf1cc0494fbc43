// The map's heading said "34 places and 23 countries" (markers; countries shaded) above a list and a
// library that count 56 places. Plain node test of the heading's words with made-up places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mapHeading } from '../../src/web/lib/map-heading.js';

const town = (country: string) => ({ kind: 'city', country });
const country = (name: string) => ({ kind: 'country', country: name });

test('the heading counts every place the list shows, countries among them', () => {
  // Three towns (two in Chile, one in Peru), two countries named (Chile, Bolivia): five places; the towns lie in two
  // countries (the named ones are not counted again: "in 3 countries" read as where the towns are).
  const places = [town('Chile'), town('Chile'), { kind: 'region', country: 'Peru' }, country('Chile'), country('Bolivia')];
  assert.equal(mapHeading(places), '5 places named in the articles: 2 countries, and 3 towns, regions and sites in 2 countries.');
  assert.equal(mapHeading(places, true), '5 places named in the articles (filtered by their events): 2 countries, and 3 towns, regions and sites in 2 countries.');
});

test('only towns, only countries, one of each', () => {
  assert.equal(mapHeading([town('Chile'), town('Peru')]), '2 places named in the articles, in 2 countries.');
  assert.equal(mapHeading([country('Chile')]), '1 place named in the articles, a country.');
  assert.equal(mapHeading([town('Chile'), country('Chile')]), '2 places named in the articles: 1 country, and 1 town, region or site in 1 country.');
});

test('no place at all: said in words, not "0 places …, all of them countries"', () => {
  assert.equal(mapHeading([], true), 'No place named in the articles has events that match these filters.');
  assert.equal(mapHeading([]), 'No place named in the articles is on the map.');
});
