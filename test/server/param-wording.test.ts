// A query parameter refused for its form says what it takes in words: an unknown event type in a
// timeline or map link showed the reader a regular expression of every type ("must be text
// matching ^(attack|killing|…)(,(…))*$").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from '../../src/server/params.js';
import { typeAndDateFilters } from '../../src/server/event-filter-params.js';

const refusal = (query: string, schema: Parameters<typeof parseQuery>[1]): string => {
  try {
    parseQuery(new URLSearchParams(query), schema);
  } catch (err) {
    return (err as Error).message;
  }
  return '';
};

test('an unknown event type is refused in words that list the types', () => {
  const message = refusal('type=shipwreck,attack', typeAndDateFilters);
  assert.match(message, /^query parameter "type" must be one event type or several separated by commas \(attack,killing\), each one of attack, killing, /);
  assert.match(message, /got "shipwreck,attack"$/);
  assert.doesNotMatch(message, /[\^$|]/, 'no pattern syntax');
  assert.deepEqual(parseQuery(new URLSearchParams('type=protest,strike'), typeAndDateFilters).type, 'protest,strike');
});

test('a pattern without words of its own is still named', () => {
  const schema = { code: { type: 'string', pattern: /^[A-Z]{3}$/, description: 'A code' } } as const;
  assert.match(refusal('code=ab', schema), /must be text matching \^\[A-Z\]\{3\}\$, got "ab"/);
  const worded = { code: { type: 'string', pattern: /^[A-Z]{3}$/, expected: 'three capital letters', description: 'A code' } } as const;
  assert.equal(refusal('code=ab', worded), 'query parameter "code" must be three capital letters, got "ab"');
});
