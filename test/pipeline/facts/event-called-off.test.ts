// An undertaking called off, withdrawn or turned down is a happening of its own (called-off.ts): "withdrew its
// offer", "the ceremony was cancelled". Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const callingsOff = (text: string) =>
  eventsOf(text).filter((e) => e.type === 'other' && e.theme?.startsWith('off:')).map((e) => `${e.status}:${e.trigger.text.toLowerCase()}`);

test('an offer withdrawn, a ceremony cancelled, an auction called off: the calling off is an event', () => {
  for (const [text, found] of [
    ['Brantwick Mills said it withdrew its offer for the Ostend ferry line.', 'asserted:withdrew'],
    ['The awards ceremony planned at the Velden town hall for Sunday was cancelled after the flooding.', 'asserted:cancelled'],
    ['The Tarrow council called off the auction of its depot.', 'asserted:called'],
  ] as const)
    assert.deepEqual(callingsOff(text), [found], `${text}: ${show(text)}`);
});

test('troops withdrawn, an idea rejected, or a calling off only wished for is none', () => {
  for (const text of [
    'Brantwick Mills withdrew its trucks from the Ostend depot.',
    'The Tarrow council rejected the idea of a second bridge.',
    'The Tarrow council may cancel the auction of its depot.',
    'The Tarrow council wants the court to cancel the auction of its depot.',
    'Brantwick Mills did not withdraw its offer for the Ostend ferry line.',
    // a relative clause describes the undertaking it hangs on
    'The offer, which the Corlan Foods board rejected as too low, expires on Friday.',
  ])
    assert.deepEqual(callingsOff(text), [], `${text}: ${show(text)}`);
});

test('a happening noun called off gives way to its calling off: one event, at the verb', () => {
  const text = 'Brantwick Mills and the dockers union had suspended their lawsuits as part of the settlement.';
  assert.deepEqual(eventsOf(text).filter((e) => e.type === 'other').map((e) => e.trigger.text), ['suspended'], show(text));
});

test('an activity halted, told as a gerund or a noun the parser reads as a bare verb, is a calling off', () => {
  for (const [text, found] of [
    ['Corlan Foods temporarily stopped selling the frozen pies after the complaints.', 'asserted:stopped'],
    ['Brantwick Mills suspended work on its new warehouse in Ostend.', 'asserted:suspended'],
    ['The Tarrow council halted building on the riverside site on Monday.', 'asserted:halted'],
  ] as const)
    assert.deepEqual(callingsOff(text), [found], `${text}: ${show(text)}`);
});

test('stopping to do something, stopping a thing, or a halt of an earlier year is no calling off of the news', () => {
  for (const text of [
    'The mayor stopped to speak with the Tarrow council on Monday.',
    'Police stopped the lorry outside Ostend.',
    // published 2021: a halt of 2009 is history the story recalls
    'Brantwick Mills stopped paying a dividend in the second quarter of 2009 because of losses.',
    'Brantwick Mills suspended work on the warehouse in 2009.',
  ])
    assert.deepEqual(callingsOff(text), [], `${text}: ${show(text)}`);
});

test('a bare verb of halting beside a plan, with no subject or auxiliary of its own, is not told as done', () => {
  const text = 'Initially, the firm said it will sell its lending arm, and stop issuing new loans at its leasing unit.';
  assert.deepEqual(callingsOff(text), [], show(text));
});

test('stopping a fight or a project is no calling off: "stop" halts only an activity told as its gerund', () => {
  for (const text of ['The referee stopped the fight in the sixth round.', 'The new rules bar the council from stopping the project.'])
    assert.deepEqual(callingsOff(text), [], `${text}: ${show(text)}`);
});
