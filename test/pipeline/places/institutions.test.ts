// A place name that opens a state's institution ("the Georgia Supreme Court") says which Georgia the
// text means; a country's institution is written with its adjective and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { resolvePlaces } from '../../../src/pipeline/places/index.js';
import { mentionAt } from '../../fixtures/entities/mentions.js';

function placesOf(text: string, names: Array<[string, Mention['type']]>): string[] {
  let from = 0;
  const mentions = names.map(([words, type]) => {
    const m = mentionAt(text, words, type, from);
    from = m.end;
    return m;
  });
  return resolvePlaces(text, mentions).map((p) => `${p.text}=${p.place.ref}`);
}

test('a name that opens a state\'s court, legislature, department or state university is the state', () => {
  assert.deepEqual(placesOf('The Georgia Supreme Court upheld the verdict. Georgia has appealed twice.', [['Georgia Supreme Court', 'ORG'], ['Georgia', 'LOC']]), ['Georgia=iso3166-2:US-GA']);
  assert.deepEqual(placesOf('Students at Georgia State University marched. Georgia police made no arrests.', [['Georgia State University', 'ORG'], ['Georgia', 'LOC']]), ['Georgia=iso3166-2:US-GA']);
  assert.deepEqual(placesOf('A Georgia Department of Corrections officer said Georgia would review the case.', [['Georgia Department of Corrections', 'ORG'], ['Georgia', 'LOC']]), ['Georgia=iso3166-2:US-GA']);
});

test('without such an institution, or with the country\'s adjective, the country stays', () => {
  assert.deepEqual(placesOf('Georgia has appealed twice.', [['Georgia', 'LOC']]), ['Georgia=iso3166-1:GE']);
  assert.deepEqual(placesOf('The Georgian Supreme Court upheld the verdict. Georgia has appealed twice.', [['Georgian Supreme Court', 'ORG'], ['Georgia', 'LOC']]), ['Georgia=iso3166-1:GE']);
  // a country whose own state shares its name is not another country's state
  assert.deepEqual(placesOf('The Mexico Supreme Court ruled. Mexico will appeal.', [['Mexico Supreme Court', 'ORG'], ['Mexico', 'LOC']]), ['Mexico=iso3166-1:MX']);
});

test('the institution yields where the document places the country by a town', () => {
  assert.deepEqual(placesOf('The Niger State Government said the road was shut. Flights to Niger were cancelled because of the coup in Niamey.',
    [['Niger State Government', 'ORG'], ['Niger', 'LOC'], ['Niamey', 'LOC']]).slice(0, 1), ['Niger=iso3166-1:NE']);
  assert.deepEqual(placesOf('The Georgia Department of Agriculture sent seeds. Officials in Tbilisi said Georgia would plant them.',
    [['Georgia Department of Agriculture', 'ORG'], ['Tbilisi', 'LOC'], ['Georgia', 'LOC']]).slice(1), ['Georgia=iso3166-1:GE']);
  assert.deepEqual(placesOf('Georgia State University opened a campus in Tbilisi. Georgia welcomed it.',
    [['Georgia State University', 'ORG'], ['Tbilisi', 'LOC'], ['Georgia', 'LOC']]).slice(1), ['Georgia=iso3166-1:GE']);
  // a town of the state's own country keeps the state
  assert.deepEqual(placesOf('Georgia State University opened a campus in Atlanta. Georgia welcomed it.',
    [['Georgia State University', 'ORG'], ['Atlanta', 'LOC'], ['Georgia', 'LOC']]).slice(1), ['Georgia=iso3166-2:US-GA']);
});

test('an adjective the state shares does not outweigh the state its institution names', () => {
  assert.deepEqual(placesOf('The Georgia Supreme Court upheld the sentence of a Georgian immigrant on Tuesday. Lawyers in Georgia said they would appeal.',
    [['Georgia Supreme Court', 'ORG'], ['Georgia', 'LOC']]), ['Georgia=iso3166-2:US-GA']);
});
