// Places read from the story rather than from the event's own clause: a named venue (data/
// event-venues.json) as a modifier, a target that is a place, a group that points back, the chamber
// a vote is held in, the place a story gives its court. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

test('a venue that modifies the event noun is where it is held', () => {
  const events = eventsOf('The Commons vote on the fishing bill was delayed on Tuesday. Several backbenchers remain undecided.');
  const vote = events.find((e) => e.type === 'vote');
  assert.equal(vote?.place?.text, 'Commons');
  assert.equal(vote?.place?.place?.name, 'House of Commons');
});

test('a venue inside a longer capitalised name is that other name', () => {
  const held = (who: string) => eventsOf(`Members of ${who} held a vote on the new licence on Monday.`).find((e) => e.type === 'vote');
  assert.equal(held('the Commons')?.place?.place?.name, 'House of Commons', 'the chamber itself');
  const other = held('Creative Commons');
  assert.ok(other, 'the vote is still found');
  assert.equal(other.place ?? null, null);
});

test('what protesters stormed is where they protested; "the men" arrested later were there too', () => {
  const events = eventsOf(
    'Eleven activists who stormed the House of Lords gallery during a debate on land reform were fined on Friday.\n\nThe men were arrested in March after climbing over a barrier.',
  );
  const protest = events.find((e) => e.type === 'protest');
  assert.equal(protest?.place?.text, 'House of Lords gallery');
  const arrest = events.find((e) => e.type === 'arrest');
  assert.equal(arrest?.place?.place?.name, 'House of Lords');
});

test('a vote the story places nowhere is held in the chamber it names most, marked inferred', () => {
  const events = eventsOf(
    'Some 40 Labour MPs voted against the housing plans on Wednesday. The Commons will debate the plans again next month, and the House of Lords is expected to oppose them. Critics in the Commons said the plans went too far.',
  );
  const vote = events.find((e) => e.type === 'vote');
  assert.equal(vote?.place?.place?.name, 'House of Commons');
  assert.equal(vote?.place?.inferred, true);
});

test('a story that names its seats of government is set in their country', () => {
  const events = eventsOf(
    'The Commons approved the bill by a wide margin. Officials in Downing Street welcomed the result, and analysts expect the next election to be fought on the economy.',
  );
  const election = events.find((e) => e.type === 'election');
  assert.equal(election?.place?.place?.name, 'United Kingdom');
  assert.equal(election?.place?.inferred, true);
});

test('a trial the text places nowhere is set where the story puts its court', () => {
  const events = eventsOf(
    'A former bank manager told a Chicago court that his employer hid losses from investors. He was testifying on the third day of the fraud trial of Mr Peters, the bank\'s founder.',
  );
  const trial = events.find((e) => e.type === 'prosecution');
  assert.equal(trial?.place?.text, 'Chicago');
  assert.equal(trial?.place?.inferred, true);
});

test('"Number 10" is the venue only as a name of its own, not a shirt number', () => {
  const vote = (second: string) => eventsOf(`The players voted on Monday to strike over pay. ${second}`).find((e) => e.type === 'vote');
  assert.notEqual(vote('Their captain wears the Number 10 shirt.')?.place?.place?.name, '10 Downing Street');
  assert.notEqual(vote('The vote was led by the team\'s Number 10, a veteran forward.')?.place?.place?.name, '10 Downing Street');
  assert.notEqual(vote('Their top scorer wears Number 10 for the national side.')?.place?.place?.name, '10 Downing Street');
  assert.notEqual(vote('The coach handed Number 10 to a teenager last season.')?.place?.place?.name, '10 Downing Street');
  const met = eventsOf('Ministers met at Number 10 on Tuesday. The talks lasted an hour.').find((e) => e.type === 'meeting');
  assert.equal(met?.place?.place?.name, '10 Downing Street');
});

test('a court step the text places nowhere is where the court nearest it sits, not the story\'s other court', () => {
  const events = eventsOf('A Texas judge dismissed the bankruptcy case on Monday. The firm will appeal.\n\nSeparately, the firm\'s founder began testimony in his trial for fraud. He told a Russian court he was innocent.');
  assert.equal(events.find((e) => e.type === 'ruling')?.place?.text, 'Texas');
  assert.equal(events.find((e) => e.type === 'prosecution')?.place?.text, 'Russia');
});
