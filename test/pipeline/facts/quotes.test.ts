import test from 'node:test';
import assert from 'node:assert/strict';
import { factsOf } from './helpers.js';
import { QUOTES, SPEAKER_COREFERENCE } from '../../fixtures/facts/cases.js';

test('direct quotes: each part of a quote split by its attribution, same speaker; "she" is the named minister, titles and nicknames are not quotes', () => {
  const { quotes } = factsOf(QUOTES);
  const direct = quotes.filter((q) => q.kind === 'direct');
  const first = direct.find((q) => q.text.startsWith('We are not going to raise taxes'));
  assert.ok(first, direct.map((q) => q.text).join(' | '));
  assert.doesNotMatch(first.text, /Every pound/, 'the gold files list the parts around "Ms Osei told the BBC." as two quotes');
  assert.equal(first.speaker, 'Rachel Osei', '"Ms Osei" resolves to the full name given before');
  const second = direct.find((q) => q.text.startsWith('Every pound has been accounted for'));
  assert.equal(second?.speaker, 'Rachel Osei', 'the part after the attribution has the same speaker');
  const spring = direct.find((q) => q.text.startsWith('Voters will see'));
  assert.equal(spring?.speaker, 'Rachel Osei', '"she added"');
  assert.ok(!quotes.some((q) => q.text.includes('Britain in 2030')), 'a title is not a quote');
  assert.ok(!quotes.some((q) => q.text.includes('the Magpies')), 'a nickname in quotes is not a quote');
});

test('reported speech continued in the next paragraph keeps its speaker', () => {
  const { quotes } = factsOf(QUOTES);
  const indirect = quotes.filter((q) => q.kind === 'indirect');
  const close = indirect.find((q) => q.text.startsWith('the clinic would close'));
  assert.equal(close?.speaker, 'Adeyemi');
  const jobs = indirect.find((q) => q.text.startsWith('staff would be offered jobs'));
  assert.equal(jobs?.speaker, 'Adeyemi', '"He added that" in the next paragraph');
});

test('coreference: "the minister" is the minister named before; an inverted "said X, who …"', () => {
  const { quotes } = factsOf(SPEAKER_COREFERENCE);
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.find((q) => q.text.startsWith('Nobody will be forgotten'))?.speaker, 'Tomas Berg');
  assert.equal(direct.find((q) => q.text.startsWith('We have never seen water'))?.speaker, 'Ingrid Solberg');
});

test("a quotation between two apostrophes ('' … '') is a direct quote without its marks", () => {
  const { quotes } = factsOf({
    text: "The mayor, Lena Park, opened the depot on Monday.\n\n''Our buses will run on time from June,'' Ms Park told reporters.",
    names: { PER: ['Lena Park', 'Park'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.equal(direct.length, 1, quotes.map((q) => q.text).join(' | '));
  assert.equal(direct[0].text, 'Our buses will run on time from June,');
  assert.equal(direct[0].speaker, 'Lena Park');
});

test('a short quoted phrase after an article is a name, not a quote, even when someone is reported saying it', () => {
  const { quotes } = factsOf({
    text: 'The minister, Ana Silva, said she would present a "Plan for Rural Schools and Roads" to the cabinet in May.\n\n"Every village will have a bus by the autumn," Ms Silva told reporters.',
    names: { PER: ['Ana Silva', 'Silva'] },
  });
  const direct = quotes.filter((q) => q.kind === 'direct');
  assert.ok(!direct.some((q) => q.text.includes('Rural Schools')), direct.map((q) => q.text).join(' | '));
  assert.equal(direct.find((q) => q.text.startsWith('Every village'))?.speaker, 'Ana Silva');
});
