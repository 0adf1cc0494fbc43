// Leaving a post is told with phrasal verbs as often as with "resign": "quit", "stepped down", "stood
// down"; taking one up with "took over as". Habits quit and parties leaving a coalition are no
// resignation. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`).join(', ');
const facts = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && (e.status === 'asserted' || e.status === 'alleged'));

test('quitting, stepping down and standing down are resignations', () => {
  for (const text of [
    'The budget row went on for weeks. The finance minister quit on Tuesday after a dispute over spending.',
    'Shares fell sharply. The chairman stepped down on Monday after the losses.',
    'The count ended at dawn. The party leader stood down last week after the defeat.',
    'The board met in the evening. He quit as chairman of the bank on Monday.',
  ]) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'resignation').length, 1, `${text}: ${listed(events)}`);
  }
});

test('a resignation still to come is planned', () => {
  const events = eventsOf('The company issued a statement. Its founder will step down in May.');
  const r = events.filter((e) => e.type === 'resignation');
  assert.equal(r.length, 1, listed(events));
  assert.equal(r[0].status, 'planned', listed(events));
});

test('quitting a habit, or a party leaving a coalition, is no resignation', () => {
  for (const text of ['Her doctor was pleased. She quit smoking last year.', 'The talks collapsed. The Liberal party quit the coalition on Monday.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'resignation').length, 0, `${text}: ${listed(events)}`);
  }
});

test('an intention to step down or resign is an idea put forward, like a proposal, not a plan set', () => {
  for (const text of ['The dinner ran late. There she told her deputy of her intention to step down.', 'The dinner ran late. There she told her deputy of her intention to resign.']) {
    const events = eventsOf(text).filter((e) => e.type === 'resignation');
    assert.deepEqual(events.map((e) => e.status), ['hypothetical'], `${text}: ${listed(events)}`);
  }
});

test('taking over as chief executive is an appointment', () => {
  const events = eventsOf('The retailer named a new board. Mr Osei took over as chief executive in March.');
  assert.equal(facts(events, 'appointment').length, 1, listed(events));
});

test('named to a post is an appointment; named anything else is no event', () => {
  for (const text of ['The lender reported a loss. It named Ms Okafor as chief executive on Monday.', 'The club lost again. Mr Vidal was named coach on Friday.']) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'appointment').length, 1, `${text}: ${listed(events)}`);
  }
  for (const text of ['The family moved to Leeds. They had a daughter named Rosa in 1990.', 'The inquiry ended. Two drivers were named as suspects on Friday.', 'The ferry sank in 1954. It was named after a local saint.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'appointment').length, 0, `${text}: ${listed(events)}`);
  }
});

test('soldiers or guards standing down leave a watch, not a post; ministers standing down resign', () => {
  for (const text of ['The storm passed at dawn. The soldiers stood down after the alarm ended.', 'The storm passed at dawn. Guards stood down at the gates by noon.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'resignation').length, 0, `${text}: ${listed(events)}`);
  }
  const events = eventsOf('The storm passed at dawn. Two ministers stood down on Friday over the scandal.');
  assert.equal(facts(events, 'resignation').length, 1, listed(events));
});

test('a particular person’s resignation that another happening followed is a happening of its own', () => {
  for (const text of [
    'Markets closed mixed on Friday. Sterling fell against the euro in late trading following the resignation of Norway’s trade minister, Ola Dahlberg.',
    'Markets closed mixed on Friday. Bond prices slid after the resignation of the central bank’s governor.',
    'Markets closed mixed on Friday. The krone firmed after the resignation of Mr. Ola Dahlberg.',
  ]) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'resignation').length, 1, `${text}: ${listed(events)}`);
  }
});
