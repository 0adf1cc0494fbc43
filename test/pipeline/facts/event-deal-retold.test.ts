// A deal on a company's shares told again paragraphs later, on the same company, is the deal first told, however its
// buyer is named the second time; deals on different companies, or by different named buyers, stay apart. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function purchases(text: string): EventRecord[] {
  return analyseText(`Market news\n\n${text}`, { published: '2024-05-06' }).events.filter((e) => e.type === 'other' && e.theme === 'purchase');
}

const FILLER = [
  'The shares of Kellor Cars rose sharply on the news in Oslo trading.',
  'Analysts said the carmaker had been seen as a target for most of the year.',
];

test('a purchase of the same company’s shares told again far on is one deal', () => {
  const text = [
    'Kellor Cars confirmed that an unnamed Danish fund has sought approval to purchase 18% of Kellor Cars.',
    ...FILLER,
    'In a filing on Friday, Brandt Holdings A/S asked the regulator for permission to purchase more than $9 million of Kellor Cars stock.',
  ].join('\n\n');
  const found = purchases(text);
  assert.equal(found.length, 1, found.map((e) => e.trigger.text).join(', '));
});

test('purchases of different companies, or by different named buyers, stay two deals', () => {
  const twoTargets = ['Brandt Holdings bought 20% of Kellor Cars last week.', ...FILLER, 'Brandt Holdings also bought 10% of Tasca Copper.'].join('\n\n');
  assert.equal(purchases(twoTargets).length, 2);
  const twoBuyers = ['Brandt Holdings bought 20% of Kellor Cars on Monday.', ...FILLER, 'Orvel Mining, a rival, is also buying shares of Kellor Cars.'].join('\n\n');
  assert.equal(purchases(twoBuyers).length, 2);
});
