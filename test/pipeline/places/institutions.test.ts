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
