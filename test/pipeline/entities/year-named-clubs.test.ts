// A two-digit numeral with "-ers" is a club named for a year: after its town's name the two are the
// club's full name, settled; alone it is the club; a longer numeral, a number inside a word or a
// town read as a person stays as it is. Our own sentences and names.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../../src/types.js';
import { addYearNamedClubs } from '../../../src/pipeline/entities/year-named-clubs.js';

/** The mentions of each [name, type] at its first place in the text. */
function mentionsIn(text: string, ...names: Array<[string, EntityType]>): Mention[] {
  return names.map(([name, type]) => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, type, text: name };
  });
}

function clubs(text: string, ...names: Array<[string, EntityType]>): string[] {
  return addYearNamedClubs(text, mentionsIn(text, ...names)).mentions.map((m) => `${m.type}:${m.text}`);
}

test("a town's name before a year-named club is the club's full name, settled", () => {
  const text = 'The coach of the Tulsa 58ers resigned on Friday.';
  assert.deepEqual(clubs(text, ['Tulsa', 'LOC']), ['ORG:Tulsa 58ers']);
  const found = addYearNamedClubs(text, mentionsIn(text, ['Tulsa', 'LOC']));
  assert.equal(found.settled.size, 1);
  assert.equal(found.mentions[0].typeSettled, true);
});

test('alone, before a possessive or a comma, it is the club, not settled', () => {
  const text = "Wendell Ash said the 58ers' guard and the 31ers, both unbeaten, would meet.";
  assert.deepEqual(clubs(text, ['Wendell Ash', 'PER']), ['PER:Wendell Ash', 'ORG:58ers', 'ORG:31ers']);
  assert.equal(addYearNamedClubs(text, mentionsIn(text, ['Wendell Ash', 'PER'])).settled.size, 0);
});

test('a longer numeral, digits inside a word, a town read as a person or a name already there stays as it is', () => {
  assert.deepEqual(clubs('In the 1990s the 1760ers and the B52ers played.'), []);
  assert.deepEqual(clubs('Ask Carla Tulsa 58ers.', ['Carla Tulsa', 'PER']), ['PER:Carla Tulsa', 'ORG:58ers']);
  assert.deepEqual(clubs('The Omaha 58ers won.', ['Omaha 58ers', 'ORG']), ['ORG:Omaha 58ers']);
});

test('a town the tagger read as the team joins the club name too', () => {
  assert.deepEqual(clubs('The Omaha 58ers won.', ['Omaha', 'ORG']), ['ORG:Omaha 58ers']);
});
