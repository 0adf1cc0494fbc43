// A passing mention told before the report of its event joins that report (a preview), but not a
// report the text introduces as new further on: that is another happening. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.date?.iso ?? '-'}:${(e.mentions ?? []).map((m) => m.text).join('/')}`).join(', ');

/** The events one of whose mentions covers the phrase. */
function speakingOf(text: string, events: EventRecord[], phrase: string): EventRecord[] {
  const at = text.indexOf(phrase);
  return events.filter((e) => [e.trigger, ...(e.mentions ?? [])].some((m) => m.start <= at && at < m.end));
}

test('riots told in passing are not a demonstration of another year introduced later', () => {
  const text = 'Shopkeepers in Varnholt swept glass from the pavements on Sunday after the riots.\n\nOlder residents recalled a demonstration in Varnholt in 1974 that ended without violence.';
  const events = analyseText(text).events;
  const dated = speakingOf(text, events, 'demonstration in Varnholt').filter((e) => e.date?.iso === '1974');
  assert.ok(dated.length > 0, listed(events));
  assert.equal(dated.filter((e) => speakingOf(text, [e], 'riots').length > 0).length, 0, listed(events));
});

test('a passing mention still joins the definite report of its event told after it', () => {
  const text = 'The revised agreement between Marlow Shipping and Tessen Ports lifted both companies\' shares.\n\nMarlow Shipping and Tessen Ports signed the pact in Oslo on Tuesday.';
  const events = analyseText(text).events.filter((e) => e.type === 'agreement');
  assert.equal(events.length, 1, listed(events));
  assert.equal(speakingOf(text, events, 'agreement between').length, 1, listed(events));
});
