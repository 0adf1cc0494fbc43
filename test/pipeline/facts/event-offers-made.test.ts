// An offer someone made is a deal put to its taker, whether or not the sentence names who made it or to whom;
// leaving office is a term's end, not a post given up. Sentences are our own; each false reading has its true
// counterpart beside it.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');

function offers(text: string): { made: EventRecord[]; all: string } {
  const events = analyseText(`Transfers\n\n${text}`).events;
  return { made: events.filter((e) => e.type === 'other' && e.trigger.text.toLowerCase() === 'offer'), all: listed(events) };
}

test('an offer made is a deal proposed, with its maker a pronoun, a description or a name, and its taker named or not', () => {
  for (const text of [
    'The goalkeeper is weighing his options. The Harbour City club made him a five-year offer on Monday.',
    'The goalkeeper is weighing his options. Their chairman said they made a three-season offer last week.',
    'Two rival clubs were interested. One of them, the Rovers, has made a generous offer.',
  ]) {
    const { made, all } = offers(text);
    assert.equal(made.length, 1, `${text}: ${all}`);
    assert.equal(made[0].status, 'asserted', `${text}: ${all}`);
  }
});

test('an offer not made is negated, and an offer of help with no maker is no event', () => {
  const refused = offers('The striker wants to stay. The club has not made an offer to him yet.');
  assert.ok(refused.made.every((e) => e.status === 'negated'), refused.all);
  const help = offers('The valley flooded in March. The offer of help from the county came too late for the farms.');
  assert.equal(help.made.length, 0, help.all);
});

test('leaving office ends a term and is no resignation; leaving the board gives up a post', () => {
  for (const text of ['The rule was drafted weeks before the governor left office in January.', 'Long after she left office, Mayor Ann Kerr still chaired the parks trust.']) {
    const events = analyseText(`Archive\n\n${text}`).events;
    assert.ok(!events.some((e) => e.type === 'resignation'), `${text}: ${listed(events)}`);
  }
  const events = analyseText('Archive\n\nThe treasurer, Piet Olsen, left the board in January after the audit.').events;
  assert.ok(events.some((e) => e.type === 'resignation'), listed(events));
});
