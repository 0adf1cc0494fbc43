import { test } from 'node:test';
import assert from 'node:assert/strict';
import { looseKey, nameKey } from '../../../src/pipeline/gazetteer/normalize.js';
import { kindWordAfter, parsePlaceName } from '../../../src/pipeline/gazetteer/mention.js';

test('nameKey folds case, diacritics, apostrophes, punctuation and Saint', () => {
  assert.equal(nameKey('Atatürk'), 'ataturk');
  assert.equal(nameKey('Nal’chik'), 'nalchik');
  assert.equal(nameKey("Nal'chik"), 'nalchik');
  assert.equal(nameKey('Şanlıurfa'), 'sanliurfa');
  assert.equal(nameKey('Kabardino-Balkaria'), 'kabardino balkaria');
  assert.equal(nameKey('St. Petersburg'), 'saint petersburg');
  assert.equal(nameKey('Łódź'), 'lodz');
  assert.equal(nameKey('  Washington,  D.C. '), 'washington d c');
});

test('looseKey joins common transliteration variants', () => {
  assert.equal(looseKey(nameKey('Groznyy')), looseKey(nameKey('Grozny')));
  assert.equal(looseKey(nameKey('Ekaterinburg')), looseKey(nameKey('Yekaterinburg')));
  assert.equal(looseKey(nameKey('Kabardino-Balkariya')), looseKey(nameKey('Kabardino-Balkaria')));
  assert.equal(looseKey(nameKey('Daghestan')), looseKey(nameKey('Dagestan')));
  assert.notEqual(looseKey(nameKey('Moscow')), looseKey(nameKey('Minsk')));
});

test('parsePlaceName reads kind words, articles and airports', () => {
  assert.deepEqual(parsePlaceName('the Krasnodar region'), { name: 'Krasnodar', want: 'region' });
  assert.deepEqual(parsePlaceName('Republic of Dagestan'), { name: 'Dagestan', want: 'region' });
  assert.deepEqual(parsePlaceName("Turkey's"), { name: 'Turkey', want: 'any' });
  assert.deepEqual(parsePlaceName('Manas International Airport'), { name: 'Manas', want: 'site', siteName: 'Manas International Airport' });
});

test('kindWordAfter extends a mention by a following kind word', () => {
  const text = 'in the Krasnodar territory and Washington State University';
  assert.equal(kindWordAfter(text, text.indexOf('Krasnodar') + 'Krasnodar'.length), ' territory'.length);
  assert.equal(kindWordAfter(text, text.indexOf('Washington') + 'Washington'.length), 0);
});
