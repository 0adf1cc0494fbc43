// Figures of every kind, on sentences written for these tests: money, shares, changes, ranges,
// measures, durations, ages, and the numbers that are not figures.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Figure } from '../../../src/types.js';
import { factsOf } from './helpers.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const pick = (f: Figure | undefined) => f && { value: f.value, unit: f.unit, qualifier: f.qualifier, change: f.change };
const byText = (figures: Figure[], text: string) => figures.find((f) => f.text === text);

test('money: symbols, codes, currency words, multipliers and conversions in brackets', () => {
  const { figures } = factsOf({
    text:
      'The miner earned 2.4bn Canadian dollars (US$1.9bn; €1.7bn) last year.\n\n' +
      'Its rival paid in excess of $512,000 for the licence and spent 88m yuan on roads.\n\n' +
      'Rebuilding will cost £14 billions, or some 900 million rupees in aid.',
  });
  assert.deepEqual(pick(byText(figures, '2.4bn Canadian dollars')), { value: 2.4e9, unit: 'CAD', qualifier: 'exact', change: 'none' });
  assert.deepEqual(pick(byText(figures, 'US$1.9bn')), { value: 1.9e9, unit: 'USD', qualifier: 'exact', change: 'none' });
  assert.deepEqual(pick(byText(figures, '€1.7bn')), { value: 1.7e9, unit: 'EUR', qualifier: 'exact', change: 'none' });
  assert.deepEqual(pick(byText(figures, 'in excess of $512,000')), { value: 512000, unit: 'USD', qualifier: 'more_than', change: 'none' });
  assert.deepEqual(pick(byText(figures, '88m yuan')), { value: 88e6, unit: 'CNY', qualifier: 'exact', change: 'none' });
  assert.deepEqual(pick(byText(figures, '£14 billions')), { value: 14e9, unit: 'GBP', qualifier: 'exact', change: 'none' });
  assert.deepEqual(pick(byText(figures, 'some 900 million rupees')), { value: 9e8, unit: 'INR', qualifier: 'about', change: 'none' });
  for (const f of figures) assert.doesNotMatch(f.what, /^(?:dollars|pounds|yuan|rupees|euros)$/i, 'what an amount measures is never its currency');
});

test('shares, changes and ranges', () => {
  const { figures } = factsOf({
    text:
      'Copper prices fell 12% and tin rose 3.5 per cent, while the index lost as much as 40 points.\n\n' +
      'Unemployment edged up 0.4 percentage points, from 7.1 to 7.5.\n\n' +
      'Analysts expect a cut of between 15% and 25% in orders.\n\n' +
      'Nearly two-thirds of voters backed the plan, and a threefold rise in fares followed.',
  });
  assert.deepEqual(pick(byText(figures, '12%')), { value: 12, unit: 'percent', qualifier: 'exact', change: 'down' });
  assert.equal(byText(figures, '12%')?.what, 'Copper prices');
  assert.deepEqual(pick(byText(figures, '3.5 per cent')), { value: 3.5, unit: 'percent', qualifier: 'exact', change: 'up' });
  assert.deepEqual(pick(byText(figures, 'as much as 40 points')), { value: 40, unit: 'point', qualifier: 'up_to', change: 'down' });
  assert.deepEqual(pick(byText(figures, '0.4 percentage points')), { value: 0.4, unit: 'percentage_point', qualifier: 'exact', change: 'up' });
  assert.deepEqual(figures.filter((f) => f.value === 7.1 || f.value === 7.5).map((f) => f.change), ['up', 'up']);
  assert.deepEqual(pick(byText(figures, '15%')), { value: 15, unit: 'percent', qualifier: 'at_least', change: 'down' });
  assert.deepEqual(pick(byText(figures, '25%')), { value: 25, unit: 'percent', qualifier: 'up_to', change: 'down' });
  assert.deepEqual(pick(byText(figures, 'Nearly two-thirds')), { value: 66.7, unit: 'percent', qualifier: 'up_to', change: 'none' });
  assert.equal(byText(figures, 'Nearly two-thirds')?.what, 'voters');
  assert.deepEqual(pick(byText(figures, 'threefold')), { value: 3, unit: 'times', qualifier: 'exact', change: 'up' });
});

test('counts, measures, durations and ages', () => {
  const { figures } = factsOf({
    text:
      'Nine law lords were asked, and hundreds of thousands of farmers marched 30 km to the capital.\n\n' +
      'The storm, with winds of 110 mph, dumped upwards of 4,000 tonnes of sand over a dozen villages.\n\n' +
      'Marta Oliveira, 58, spent more than a decade in exile and returned after 14 years.\n\n' +
      'The 19-year-old striker scored twice.',
    names: { PER: ['Marta Oliveira'] },
  });
  assert.deepEqual(pick(byText(figures, 'Nine')), { value: 9, unit: 'lords', qualifier: 'exact', change: 'none' });
  assert.equal(byText(figures, 'Nine')?.what, 'law lords');
  assert.deepEqual(pick(figures.find((f) => f.value === 100000)), { value: 100000, unit: 'farmers', qualifier: 'more_than', change: 'none' });
  assert.deepEqual(pick(byText(figures, '30 km')), { value: 30, unit: 'km', qualifier: 'exact', change: 'none' });
  assert.deepEqual(pick(byText(figures, '110 mph')), { value: 110, unit: 'mph', qualifier: 'exact', change: 'none' });
  assert.deepEqual(pick(byText(figures, 'upwards of 4,000 tonnes')), { value: 4000, unit: 'tonne', qualifier: 'more_than', change: 'none' });
  assert.deepEqual(pick(figures.find((f) => f.value === 12)), { value: 12, unit: 'villages', qualifier: 'more_than', change: 'none' });
  assert.deepEqual(pick(byText(figures, '58')), { value: 58, unit: 'year', qualifier: 'exact', change: 'none' });
  assert.equal(byText(figures, '58')?.what, 'age of Marta Oliveira');
  assert.deepEqual(pick(byText(figures, 'more than a decade')), { value: 10, unit: 'year', qualifier: 'more_than', change: 'none' });
  assert.deepEqual(pick(byText(figures, '14 years')), { value: 14, unit: 'year', qualifier: 'exact', change: 'none' });
  assert.deepEqual(pick(byText(figures, '19-year-old')), { value: 19, unit: 'year', qualifier: 'exact', change: 'none' });
});

test('numbers inside names, dates, clock times, years, addresses, phone numbers, identifiers and list markers are not figures', () => {
  const { figures } = factsOf({
    text:
      'She spoke on Channel 4 and on Radio 5 before the Apollo 11 anniversary, at 10:30 on 3 May.\n\n' +
      'The G7 met in 2019 at 12 Harbour Street; call 020 7946 0321 for details.\n\n' +
      'Under Article 9 of the treaty, Flight 370 was searched.\n\n' +
      '2. The second item follows.',
    times: { '3 May': '--05-03', '2019': '2019' },
  });
  assert.deepEqual(figures.map((f) => f.text), []);
});

test('the whole pipeline reads digits glued to their multiplier or unit, with no document date', () => {
  const text = 'Shares jumped 8% after the group reported profits of A$246m, up from A$31m, and a 5km pipeline costing $1.2bn.';
  const a = analyseText(text);
  const got = Object.fromEntries(a.figures.map((f) => [f.text, [f.value, f.unit]]));
  assert.deepEqual(got['A$246m'], [246e6, 'AUD']);
  assert.deepEqual(got['A$31m'], [31e6, 'AUD']);
  assert.deepEqual(got['5km'], [5, 'km']);
  assert.deepEqual(got['$1.2bn'], [1.2e9, 'USD']);
  assert.deepEqual(got['8%'], [8, 'percent']);
});

test('with the parse, what a count counts is the noun the number modifies, with its modifiers', () => {
  const text = 'Nine law lords heard the appeal. Officials said 34 Labour MPs who opposed the bill stayed away, and 12 of the 40 ministers resigned.';
  const a = analyseText(text);
  const by = (v: number) => a.figures.find((f) => f.value === v);
  assert.deepEqual([by(9)?.unit, by(9)?.what], ['lords', 'law lords']);
  assert.equal(by(34)?.unit, 'MPs');
  assert.match(by(34)?.what ?? '', /^Labour MPs who opposed the bill/);
  assert.equal(by(12)?.unit, 'ministers');
});

test('who says so: the maker of a poll, not the paper carrying it; "Chile\'s government" as news names it', () => {
  const text = 'Ferry fares to rise again\n\nA Gallup poll in the Evening Standard suggested 64% of commuters opposed the new fares. ' +
    "Chile's government has said it may cut copper royalties by as much as 12%.";
  const a = analyseText(text);
  const by = (v: number) => a.figures.find((f) => f.value === v);
  assert.equal(by(64)?.attribution?.source, 'Gallup');
  assert.equal(by(12)?.attribution?.source, 'Chilean government');
});

test('a multiple the levels contradict ("threefold" against 90m up from 45bn) marks the figures; one they bear out does not', () => {
  const run = (body: string) => analyseText('Retailer results\n\n' + body).figures;
  const wrong = run('The retailer reported a threefold rise in sales. It said sales reached €90m in 2019, up from €45bn a year before.');
  assert.deepEqual(wrong.filter((f) => f.conflict).map((f) => f.value), [3, 90e6, 45e9]);
  const right = run('The retailer reported a threefold rise in sales. It said sales reached €90m in 2019, up from €30m a year before.');
  assert.equal(right.filter((f) => f.conflict).length, 0);
});

test('a distance measured from a place measures no "of" phrase; a stretch of something does', () => {
  const { figures } = factsOf({
    text:
      'The fire burned to within 8 kilometres of the village.\n\nThe depot lies 40 miles north of Tarnow.\n\nCrews relaid 6 km of track.',
  });
  assert.equal(byText(figures, '8 kilometres')?.what, '');
  assert.equal(byText(figures, '40 miles')?.what, '');
  assert.equal(byText(figures, '6 km')?.what, 'track');
});
