import test from 'node:test';
import assert from 'node:assert/strict';
import { placesAfterComma, placesBeforeRegion } from '../../../src/pipeline/entities/place-after-comma.js';
import { harmoniseTypes } from '../../../src/pipeline/entities/consistency.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

test('a region after "Place," is a place; an organisation after a place and a comma in a list is not', () => {
  const text = 'A farmer from Ledbury, Herefordshire, said so. Fans in Leeds, Arsenal supporters, cheered.';
  const out = placesAfterComma(text, [at(text, 'Ledbury', 'LOC'), at(text, 'Herefordshire', 'ORG'), at(text, 'Leeds', 'LOC'), at(text, 'Arsenal', 'ORG')]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['LOC:Ledbury', 'LOC:Herefordshire', 'LOC:Leeds', 'ORG:Arsenal']);
});

test('after "from" or "in", the name before "Region," is a place too, whatever the tagger said', () => {
  const text = 'A vet from Bramcote, Herefordshire, said so. Mr Orrin, Herefordshire, spoke. Dana Wilde, Kent, agreed.';
  const out = placesAfterComma(text, [
    { ...at(text, 'Bramcote', 'PER') },
    at(text, 'Herefordshire', 'ORG'),
    { ...at(text, 'Mr Orrin', 'PER'), title: 'Mr' },
    { ...at(text, 'Herefordshire, spoke', 'ORG'), end: text.indexOf('Herefordshire, spoke') + 13, text: 'Herefordshire' },
    at(text, 'Dana Wilde', 'PER'),
    at(text, 'Kent', 'ORG'),
  ]);
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['LOC:Bramcote', 'LOC:Herefordshire', 'PER:Mr Orrin', 'ORG:Herefordshire', 'PER:Dana Wilde', 'ORG:Kent']);
});

test('a place before its country keeps its type where the town\'s club is the article\'s usual sense', () => {
  const text = 'Lenvale, Belgium. Lenvale won again and Lenvale lead the league.';
  const ms = [at(text, 'Lenvale', 'LOC'), at(text, 'Belgium', 'LOC'), { ...at(text, 'Lenvale', 'ORG'), start: 18, end: 25 }, { ...at(text, 'Lenvale', 'ORG'), start: 40, end: 47 }];
  assert.equal(text.slice(18, 25), 'Lenvale');
  assert.equal(text.slice(40, 47), 'Lenvale');
  const kept = placesBeforeRegion(text, ms);
  assert.deepEqual([...kept].map((m) => m.start), [0]);
  const out = harmoniseTypes(ms, { kept });
  assert.deepEqual(out.map((m) => `${m.type}:${m.text}`), ['LOC:Lenvale', 'LOC:Belgium', 'ORG:Lenvale', 'ORG:Lenvale']);
  // without it, the club's majority takes the place too
  assert.equal(harmoniseTypes(ms)[0].type, 'ORG');
});
