// An order to a factory, mine or refinery to stop is a command; an order of goods with a purpose is a purchase
// (review s24 A9). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const orders = (text: string) => eventsOf(text).filter((e) => e.trigger.text === 'ordered');

test('ordering a workplace to stop is a command', () => {
  for (const text of [
    'A judge ordered the smelter to shut down until May.',
    'Inspectors ordered the quarry to close after the collapse.',
    'The ministry ordered the refinery to halt output.',
  ]) assert.equal(orders(text).length, 1, `${text}: ${show(text)}`);
});

test('ordering goods for a purpose is no command', () => {
  for (const text of ['The carrier ordered 12 airliners to replace its old fleet.', 'The army ordered 300 lorries to carry fuel.']) {
    assert.equal(orders(text).length, 0, `${text}: ${show(text)}`);
  }
});
