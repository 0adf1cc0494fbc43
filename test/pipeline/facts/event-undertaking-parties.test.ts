// Reports of one undertaking (a purchase, a bid) are one event only when they can be done by and to the
// same parties: a pronoun or description doer counts as the body the coreference ties it to. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${(e.mentions ?? []).map((m) => m.text).join('/')}`).join(', ');

test('purchases by two different companies of the same shares are two events', () => {
  const text = 'The trading arm of Calder Bank said it bought 40,000 shares of Velmont Industries to help fend off a hostile bid.\n\nEarlier on Tuesday, a unit of Brisco Holdings also bought shares of Velmont Industries, regulators were told.';
  const purchases = analyseText(text).events.filter((e) => e.type === 'other' && e.trigger.text === 'bought');
  assert.equal(purchases.length, 2, listed(purchases));
});

test('a purchase told again without a doer of its own stays one event', () => {
  const text = "The trading arm of Calder Bank said it bought 40,000 shares of Velmont Industries to help fend off a hostile bid.\n\nCalder Bank's purchase of the Velmont Industries shares was valued at $2 million.";
  const events = analyseText(text).events.filter((e) => e.type === 'other');
  assert.equal(events.length, 1, listed(events));
  assert.equal((events[0].mentions ?? []).length, 2, listed(events));
});
