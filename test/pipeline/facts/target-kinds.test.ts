// An amount of money is no event's target, and whom an arrest or a charge happens to is a person
// or a group (WordNet's class of the target's head noun).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const roles = (text: string) => analyseText(text, { published: '2025-05-06' }).events.map((e) => ({ type: e.type, targets: e.targets.map((r) => r.text) }));

test('a fine: the amount is no target, the name the parse hung on it is', () => {
  const sanction = roles('The judge sentenced Lars Okke to six years in prison. The court also fined Okke 300,000 dollars and stripped him of his pension.').find((e) => e.type === 'sanction');
  assert.ok(sanction, 'a sanction event');
  assert.deepEqual(sanction.targets, ['Okke']);
});

test('people and things held stay targets of an arrest', () => {
  const arrest = roles('Police in Riga arrested a courier on Tuesday and detained the van he was driving.').find((e) => e.type === 'arrest');
  assert.ok(arrest);
  assert.ok(arrest.targets.includes('a courier'), arrest.targets.join(', '));
});
