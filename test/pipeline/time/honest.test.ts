// No invented years: in articles that carry no date, every year a time value holds must be written
// in the text, and relative expressions stay unresolved.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentAnchor, normaliseTimes } from '../../../src/pipeline/time/index.js';
import { timexOf } from '../../../src/pipeline/time/timex.js';
import { makeDoc, mentionOf } from './doc.js';

const UNDATED = [
  'The referendum is expected to be held on 5 May, the electoral board said. Turnout at the last vote was low.',
  'Speakers recalled the 11 September attacks and the 2008 crash. Next year the commission will publish its findings.',
  'Three years after the flood, the bridge reopened on Tuesday. Last week engineers tested it for six hours.',
  'Profits for the year to March 2031 are forecast to double. Sales rose in the first quarter and again this summer.',
  'The mayor, in office since 1998, said on 14 February that the budget was cut. It was cut again in early June.',
  'Officials now say the plant will close in the coming months; it has operated daily for two decades.',
  'Sales were flat a year earlier and fell over the past year. The deal closes by year-end, after a vote at 9 a.m. Tuesday.',
  'The ferry sank on Thanksgiving Day, six weeks ago, in the current fiscal year; the weekend search found nothing.',
];

function yearsIn(value: string): string[] {
  return value.match(/(?<![\d])(?:1[5-9]|20|21)\d\d(?!\d)/g) ?? [];
}

test('undated articles: every year in a time value is written in the text', () => {
  for (const text of UNDATED) {
    const doc = makeDoc(text);
    for (const t of normaliseTimes(doc)) {
      for (const value of [t.value.iso, t.value.notBefore, timexOf(t).value]) {
        for (const y of yearsIn(value ?? '')) assert.ok(text.includes(y), `"${t.text}" → ${value}: year ${y} is not in the text`);
      }
    }
  }
});

test('undated articles: month-days keep no year, relative expressions stay unresolved', () => {
  const may = mentionOf(normaliseTimes(makeDoc(UNDATED[0])), '5 May');
  assert.deepEqual({ iso: may.value.iso, precision: may.value.precision }, { iso: '--05-05', precision: 'month-day' });
  assert.equal(timexOf(may).value, 'XXXX-05-05');
  const ms = normaliseTimes(makeDoc(UNDATED[1]));
  assert.equal(mentionOf(ms, 'Next year').value.iso, null);
  // a named event's date carries no year of its own
  const sept = ms.find((m) => m.text.includes('11 September'));
  assert.ok(!sept || !/^\d{4}/.test(sept.value.iso ?? ''), `11 September → ${sept?.value.iso}`);
  const later = normaliseTimes(makeDoc(UNDATED[2]));
  assert.equal(mentionOf(later, 'Tuesday').value.iso, null);
  assert.equal(mentionOf(later, 'Last week').value.iso, null);
  assert.equal(mentionOf(later, 'six hours').value.timex, 'PT6H');
});

test('"since 1998" starts a period: later month-days do not take its year', () => {
  const ms = normaliseTimes(makeDoc(UNDATED[4]));
  assert.equal(mentionOf(ms, '14 February').value.iso, '--02-14');
});

test('the lower bound of an undated article comes from past dates, never from a forecast', () => {
  assert.equal(documentAnchor(makeDoc(UNDATED[3])).notBefore, undefined);
  assert.equal(documentAnchor(makeDoc(UNDATED[4])).notBefore, '1998');
});
