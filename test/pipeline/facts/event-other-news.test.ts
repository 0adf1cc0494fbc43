// Happenings of type "other" that are a story's news: a company's plan to buy, a bid whose maker is the
// clause's subject, bidding with the amount before "for", and a business closed. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const others = (text: string) =>
  analyseText(`Market news\n\n${text}`).events.filter((e) => e.type === 'other').map((e) => `${e.theme}/${e.status}`);
const all = (text: string) => analyseText(`Market news\n\n${text}`).events.map((e) => `${e.type}/${e.status}`);

test("a doer's plan to buy or sell is a planned deal, not dropped", () => {
  assert.deepEqual(others('Tasca Mining plans to acquire Halden Foods Inc.'), ['acquisition/planned']);
  assert.deepEqual(others('In May, Orvel Group announced plans to sell its Norvik paints unit for $80 million.'), ['sale/planned']);
  // what a charge says was planned stays the charge's content
  assert.deepEqual(all('The two brothers were accused of plans to attack the consulate.').filter((e) => e.startsWith('attack')), []);
});

test('a bid or offer is named by the subject of the verb that makes it', () => {
  assert.deepEqual(others('Halden Corp. is making a friendly bid of 300 pence a share for the 45% of Tasca PLC which it does not own.'), ['bid/asserted']);
  // who turns an offer down is not its maker
  assert.ok(!others('Tasca rejected the offer as too low.').includes('offer/asserted'));
});

test('bidding takes its "for" after the amount, and a "by" gerund its clause\'s subject', () => {
  assert.deepEqual(others('Halden Corp. is bidding $2.1 billion for Norvik Inc.'), ['bid/asserted']);
  assert.deepEqual(others("Halden Corp. forced the board's hand by bidding $2.1 billion for the stake earlier this month."), ['bid/asserted']);
});

test("a company's business, unit or plant closed, shut or scrapped is a closure; other closings are none", () => {
  assert.deepEqual(others('Halden Corp. scrapped its Norvik Systems supercomputer unit last spring.'), ['closure/asserted']);
  assert.deepEqual(others('The company will close its Ohio plant next year.'), ['closure/planned']);
  assert.deepEqual(others("Norvik's stock closed at 58 on the exchange last night."), []);
  // (the crash is a happening of its own, an event noun since session 60: no closure)
  assert.deepEqual(others('Police closed the road after the crash.').filter((e) => !e.startsWith('crash/')), []);
  assert.deepEqual(others('Halden closed the gap with its rival.'), []);
});
