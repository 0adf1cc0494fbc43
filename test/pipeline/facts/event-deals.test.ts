// Deals of type other told as verbs and nouns of buying and selling: a company, a business or a stake in
// one sold, bought or acquired; goods, time or a bare kind of company are none; the buying an agreement
// or offer is about is no second event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Market news\n\n${text}`).events;
}

const deals = (text: string) =>
  eventsOf(text)
    .filter((e) => e.type === 'other')
    .map((e) => `${e.theme}:${e.status}`);

test('a company, a business or a stake in one sold, bought or acquired is a deal', () => {
  assert.deepEqual(deals('Halden Foods sold its frozen foods unit to Norvik Group for 20 mln dlrs.'), ['sale:asserted']);
  assert.deepEqual(deals('Last year Orvel Mining Corp bought a 30% stake in Tasca Copper Ltd.'), ['purchase:asserted']);
  assert.deepEqual(deals('Norvik Group acquired a small software company last week.'), ['acquisition:asserted']);
  // what a company wants to buy is a deal it has set in motion (deal-proposals.ts); one it only might want stays a possibility
  assert.deepEqual(deals('Brandt Motors wants to buy as much as 20% of Kellor Cars, its rival.'), ['purchase:planned']);
  assert.deepEqual(deals('Brandt Motors might want to buy as much as 20% of Kellor Cars, its rival.'), ['purchase:hypothetical']);
});

test('goods, time or a bare kind of company bought or sold make no deal', () => {
  assert.deepEqual(deals('The cooperative sold 1.5 mln tonnes of barley to Egypt last year.'), []);
  assert.deepEqual(deals('He bought time by asking the judge for a delay.'), []);
  assert.deepEqual(deals('Orvel Mining will issue bonds to raise funds to acquire engineering firms abroad.'), []);
  assert.deepEqual(deals('Sales rose 5% in the quarter to 80 mln dlrs.'), []);
});

test('a sale or purchase of or by a named company is a deal, and the sale told again joins it', () => {
  assert.deepEqual(deals('Profit rose on the sale of its Lakeside brewing business to Kellor Drinks.'), ['sale:asserted']);
  const sale = eventsOf('Tasca Copper was sold to Orvel Mining in May. Tasca Copper said the sale of Tasca Copper went well.').filter((e) => e.type === 'other');
  assert.equal(sale.length, 1, 'one sale, however it is told');
});

test('what an agreement or offer is about is no second event', () => {
  for (const text of ['Norvik Group has agreed to acquire Tasca Copper Ltd for 40 mln dlrs.', 'Norvik Group has agreed in principle to acquire Tasca Copper Ltd.'])
    assert.deepEqual(eventsOf(text).map((e) => e.type), ['agreement'], text);
  assert.deepEqual(deals('Orvel Mining entered into an agreement to sell its Tasca Copper unit to a group of investors.'), []);
});

test('a company bidding for a company or a contract proposes a deal; a bid for office is none', () => {
  assert.deepEqual(deals('Kellor Drinks said it is ready to bid for Lakeside Brewing.'), ['bid:planned']);
  assert.deepEqual(deals('Orvel Mining intends to bid for the new state mining licence.'), ['bid:planned']);
  assert.deepEqual(deals('The senator launched a bid for a third term on Monday.'), []);
  assert.deepEqual(deals('Shareholders fought off a hostile takeover bid by Norvik Group last month.'), ['bid:asserted']);
});

test('buying offered is the deal proposed, one event with the offer', () => {
  const offered = eventsOf('Brandt Motors Inc said it offered to buy the shares of Kellor Cars Ltd that it does not own.').filter((e) => e.type === 'other');
  assert.deepEqual(offered.map((e) => e.theme), ['offer']);
  const extended = eventsOf('Orvel Mining Corp extended its offer to acquire all outstanding shares of Tasca Copper Ltd until May.').filter((e) => e.type === 'other');
  // the offer its named maker extended is made (asserted); the buying it proposes is its content, not a second event
  assert.deepEqual(extended.map((e) => `${e.theme}:${e.status}`), ['offer:asserted']);
});

test('a participle saying how a deal the clause names was made is that deal, not a second one', () => {
  assert.deepEqual(deals('Norvik Group completed its 400 mln dlr takeover of Halden Foods Inc., buying 12 million shares, or 91%, of the Oslo food maker.'), ['takeover:asserted']);
  assert.deepEqual(deals('Orvel Mining Corp finished its acquisition of Tasca Copper Ltd on Monday, paying cash and purchasing the rest of the stock.'), ['acquisition:asserted']);
  // a participle with a subject of its own, or on a clause that names no deal, is its own
  assert.deepEqual(deals('Orvel Mining Corp closed its Lima office on Monday, buying a 30% stake in Tasca Copper Ltd.'), ['purchase:asserted']);
  assert.deepEqual(deals('Norvik Group completed the sale of its Oslo unit and is buying Halden Foods Inc. for 90 mln dlrs.').length, 2);
});
