// A portfolio written alone is the department its article names by it, before or after. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function ids(text: string, written: string): Set<string> {
  const a = analyseText(text);
  const found = a.mentions.filter((m) => m.text === written);
  assert.ok(found.length, `${written} not found: ${a.mentions.map((m) => m.text).join(', ')}`);
  return new Set(found.map((m) => m.entityId!));
}

test('a portfolio in the headline is the department the body names', () => {
  const text = 'Commerce Chief Backs Tariff\n\nThe Commerce Department said on Friday that it backed the tariff. Commerce will publish the rule next week.';
  assert.deepEqual(ids(text, 'Commerce'), ids(text, 'Commerce Department'));
});

test('a portfolio stays apart from a body named for a place', () => {
  const text = 'Briefs\n\nThe Ohio Legislature met on Monday. Lawmakers from Ohio said the vote would come later.';
  const a = analyseText(text);
  assert.ok(!a.mentions.some((m) => m.text === 'Ohio' && m.canonical === 'Ohio Legislature'));
});
