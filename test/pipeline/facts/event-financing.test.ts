// Money a party raises by issuing securities (financing.ts) is a financing it carried out, not a figure moving.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const others = (text: string) => eventsOf(text).filter((e) => e.type === 'other').map((e) => `${e.status}:${e.trigger.text.toLowerCase()}`);

test('money raised through an offering, a sale or a placement of securities is a financing done or planned', () => {
  for (const [text, found] of [
    ['Duvel Brewing Co. said it raised $40 million through a sale of new shares.', 'asserted:raised'],
    ['Kempen Freight Corp. said it raised 60 million euros from an offering of ten-year bonds.', 'asserted:raised'],
    ['Kempen Freight Corp. said it plans to raise $25 million through a placement of convertible notes.', 'planned:raise'],
  ] as const)
    assert.deepEqual(others(text), [found], `${text}: ${show(text)}`);
});

test('a figure raised, money earned from securities, or money raised from things that are no securities is no financing', () => {
  for (const text of [
    'Duvel Brewing Co. said it raised its quarterly dividend to 40 cents from 30 cents.',
    'Duvel Brewing Co. said it earned $40 million from its bond portfolio.',
    'Duvel Brewing Co. said it raised $40 million from the sale of its delivery vans.',
  ])
    assert.deepEqual(others(text), [], `${text}: ${show(text)}`);
});
