import assert from 'node:assert/strict';
import { test } from 'node:test';
import { documentAnchor, normaliseTimes } from '../../../src/pipeline/time/index.js';
import { timexOf } from '../../../src/pipeline/time/timex.js';
import { makeDoc, mentionOf, published } from './doc.js';

const times = (text: string, opts = {}) => normaliseTimes(makeDoc(text, opts));

test('"16 October" and "October 13" under a dateline without a year: month-day, year unknown', () => {
  const doc = makeDoc('KAZAN, October 21. October 13, the council voted. 16 October a bridge reopened.', {
    dateline: { place: 'Kazan', text: 'KAZAN, October 21', date: '--10-21' },
  });
  const ms = normaliseTimes(doc);
  assert.deepEqual(mentionOf(ms, 'October 13').value, { iso: '--10-13', precision: 'month-day' });
  assert.deepEqual(mentionOf(ms, '16 October').value, { iso: '--10-16', precision: 'month-day' });
});

test('a month-day takes the anchor year (nearest occurrence) when the anchor has one', () => {
  const ms = times('On October 13 the committee met. On January 3 the report is published.', published('2016-10-21'));
  assert.deepEqual(mentionOf(ms, 'October 13').value, { iso: '2016-10-13', precision: 'day' });
  assert.deepEqual(mentionOf(ms, 'January 3').value, { iso: '2017-01-03', precision: 'day' });
});

test('a month in a clause that reports the past is the last one, not a later one nearer the anchor', () => {
  const ms = times('The court approved the extradition in March, rejecting an appeal.', published('2024-11-08'));
  assert.deepEqual(mentionOf(ms, 'March').value, { iso: '2024-03', precision: 'month' });
  const ahead = times('The court will rule in March.', published('2024-11-08'));
  assert.deepEqual(mentionOf(ahead, 'March').value, { iso: '2025-03', precision: 'month' });
});

test('a weekday takes the tense of its own clause, not of the whole sentence', () => {
  const ms = times('He was handed over on Thursday and flown to Newark, where he is due to appear next week.', published('2024-11-08'));
  assert.deepEqual(mentionOf(ms, 'Thursday').value, { iso: '2024-11-07', precision: 'day' });
});

test('"a year after he was arrested": counted from the event the clause names, not from the anchor', () => {
  const ms = times('Spain extradited him on Friday, more than a year after he was arrested in Barcelona.', published('2024-11-08'));
  const m = mentionOf(ms, 'a year after');
  assert.equal(m.value.iso, null);
  assert.match(m.value.relativeTo ?? '', /^he was arrested/);
});

test('a dateline inside the text ("KINSHASA, February 14.") anchors a document the extract stage left undated', () => {
  const doc = makeDoc('Goma attack: toll rises\n\nKINSHASA, February 14. Seventeen people were killed on Thursday, sources said.');
  assert.deepEqual(documentAnchor(doc), { iso: '--02-14', precision: 'month-day', origin: 'dateline' });
  assert.deepEqual(mentionOf(times(doc.text), 'Thursday').value, { iso: null, precision: 'weekday' });
});

test('"In September 2008 … Three months later": counted from the previous date of the story', () => {
  const ms = times('In September 2008, the bank collapsed. Three months later, its rival was sold.', published('2025-01-10'));
  assert.deepEqual(mentionOf(ms, 'Three months later').value, { iso: '2008-12', precision: 'month' });
});

test('"Next year": the year after the document date, or after the story’s year when the document has none', () => {
  assert.deepEqual(mentionOf(times('Next year the plant will open.', published('2017-03-01')), 'Next year').value, { iso: '2018', precision: 'year' });
  const story = times('In April 2016 the museum closed for repairs. Next year, it was reopened to visitors.');
  assert.deepEqual(mentionOf(story, 'Next year').value, { iso: '2017', precision: 'year' });
  // Past tense after a dated sentence: the story's next year even when the document has a date.
  const told = times('In April 2016 the museum closed for repairs. Next year, it was reopened to visitors.', published('2025-01-10'));
  assert.deepEqual(mentionOf(told, 'Next year').value, { iso: '2017', precision: 'year' });
});

test('"last December": the December before the anchor; without one, month known and year not', () => {
  assert.deepEqual(mentionOf(times('Plans were announced last December.', published('2017-03-10')), 'December').value,
    { iso: '2016-12', precision: 'month' });
  const m = mentionOf(times('Plans were announced last December.'), 'December');
  assert.equal(m.text, 'last December');
  assert.deepEqual(m.value, { iso: '--12', precision: 'month' });
});

test('"Friday\'s": that date when the anchor has a day, else a weekday with no date', () => {
  // 2024-03-25 is a Monday.
  const dated = mentionOf(times("Fans were still talking about Friday's concert.", published('2024-03-25')), 'Friday');
  assert.deepEqual(dated.value, { iso: '2024-03-22', precision: 'day' });
  const bare = mentionOf(times("Fans were still talking about Friday's concert."), 'Friday');
  assert.equal(bare.text, 'Friday');
  assert.deepEqual(bare.value, { iso: null, precision: 'weekday' });
});

test('"Thursday": the past one in a report, the coming one in a sentence about the future', () => {
  assert.deepEqual(mentionOf(times('The ministry said on Thursday it was pleased.', published('2024-03-25')), 'Thursday').value,
    { iso: '2024-03-21', precision: 'day' });
  assert.deepEqual(mentionOf(times('The ministers will meet on Thursday.', published('2024-03-25')), 'Thursday').value,
    { iso: '2024-03-28', precision: 'day' });
  assert.deepEqual(mentionOf(times('The ministry said on Thursday it was pleased.'), 'Thursday').value, { iso: null, precision: 'weekday' });
});

test('"this week" and "last week": no week precision in iso, so unresolved with a lower bound and the ISO week as TIMEX', () => {
  assert.deepEqual(mentionOf(times('The government this week urged calm.', published('2024-03-27')), 'this week').value,
    { iso: null, precision: 'none', notBefore: '2024-03-25', timex: '2024-W13' });
  // No document date: only the bound from the latest explicit date, never a guessed year.
  const ms = times('On January 1, 2017, the tariff changed. Last week prices rose.');
  assert.deepEqual(mentionOf(ms, 'Last week').value, { iso: null, precision: 'none', notBefore: '2017-01-01', timex: 'XXXX-WXX' });
});

test('"Six months after the full-scale invasion began": unresolved, relative to the event phrase, a length of six months', () => {
  const m = mentionOf(times('Six months after the full-scale invasion began, the embassy reopened.'), 'Six months');
  assert.equal(m.text, 'Six months after the full-scale invasion began');
  assert.deepEqual(m.value, { iso: null, precision: 'none', relativeTo: 'the full-scale invasion began', timex: 'P6M' });
});

test('an offset from an event with a written date is counted from that date', () => {
  const ms = times('Two days after the vote on 3 May 2017, protests began.');
  assert.deepEqual(mentionOf(ms, 'Two days').value, { iso: '2017-05-05', precision: 'day' });
  assert.deepEqual(mentionOf(ms, '3 May 2017').value, { iso: '2017-05-03', precision: 'day' });
});

test('"A year later, in May 2019" takes the written date; "The same month" follows it', () => {
  const ms = times('Three weeks after the strike ended, the union signed a deal. A year later, in May 2019, talks resumed. ' +
    'The same month a new chairman was elected.');
  assert.deepEqual(mentionOf(ms, 'A year later').value, { iso: '2019-05', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'The same month').value, { iso: '2019-05', precision: 'month' });
});

test('a vague offset stays unresolved but names what it is counted from', () => {
  const ms = times('In April 2016 the firm restated results for a merger a few months before.');
  assert.deepEqual(mentionOf(ms, 'a few months before').value, { iso: null, precision: 'none', relativeTo: 'April 2016', timex: 'PXM' });
});

test('a date without a year takes its sentence tense when its clause has none; a deadline looks ahead', () => {
  const ms = times('In March, the brewer sold its bottling plant. The regulator said bids must arrive by Jan. 20.', published('1994-11-08'));
  assert.deepEqual(mentionOf(ms, 'March').value, { iso: '1994-03', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'Jan. 20').value, { iso: '1995-01-20', precision: 'day' });
});

test('"a year earlier" with no date told nearby is the year before the anchor', () => {
  const ms = times('The ferry line carried 2 million passengers, up from 1.6 million a year earlier.', published('1994-11-08'));
  assert.deepEqual(mentionOf(ms, 'a year earlier').value, { iso: '1993', precision: 'year' });
});

test('deictic words against a day anchor', () => {
  const ms = times('Rates rose today after a cut three days ago. Last month exports fell; next year they may recover.', published('1987-03-15'));
  assert.deepEqual(mentionOf(ms, 'today').value, { iso: '1987-03-15', precision: 'day' });
  assert.deepEqual(mentionOf(ms, 'three days ago').value, { iso: '1987-03-12', precision: 'day' });
  assert.deepEqual(mentionOf(ms, 'Last month').value, { iso: '1987-02', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'next year').value, { iso: '1988', precision: 'year' });
});

test('"Mena Today" is a name, not a day', () => {
  assert.deepEqual(times('Photo © Mena Today'), []);
});

test('a month-day anchor dates "today" and "this month" without a year, and cannot date a weekday', () => {
  const doc = makeDoc('KAZAN, October 21. Officials said today that arrests this month followed a raid on Friday.', {
    dateline: { place: 'Kazan', text: 'KAZAN, October 21', date: '--10-21' },
  });
  const ms = normaliseTimes(doc);
  assert.deepEqual(mentionOf(ms, 'today').value, { iso: '--10-21', precision: 'month-day' });
  assert.deepEqual(mentionOf(ms, 'this month').value, { iso: '--10', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'Friday').value, { iso: null, precision: 'weekday' });
});

test('"last Wednesday" read on a Wednesday is the week before; a clock time with the day is its TIMEX hour', () => {
  const ms = times('The board resigned last Wednesday. Voting will open at 8 p.m. Friday and close at noon Saturday.', published('2023-03-15'));
  assert.deepEqual(mentionOf(ms, 'last Wednesday').value, { iso: '2023-03-08', precision: 'day' });
  const opens = mentionOf(ms, '8 p.m. Friday');
  assert.deepEqual(opens.value, { iso: '2023-03-17', precision: 'day', timex: '2023-03-17T20:00' });
  assert.equal(timexOf(opens).type, 'TIME');
  assert.equal(mentionOf(ms, 'noon Saturday').value.timex, '2023-03-18T12:00');
});

test('a weekday reads the tense cue before it, not a "will" after it in a past report', () => {
  const ms = times('The envoys issued a statement Friday saying the treaty will hold.', published('2023-03-15'));
  assert.deepEqual(mentionOf(ms, 'Friday').value, { iso: '2023-03-10', precision: 'day' });
  const plan = times('Farmers were planning to block the bridge on Monday.', published('2023-03-15'));
  assert.deepEqual(mentionOf(plan, 'Monday').value, { iso: '2023-03-20', precision: 'day' });
});

test('"since March" has begun; "six weeks ago" keeps its day and names its ISO week; "the past year" is last year as TIMEX', () => {
  const ms = times('The ferry has been idle since March and is scheduled to sail again. Repairs began six weeks ago. Prices rose over the past year.', published('2023-02-10'));
  assert.deepEqual(mentionOf(ms, 'March').value, { iso: '2022-03', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'six weeks ago').value, { iso: '2022-12-30', precision: 'day', timex: '2022-W52' });
  assert.equal(timexOf(mentionOf(ms, 'the past year')).value, '2022');
});

test('"the weekend" read early in the week is the one just past; "the current fiscal year" is the anchor year; "Monday\'s vote" is past', () => {
  const ms = times('Talks stalled over the weekend. Sales for the current fiscal year will fall. The plan would undo Monday\'s vote.', published('2021-06-08'));
  assert.equal(timexOf(mentionOf(ms, 'the weekend')).value, '2021-W22-WE');
  assert.equal(timexOf(mentionOf(ms, 'the current fiscal year')).value, '2021');
  assert.deepEqual(mentionOf(ms, 'Monday').value, { iso: '2021-06-07', precision: 'day' });
});

test('lengths with a half ("2 1/2 years") carry the fraction in the next smaller unit; "recent weeks" is an unstated number of weeks', () => {
  const ms = times('The audit took 2 1/2 years and the vote 4 1/2 hours. Prices climbed in recent weeks.');
  assert.equal(timexOf(mentionOf(ms, '2 1/2 years')).value, 'P2Y6M');
  assert.equal(timexOf(mentionOf(ms, '4 1/2 hours')).value, 'PT4H30M');
  assert.equal(timexOf(mentionOf(ms, 'recent weeks')).value, 'PXW');
});

test('"last May", "the October recall" and years said in words are dates; "this may" and a bare "nineteen forty" count are not', () => {
  const ms = times('The treaty was signed last May. The October recall cost millions. Output fell in January nineteen ninety-seven, ' +
    'and the plan targets the year two thousand. Prices this may climb. Nineteen forty workers left.', published('1998-02-27'));
  assert.deepEqual(mentionOf(ms, 'last May').value, { iso: '1997-05', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'October').value, { iso: '1997-10', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'January nineteen ninety-seven').value, { iso: '1997-01', precision: 'month' });
  assert.deepEqual(mentionOf(ms, 'the year two thousand').value, { iso: '2000', precision: 'year' });
  assert.equal(ms.some((m) => /this may|Nineteen forty/i.test(m.text)), false);
});

test('Thanksgiving takes its day from the year; "the year ended March 31" is a twelve-month period; "by year-end" is the year\'s last day', () => {
  const ms = times('The ship docked on Thanksgiving Day. Revenue for the year ended March 31 rose. The sale should close by year-end.', published('2016-01-08'));
  assert.deepEqual(mentionOf(ms, 'Thanksgiving Day').value, { iso: '2015-11-26', precision: 'day' });
  assert.equal(timexOf(mentionOf(ms, 'the year')).value, 'P1Y');
  assert.equal(timexOf(mentionOf(ms, 'year-end')).value, '2016-12-31');
  const undated = times('The ship docked on Thanksgiving Day.');
  assert.deepEqual(mentionOf(undated, 'Thanksgiving Day').value, { iso: '--11', precision: 'month' });
});
