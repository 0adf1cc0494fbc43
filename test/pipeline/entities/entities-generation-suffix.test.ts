// "Jr." and "Sr." tell a father from his son: they are no surname, so a "Jr." the tagger names
// apart is the person named right before it, not another "… Jr." of the article. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function analysed(text: string) {
  return analyseText(`Briefs\n\n${text}`);
}

test('a "Jr." is no surname: the speaker is the prosecutor named before it, not the defendant', () => {
  const a = analysed(
    'Walter Briggs Jr., 52, of Albany pleaded guilty to fraud on Monday.\n\nDistrict Attorney Samuel Ortega Jr. said in a statement that the verdict shows that voters must be able “to trust the people who count their ballots.”',
  );
  const quote = a.quotes.find((q) => q.text.includes('trust the people'));
  assert.ok(quote, a.quotes.map((q) => q.text).join(' | '));
  assert.match(quote.speaker ?? '', /Ortega/);
  assert.ok(!a.mentions.some((m) => m.text.startsWith('Jr') && m.canonical === 'Walter Briggs Jr.'), 'no "Jr." joins the defendant');
});

test('a bare surname still finds the full name written with "Jr."', () => {
  const a = analysed('Walter Briggs Jr., 52, of Albany pleaded guilty to fraud on Monday.\n\nBriggs will be sentenced in March, the court said.');
  assert.ok(a.mentions.filter((m) => m.text === 'Briggs').every((m) => m.canonical === 'Walter Briggs Jr.'), a.mentions.map((m) => `${m.text}=${m.canonical}`).join(', '));
});
