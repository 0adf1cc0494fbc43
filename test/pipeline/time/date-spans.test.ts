// A span of days ("from 3 to 10 September", "between 3 and 10 September", "from 3 September until 10 September"):
// its first day number is part of the time expression, and its "until" is no deadline: the clause's tense
// places a year-less span. Sentences are our own.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseTimes } from '../../../src/pipeline/time/index.js';
import { makeDoc, mentionOf, published } from './doc.js';

const times = (text: string, anchor?: string) => normaliseTimes(makeDoc(text, anchor ? published(anchor) : {}));

test('a span told in the past tense lies in the past, both its ends', () => {
  const ms = times('From 3 September until 10 September, soldiers killed twelve villagers.', '2026-10-16');
  assert.equal(mentionOf(ms, '3 September').value.iso, '2026-09-03');
  assert.equal(mentionOf(ms, '10 September').value.iso, '2026-09-10');
  const after = times('Rebels held the bridge from 4 March until 9 March, the army said.', '2026-04-20');
  assert.equal(mentionOf(after, '4 March').value.iso, '2026-03-04');
  assert.equal(mentionOf(after, '9 March').value.iso, '2026-03-09');
});

test('a span in a sentence about the future, and a deadline "until", still look ahead', () => {
  const fair = times('From 3 September until 10 September, the fair will be open every day.', '2026-10-16');
  assert.equal(mentionOf(fair, '3 September').value.iso, '2027-09-03');
  const put = times('The vote was postponed until 10 September.', '2026-10-16');
  assert.equal(mentionOf(put, '10 September').value.iso, '2027-09-10');
});

test('without a document date, a span keeps its year unknown', () => {
  const ms = times('From 3 September until 10 September, soldiers killed twelve villagers.');
  assert.equal(mentionOf(ms, '3 September').value.iso, '--09-03', 'month and day, no year');
});

test('the first day of a range of days is one mention with the month ("3 to 10 September")', () => {
  for (const [text, span] of [
    ['Soldiers killed 12 villagers from 3 to 10 September.', '3 to 10 September'],
    ['Soldiers killed 12 villagers between 3 and 10 September.', '3 and 10 September'],
    ['Soldiers killed 12 villagers from September 3 to 10.', 'September 3 to 10'],
  ]) {
    const ms = times(text, '2026-10-16');
    assert.equal(ms.length, 1, `${text}: ${JSON.stringify(ms.map((m) => m.text))}`);
    assert.equal(ms[0].text, span);
    assert.equal(ms[0].value.iso, '2026-09-03', text);
  }
  const two = times('Prices rose from November to January.', '2026-10-16');
  assert.deepEqual(two.map((m) => m.text), ['November', 'January'], 'two months stay two mentions');
});

test('a range of days written as one mention carries its last day as well as its first', () => {
  for (const text of [
    'Soldiers killed 12 villagers from 3 to 10 September.',
    'Soldiers killed 12 villagers between 3 and 10 September.',
    'Soldiers killed 12 villagers from September 3 to 10.',
    'Soldiers killed 12 villagers on 3-10 September.',
  ]) {
    const [m] = times(text, '2026-10-16');
    assert.deepEqual([m.value.iso, m.value.end], ['2026-09-03', '2026-09-10'], text);
  }
  const yearless = times('Soldiers killed 12 villagers from 3 to 10 September.');
  assert.deepEqual([yearless[0].value.iso, yearless[0].value.end], ['--09-03', '--09-10'], 'no year at either end');
  const [day] = times('Soldiers killed 12 villagers on 3 September.', '2026-10-16');
  assert.equal(day.value.end, undefined, 'one day is no range');
  assert.deepEqual(times('Prices rose from November to January.', '2026-10-16').map((m) => m.value.end), [undefined, undefined], 'two mentions, each its own value');
});
