// A disputed value reads the same in the CLI table and on the web page, each with its own spelling of
// dates and counts: the shared chooser decides which of date, count and place is shown.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conflictValueText, type ConflictValue, type ValueFormats } from '../../src/conflict-value.js';
import { conflictsText } from '../../src/corpus/events/conflicts.js';
import { terseCount } from '../../src/vague-amount.js';

const formats: ValueFormats = { date: (d) => `D(${d.iso})`, count: (c) => `C(${c.value})` };
const value = (v: Partial<ConflictValue>): ConflictValue => ({ reports: ['a#e1'], ...v }) as ConflictValue;

test('a date is shown as a date, a count as a count, a place as its name, and nothing as "?"', () => {
  assert.equal(conflictValueText(value({ date: { iso: '2030-11-05', precision: 'day' } }), formats), 'D(2030-11-05)');
  assert.equal(conflictValueText(value({ count: { value: 40, qualifier: 'at_least' } }), formats), 'C(40)');
  assert.equal(conflictValueText(value({ place: 'Tromsø' }), formats), 'Tromsø');
  assert.equal(conflictValueText(value({}), formats), '?');
});

test('the CLI cell: bounds in words, vague words kept with their hint in words, a yearless date spelled out', () => {
  assert.equal(terseCount({ value: 1200, qualifier: 'more_than' }), 'more than 1,200');
  assert.equal(terseCount({ value: 24, qualifier: 'at_least', vagueWords: 'two dozen' }), 'two dozen (at least 24)');
  const conflicts = [
    { field: 'injured', values: [value({ count: { value: 9, qualifier: 'exact' } }), value({ count: { value: 24, qualifier: 'at_least', vagueWords: 'two dozen' } })] },
    { field: 'date', values: [value({ date: { iso: '--07-14', precision: 'day' } }), value({ date: { iso: '2030-07-15', precision: 'day' } })] },
  ] as Parameters<typeof conflictsText>[0];
  assert.equal(conflictsText(conflicts), 'injured: 9 or two dozen (at least 24); date: 14 Jul (year unknown) or 2030-07-15');
});
