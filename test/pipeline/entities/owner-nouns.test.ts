// A name before "founder", "co-founder", "shares" or "shareholders" is the company those belong
// to ("Zapcart founder Lena Ortiz", "her Zapcart shares"), and such a mention decides the type of
// the name's other mentions in the article. A full personal name is never retyped, and a place
// before "shares" ("Tokyo shares") stays a place. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { Mention } from '../../../src/types.js';

function mentionsOf(text: string): Mention[] {
  return analyseText(text, { published: '2019-10-10' }).mentions;
}

test('a one-word name before "founder" is a company, in all its mentions', () => {
  const ms = mentionsOf('Zapcart is being examined by state regulators. Investors asked whether Zapcart founder Lena Ortiz had sold her Zapcart shares early. Zapcart is based in Denver.');
  const named = ms.filter((m) => m.text === 'Zapcart');
  assert.ok(named.length >= 2, JSON.stringify(ms));
  assert.ok(named.every((m) => m.type === 'ORG'), JSON.stringify(named));
  assert.equal(ms.find((m) => m.text === 'Lena Ortiz')?.type, 'PER');
});

test('a place before "shares" stays a place', () => {
  const ms = mentionsOf('Tokyo shares fell on Monday as exporters lost ground.');
  assert.equal(ms.find((m) => m.text === 'Tokyo')?.type, 'LOC');
});

test('a personal-looking name an analyst is "at" is the firm, in all its mentions', () => {
  const ms = mentionsOf('"The rally may not last," said Tom Reyes, a senior analyst at Kessler Moran. Kessler Moran expects slower growth next year.');
  const firm = ms.filter((m) => m.text === 'Kessler Moran');
  assert.ok(firm.length === 2, JSON.stringify(ms));
  assert.ok(firm.every((m) => m.type === 'ORG'), JSON.stringify(firm));
  assert.equal(ms.find((m) => m.text === 'Tom Reyes')?.type, 'PER');
});

test('a person met "at" a place or beside a person stays as tagged', () => {
  const ms = mentionsOf('Tom Reyes, a teacher at Springfield, said he voted for Ann Marsh.');
  assert.equal(ms.find((m) => m.text === 'Ann Marsh')?.type, 'PER');
});
