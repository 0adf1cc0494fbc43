// A place after a preposition beside a kinship noun ("his father in Havana") is where the relative is, not his name.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

test('"returned to his father in Lisbon": Lisbon stays a place, not the father', () => {
  const a = analyseText('Custody case\n\nJudge Maria Tavares ruled that the boy, who lives with relatives in Boston, must be returned to his father in Lisbon by March.');
  const lisbon = a.mentions.find((m) => m.text === 'Lisbon');
  assert.ok(lisbon, a.mentions.map((m) => m.text).join(', '));
  assert.equal(lisbon.type, 'LOC');
  assert.equal(lisbon.canonical, 'Lisbon');
});

test('a first name right after the kinship noun is still the relative', () => {
  const a = analyseText('Campaign launch\n\nMr Lindqvist was introduced by his son Tobias, and later flew to his brother in Oslo.');
  const tobias = a.mentions.find((m) => m.text === 'Tobias');
  assert.equal(tobias?.canonical, 'Tobias Lindqvist');
  assert.equal(a.mentions.find((m) => m.text === 'Oslo')?.type, 'LOC');
});
