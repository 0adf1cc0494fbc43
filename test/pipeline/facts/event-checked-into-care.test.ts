// Checking into rehab, a clinic or hospital is a stay for care begun (type other); checking facts, bags or into a hotel
// is none. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Regional news\n\nThe council met as usual on Monday. ${text}`, { published: '2024-05-06' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const checkIns = (events: EventRecord[]) => events.filter((e) => e.type === 'other' && /^check/.test(e.trigger.text));

test('checking into rehab or a clinic is a happening', () => {
  for (const text of [
    'The singer checked into rehab in Malibu on Friday.',
    'The actress checked herself into a clinic in Arizona last week.',
    'The actor checked in to a rehab facility in Utah on Friday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(checkIns(events).length, 1, `${text}: ${listed(events)}`);
  }
});

test('checking a hotel room, bags or figures is no happening', () => {
  for (const text of [
    'The guests checked into the hotel on Friday.',
    'Officials checked the bags of every passenger on Friday.',
    'The firm checked the figures again last week.',
  ]) {
    const events = eventsOf(text);
    assert.equal(checkIns(events).length, 0, `${text}: ${listed(events)}`);
  }
});

test('checking into a treatment center, entering rehab or one, or being admitted to hospital is a stay for care begun', () => {
  for (const text of [
    'The drummer checked into Harbour Lights Treatment Centre in Sussex on Friday.',
    'The singer has entered a rehab programme in Arizona, his manager said.',
    'The actor entered Cedar Ridge Treatment Center on Tuesday.',
    'The poet was admitted to hospital with a chest infection last week.',
    'The model was admitted into Lakeview Treatment Center on Sunday.',
  ]) {
    const events = eventsOf(text);
    const stays = events.filter((e) => e.type === 'other' && /^(check|enter|admit)/.test(e.trigger.text));
    assert.equal(stays.length, 1, `${text}: ${listed(events)}`);
  }
});

test('entering a room, a plea or a market, or admitting a fault, is no stay for care', () => {
  for (const text of [
    'The gunman entered the office shortly after ten.',
    'The firm entered the Brazilian market in 2009.',
    'He entered a plea of not guilty.',
    'The coach admitted to reporters that the plan had failed.',
    'The club admitted two new members to its board.',
  ]) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => /^(enter|admit)/.test(e.trigger.text)).length, 0, `${text}: ${listed(events)}`);
  }
});
