import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseTimes } from '../../../src/pipeline/time/index.js';
import { makeDoc, mentionOf, published } from './doc.js';

const times = (text: string, opts = {}) => normaliseTimes(makeDoc(text, opts));

test('"On the night of January 1, 2017": the date, not the night chrono reads as tonight', () => {
  const ms = times('On the night of January 1, 2017, fireworks were cancelled across the region.');
  assert.equal(ms.length, 1);
  assert.equal(ms[0].text, 'January 1, 2017');
  assert.deepEqual(ms[0].value, { iso: '2017-01-01', precision: 'day' });
});

test('day-month-year and month-year forms', () => {
  const ms = times('The law took effect (29 December 2014). Talks began in December 2014 and ended on Feb. 3, 2015.');
  assert.deepEqual(mentionOf(ms, '29 December 2014').value, { iso: '2014-12-29', precision: 'day' });
  assert.deepEqual(mentionOf(ms, 'December 2014').value, { iso: '2014-12', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'Feb. 3, 2015').value, { iso: '2015-02-03', precision: 'day' });
});

test('bare years, mid-year and decades', () => {
  const ms = times('The plant opened in 2015 and closed in mid-2016. Wars of the 1990s shaped it.');
  assert.deepEqual(mentionOf(ms, '2015').value, { iso: '2015', precision: 'year' });
  const mid = mentionOf(ms, '2016');
  assert.equal(mid.text, 'mid-2016');
  assert.deepEqual(mid.value, { iso: '2016', precision: 'year' });
  // A decade is written as ISO 8601's reduced form: the first three digits, precision year.
  assert.deepEqual(mentionOf(ms, '1990s').value, { iso: '199', precision: 'year' });
});

test('numeric dates: ISO, and slashes only when the day/month order is unambiguous', () => {
  const ms = times('Filed 1987-02-26. Signed 02/26/1987. Amended 03/04/1987.');
  assert.deepEqual(mentionOf(ms, '1987-02-26').value, { iso: '1987-02-26', precision: 'day' });
  assert.deepEqual(mentionOf(ms, '02/26/1987').value, { iso: '1987-02-26', precision: 'day' });
  // March 4 or 3 April: only the year is certain.
  assert.deepEqual(mentionOf(ms, '03/04/1987').value, { iso: '1987', precision: 'year' });
});

test('numbers that are not dates stay out', () => {
  const text = 'Soldiers of the 656th regiment and 1,700 people were charged under Article 205. ' +
    'The suspect, aged 25, may be released. About 2000 people and 2500 militants fled. Call money was 7-11/16 pct.';
  assert.deepEqual(times(text), []);
});

test('a bare month only where the context makes it a date', () => {
  const ms = times('The March on Washington drew crowds. In May, officials met.', published('2017-06-10'));
  assert.deepEqual(ms.map((m) => m.text), ['May']);
  assert.deepEqual(ms[0].value, { iso: '2017-05', precision: 'month' });
});

test('every span is the text it points at', () => {
  const text = 'On Friday, January 6, 2017, and three days later, and in late December the talks resumed.';
  for (const m of times(text)) assert.equal(text.slice(m.start, m.end), m.text);
});

test('holidays: new year’s eve keeps an unknown year unknown, or takes the anchor’s', () => {
  assert.deepEqual(mentionOf(times('Celebrations in new year’s eve were muted.'), 'eve').value, { iso: '--12-31', precision: 'month-day' });
  assert.deepEqual(mentionOf(times('Celebrations on New Year’s Eve were muted.', published('2017-01-05')), 'Eve').value,
    { iso: '2016-12-31', precision: 'day' });
  assert.deepEqual(mentionOf(times('On New Year’s Eve 2016 the square was full.'), 'Eve').value, { iso: '2016-12-31', precision: 'day' });
});

test('a count right after a date and its comma is no two-digit year', () => {
  const a = times('On 5 March, 40 people died in the floods.', published('2024-08-01'));
  assert.deepEqual(a.map((m) => [m.text, m.value.iso]), [['5 March', '2024-03-05']]);
  const b = times('By 12 June, 25 soldiers had been killed.', published('2024-08-01'));
  assert.deepEqual(b.map((m) => [m.text, m.value.iso]), [['12 June', '2024-06-12']]);
  const c = times('On March 5, 40 people died.', published('2024-08-01'));
  assert.deepEqual(c.map((m) => [m.text, m.value.iso]), [['March 5', '2024-03-05']]);
  // a year of four digits after the comma is still the year
  assert.deepEqual(mentionOf(times('On June 5, 1998, the law passed.'), 'June').value, { iso: '1998-06-05', precision: 'day' });
  // and so is one written with an apostrophe
  const short = mentionOf(times('On June 5, \'98, the law passed.', published('2024-08-01')), 'June');
  assert.equal(short.text, 'June 5, \'98');
  assert.deepEqual(short.value, { iso: '1998-06-05', precision: 'day' });
});

test('a past perfect after "by <date>" looks back to the day; one before it does not', () => {
  assert.equal(mentionOf(times('By 12 June, 25 soldiers had been killed.', published('2024-06-20')), 'June').value.iso, '2024-06-12');
  assert.equal(mentionOf(times('The sale, which had been expected, pays the loan by February.', published('2024-06-20')), 'February').value.iso, '2025-02');
});

test('a range never ends before it starts', () => {
  // the month written once, after the last day: the first day is in the month before
  assert.deepEqual(mentionOf(times('Rain fell from 28 to 3 March.', published('2024-06-20')), '28').value, { iso: '2024-02-28', precision: 'day', end: '2024-03-03' });
  assert.deepEqual(mentionOf(times('Rain fell from 28 to 3 January 2024.'), '28').value, { iso: '2023-12-28', precision: 'day', end: '2024-01-03' });
  // two dates of one range take one year: the end's own year follows the start's
  const jailed = times('He was jailed from 3 June to 10 July.', published('2024-06-20'));
  assert.deepEqual(jailed.map((m) => m.value.iso), ['2024-06-03', '2024-07-10']);
  // an end earlier in the year than its start is in the start's next year, whichever year the start took
  const [from, to] = times('The fair ran from 3 December to 10 January.', published('2024-06-20')).map((m) => m.value.iso ?? '');
  assert.equal(Number(to.slice(0, 4)), Number(from.slice(0, 4)) + 1);
  assert.equal(`${from.slice(5)} ${to.slice(5)}`, '12-03 01-10');
});

test('a past perfect in another clause than "by <date>" leaves the deadline ahead', () => {
  const loan = times('The loan must be repaid by 12 June, a date the bank had set.', published('2025-01-20'));
  assert.equal(mentionOf(loan, 'June').value.iso, '2025-06-12');
  // the clause that a fronted "By <date>," opens still looks back
  assert.equal(mentionOf(times('By 12 June, 25 soldiers had been killed.', published('2025-01-20')), 'June').value.iso, '2024-06-12');
});

test('"between 28 and 3 March": a first day above the last is in the month before', () => {
  const m = mentionOf(times('The festival runs between 28 and 3 March.', published('2025-01-20')), 'March');
  assert.equal(m.text, '28 and 3 March');
  assert.deepEqual(m.value, { iso: '2025-02-28', precision: 'day', end: '2025-03-03' });
});

test('a number after "<Month>," with no day before the month is no day', () => {
  const ms = times('In June, 12 of them were arrested.', published('2025-01-20'));
  assert.deepEqual(ms.map((m) => [m.text, m.value.iso, m.value.precision]), [['June', '2024-06', 'month']]);
});

test("a decade written '90s after a date's comma is no year of it", () => {
  const ms = times("On June 5, '90s hits filled the charts.", published('2025-01-20'));
  assert.equal(ms.length, 1);
  assert.equal(ms[0].text, 'June 5');
  assert.notEqual(ms[0].value.iso?.slice(0, 4), '1990');
});
