// A body strengthening or amending a plan or a policy of its own takes a step, as adopting one does (type other,
// theme adoption); strengthening ties or a currency, or amending anything but a plan, is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Company news\n\n${text}`, { published: '2024-05-06' }).events;
}

const steps = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && e.theme === 'adoption').map((e) => e.trigger.text);

test('a plan or a policy strengthened or amended is a step of its own', () => {
  assert.deepEqual(steps('Harwell Foods Inc. toughened its takeover defences on Monday by strengthening its shareholder-rights plan.'), ['strengthening']);
  assert.deepEqual(steps('Pellow Gas amended its dividend policy after the vote, the company said.'), ['amended']);
});

test('ties, a currency or a text strengthened or amended is no step', () => {
  assert.deepEqual(steps('Harwell Foods strengthened its ties with Pellow Gas last year.'), []);
  assert.deepEqual(steps('The krona strengthened against the euro on Monday.'), []);
  assert.deepEqual(steps('Pellow Gas amended the wording of its annual report.'), []);
});
