// "the Obama administration": a name before "administration" is the person whose government it is
// when the article elsewhere names that person, even where the name is also a town;
// "the US administration" and a party's administration stay what they are. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Mention } from '../../../src/types.js';

function mentionsOf(text: string): Mention[] {
  return analyseText(text, { published: '2016-05-06' }).mentions;
}

test('"the Obama administration" is Obama the person when the article names President Obama', () => {
  const ms = mentionsOf('Senator Smith praised the plan. Critics said the Obama administration had failed, and President Obama did not reply.');
  const admin = ms.filter((m) => m.text === 'Obama');
  assert.ok(admin.length > 0);
  assert.ok(admin.every((m) => m.type === 'PER'), JSON.stringify(admin));
});

test('"the US administration" stays a place', () => {
  const ms = mentionsOf('President Obama met the farmers. The US administration announced new rules for grain exports.');
  assert.equal(ms.find((m) => m.text === 'US')?.type, 'LOC');
});
