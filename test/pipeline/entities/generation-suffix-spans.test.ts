// "Jr.", "Sr." and the numerals II-IV after a person's name, after a space or a comma, are part of
// the name and of the speaker's name; a later bare or titled surname still finds the full name.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { joinGenerationSuffixes } from '../../../src/pipeline/entities/generation-suffixes.js';
import type { Mention } from '../../../src/types.js';

const at = (text: string, name: string, type: Mention['type']): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type, text: name };
};

const analysed = (text: string) => analyseText(`Briefs\n\n${text}`);

test('"Jr." after a speaker is part of his name, and "Mr. Stone" later is him', () => {
  const a = analysed('Peter R. Stone Jr. said the plan was sound.\n\nLater, Mr. Stone left the room without a word.');
  const names = a.mentions.filter((m) => m.type === 'PER').map((m) => `${m.text}=${m.canonical}`);
  assert.ok(names.includes('Peter R. Stone Jr.=Peter R. Stone Jr.'), names.join(', '));
  assert.ok(names.includes('Mr. Stone=Peter R. Stone Jr.'), names.join(', '));
  const q = a.quotes.find((x) => x.text.includes('plan was sound'));
  assert.equal(q?.speaker, 'Peter R. Stone Jr.');
});

test('a suffix after a comma joins the name, and the surname alone links to it', () => {
  const a = analysed('John Doe, Jr., said the vote would be close.\n\nDoe later voted against the measure.');
  const names = a.mentions.map((m) => `${m.text}/${m.type}=${m.canonical}`);
  assert.ok(names.includes('John Doe, Jr./PER=John Doe, Jr.'), names.join(', '));
  assert.ok(names.includes('Doe/PER=John Doe, Jr.'), names.join(', '));
  assert.ok(!a.mentions.some((m) => m.text === 'Jr.'), names.join(', '));
});

test('"Jr", "Sr." and numerals, after a space or a comma, end the person span', () => {
  const cases: Array<[string, string, string]> = [
    ['Lena Ward met Carl Moss Jr on the steps.', 'Carl Moss', 'Carl Moss Jr'],
    ['The farm went to Ada Finch Sr. after the sale.', 'Ada Finch', 'Ada Finch Sr.'],
    ['The farm went to Ada Finch, Sr. after the sale.', 'Ada Finch', 'Ada Finch, Sr.'],
    ['A gift from Hugo Pratt, III, paid for the roof.', 'Hugo Pratt', 'Hugo Pratt, III'],
    ['A gift from Hugo Pratt, II paid for the roof.', 'Hugo Pratt', 'Hugo Pratt, II'],
  ];
  for (const [text, name, want] of cases) assert.equal(joinGenerationSuffixes(text, [at(text, name, 'PER')])[0].text, want, text);
});

test('"Sr." after a comma that titles the next name is left alone', () => {
  const text = 'The chapel was blessed by Tom Hale, Sr. Agnes Dunn and two priests.';
  const out = joinGenerationSuffixes(text, [at(text, 'Tom Hale', 'PER'), at(text, 'Agnes Dunn', 'PER')]);
  assert.deepEqual(out.map((m) => m.text), ['Tom Hale', 'Agnes Dunn']);
});

test('the surname before a suffix the tagger spanned is a person when written alone', () => {
  const a = analysed('Martin Hale Sr. said the bridge would open in May.\n\nHale did not say more about the cost.');
  const names = a.mentions.map((m) => `${m.text}/${m.type}=${m.canonical}`);
  assert.ok(names.includes('Hale/PER=Martin Hale Sr.'), names.join(', '));
});
