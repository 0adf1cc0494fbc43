// Sense rules that keep ordinary sentences out of rulings, votes and layoffs: a decision by someone who is not
// a court, one person approving, approving "of", and a layoff that is a spell out of action. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function events(text: string): string[] {
  return analyseText(`Business news\n\n${text}`).events.map((e) => `${e.type}:${e.theme ?? ''}:${e.status}:${e.trigger.text}`);
}
const typed = (text: string, type: string) => events(text).filter((e) => e.startsWith(`${type}:`));

test('a decision by a court is a ruling; by a department, a ministry or ringside judges it is not', () => {
  assert.deepEqual(typed('Farmers welcomed a decision by the appeals court in Dunmore.', 'ruling'), ['ruling::asserted:decision']);
  assert.deepEqual(typed('A decision by the Justice Department to end the inquiry angered Halvorsen voters.', 'ruling'), []);
  assert.deepEqual(typed('A decision by the Ministry of Justice to shut two jails was attacked.', 'ruling'), []);
  assert.deepEqual(typed('The crowd jeered a decision by the ringside judges in Tulsa.', 'ruling'), []);
  assert.deepEqual(typed('Shoppers hated a decision by the food court operator to raise rents.', 'ruling'), []);
  assert.deepEqual(typed('A decision by the court clerk held up the trial.', 'ruling'), []);
  assert.deepEqual(typed('Miners praised a decision by Judge Rosa Whitcombe on Monday.', 'ruling'), ['ruling::asserted:decision']);
});

test('one person approving, even at a meeting, is no vote; a plan approved at a meeting is', () => {
  assert.deepEqual(typed('The mayor approved the new bus route at a meeting with traders.', 'vote'), []);
  assert.deepEqual(typed('The minister approved the road scheme at a cabinet meeting on Monday.', 'vote'), []);
  assert.deepEqual(typed('Stockholders approved the buyout at a special meeting on Friday.', 'vote'), ['vote::asserted:approved']);
  assert.deepEqual(typed('The dividend was approved at the annual meeting of the bank in May.', 'vote'), ['vote::asserted:approved']);
});

test('approving "of" something is an opinion, no vote', () => {
  assert.deepEqual(typed('The committee approved of the way the coach handled the row.', 'vote'), []);
  assert.deepEqual(typed('Parliament approved of the new flag, a survey found.', 'vote'), []);
});

test('a layoff in the sports sense, and bets laid off, are no layoff', () => {
  assert.deepEqual(typed('The sprinter returns after a nine-month layoff caused by a knee injury.', 'other'), []);
  assert.deepEqual(typed('The goalkeeper is back from a long layoff.', 'other'), []);
  assert.deepEqual(typed('Bookmakers laid off 3 million dollars of wagers on the favourite.', 'other'), []);
  assert.deepEqual(typed('Nordby Steel said layoffs at its two mills would start in March.', 'other').map((e) => e.split(':')[1]), ['layoff']);
  assert.deepEqual(typed('Nordby Steel laid off 300 of its staff on Friday.', 'other'), ['other:layoff:asserted:laid off']);
  assert.deepEqual(typed('Nordby Steel laid off 140 last spring.', 'other'), ['other:layoff:asserted:laid off']);
});

test('layoffs that are feared are not yet asserted', () => {
  const found = typed('Layoffs are feared across the textile trade.', 'other');
  assert.equal(found.length, 1);
  assert.notEqual(found[0].split(':')[2], 'asserted');
});
