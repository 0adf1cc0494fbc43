// Business and policy happenings of no listed type (type other): a bid or offer with a named party,
// a filing for protection, a bankruptcy, a ban on a practice; each only as the head of its own phrase.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Market news\n\n${text}`).events;
}

const others = (text: string) => eventsOf(text).filter((e) => e.type === 'other').map((e) => e.trigger.text);

test('a bid or offer with a named company is an event; one naming no party is not', () => {
  // (turning the bid down is a decision of its own: event-rejected-proposal.test.ts)
  assert.deepEqual(others('Shareholders rejected a rival bid by Halden Foods for the brewer in 2019.'), ['rejected', 'bid']);
  assert.deepEqual(others('The board is studying an offer from Norvik Steel, which it called too low.'), ['offer']);
  assert.deepEqual(others('The senator launched a bid for a third term on Monday.'), []);
  assert.deepEqual(others('Residents welcomed the offer of help.'), []);
});

test('filing for protection and a bankruptcy are events; a bankruptcy that only modifies another noun is not', () => {
  assert.deepEqual(others('The airline filed for bankruptcy protection in Delaware on Tuesday.'), ['filed']);
  assert.deepEqual(others('Within a year the chain was forced into bankruptcy.'), ['bankruptcy']);
  assert.deepEqual(others('Ministers want to reform bankruptcy law before the summer.'), []);
});

test('a ban on a practice is an event of type other, placed where the text says, all coordinated places kept', () => {
  const ban = eventsOf('Last year the assembly passed a ban on smoking in bars in Scotland and Ireland.').find((e) => e.type === 'other');
  assert.equal(ban?.trigger.text, 'ban');
  assert.equal(ban?.place?.text, 'Scotland and Ireland');
  const group = eventsOf('The government banned the opposition party on Monday after the riots.');
  assert.deepEqual(group.map((e) => e.type), ['designation'], 'a group banned is designated, whatever the date phrase');
});

test('a bid the text places nowhere is set in the country the story names most', () => {
  const events = eventsOf('Brazil has become the biggest market for the miner. A bid by Ferro Lima for the miner was raised last week, and analysts in Brazil expect a second offer from Ferro Lima.');
  const bid = events.find((e) => e.type === 'other' && e.trigger.text === 'bid');
  assert.equal(bid?.place?.text, 'Brazil');
  assert.equal(bid?.place?.inferred, true);
});
