// Which year a date without one falls in. A day named as when an occasion sits ("the annual meeting May 14")
// is the nearest such day: a past-tense report of a decision often names the meeting still to come. A future
// cue in one joined clause does not move a date in the next. Sentences are our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseTimes } from '../../../src/pipeline/time/index.js';
import { makeDoc, mentionOf, published } from './doc.js';

const times = (text: string, anchor: string) => normaliseTimes(makeDoc(text, published(anchor)));

test('a meeting day a few weeks after a past-tense report is the coming one', () => {
  const ms = times('The directors said they agreed to put the share split to owners at the annual meeting May 14.', '2031-04-02');
  assert.deepEqual(mentionOf(ms, 'May 14').value, { iso: '2031-05-14', precision: 'day' });
  const on = times('The union said members decided to hold the ballot on June 3 after a long debate.', '2031-05-20');
  assert.deepEqual(mentionOf(on, 'June 3').value, { iso: '2031-06-03', precision: 'day' });
});

test('a meeting day just before the report stays in the past', () => {
  const ms = times('The directors approved the merger at a meeting on March 20, the firm said.', '2031-04-02');
  assert.deepEqual(mentionOf(ms, 'March 20').value, { iso: '2031-03-20', precision: 'day' });
  const last = times('Owners rejected the offer at last year\'s meeting May 14, the firm said.', '2031-04-02');
  assert.deepEqual(mentionOf(last, 'May 14').value, { iso: '2030-05-14', precision: 'day' });
});

test('without an occasion, a past-tense day keeps its last occurrence', () => {
  const ms = times('The firm said it sold the plant May 14 to a rival.', '2031-04-02');
  assert.deepEqual(mentionOf(ms, 'May 14').value, { iso: '2030-05-14', precision: 'day' });
});

test('a "will" in a clause joined by "and" does not move the date of the next clause forward', () => {
  const ms = times('Words will not calm the markets for long and the January summit of the two leaders achieved very little, they said.', '2031-03-09');
  assert.deepEqual(mentionOf(ms, 'January').value, { iso: '2031-01', precision: 'month' });
  const whole = times('Prices will rise in January, the ministry said.', '2031-03-09');
  assert.deepEqual(mentionOf(whole, 'January').value, { iso: '2032-01', precision: 'month' });
});

test('a day written before the occasion it dates ("the May 14 annual meeting") is the nearest one too', () => {
  const ms = times('The firm said the split needs approval at the May 14 annual meeting.', '2031-04-02');
  assert.deepEqual(mentionOf(ms, 'May 14').value, { iso: '2031-05-14', precision: 'day' });
});

test('a court ruling day ahead of the story is the coming one', () => {
  const ms = times('Lawyers said they would wait for the June 2 ruling of the appeals court.', '2031-04-02');
  assert.deepEqual(mentionOf(ms, 'June 2').value, { iso: '2031-06-02', precision: 'day' });
});

test('a month ahead that something is poised for is the coming one; a past-tense month stays past', () => {
  const ms = times('The mayor, who looked tired, is now poised to face a rival in October’s general election.', '2031-05-20');
  assert.deepEqual(mentionOf(ms, 'October').value, { iso: '2031-10', precision: 'month' });
  const past = times('Turnout collapsed in the October election last year, officials said.', '2031-05-20');
  assert.deepEqual(mentionOf(past, 'October').value, { iso: '2030-10', precision: 'month' });
});

test('a day after "since", even "since shortly after the", lies behind the report, whatever the tense', () => {
  const ms = times('Divers have been searching the lake since shortly after the Nov. 20 capsizing of the ferry.', '2031-06-10');
  assert.deepEqual(mentionOf(ms, 'Nov. 20').value, { iso: '2030-11-20', precision: 'day' });
  const the = times('Fares have stayed frozen since the Oct. 2 vote of the council.', '2031-05-03');
  assert.deepEqual(mentionOf(the, 'Oct. 2').value, { iso: '2030-10-02', precision: 'day' });
});
