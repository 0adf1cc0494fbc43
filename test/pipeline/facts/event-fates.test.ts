// What is done to people told as a noun or a participle: a counted group's fate ("the killings of three aid
// workers"), an operation on a named place ("Iraq's invasion of Kuwait"), people held set free ("released the
// detained protesters"). Talk of a kind ("killings are rare") stays no event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

/** A first line the pipeline may read as a headline, so the sentence under test is body text. */
const LEAD = 'The report was published on Tuesday.\n\n';

function eventsOf(text: string): EventRecord[] {
  return analyseText(LEAD + text, { published: '2024-05-14' }).events;
}

const listed = (events: EventRecord[]) => events.map((e) => `${e.type}:${e.trigger.text}:${e.status}:${JSON.stringify(e.counts)}`).join(', ');
const facts = (events: EventRecord[], type: string) => events.filter((e) => e.type === type && (e.status === 'asserted' || e.status === 'alleged'));

test('the plural of a fate with a counted group is one happening, with its count', () => {
  const killings = eventsOf('The killings of four road engineers near the border have angered the union.');
  const k = facts(killings, 'killing');
  assert.equal(k.length, 1, listed(killings));
  assert.equal(k[0].counts.killed?.value, 4, listed(killings));
  const deaths = eventsOf('The deaths of nine hikers on the glacier shocked the valley.');
  const d = facts(deaths, 'death');
  assert.equal(d.length, 1, listed(deaths));
  assert.equal(d[0].counts.killed?.value, 9, listed(deaths));
});

test('a bare plural of a fate speaks of a kind, and "deaths" as a tally is no death of its own', () => {
  for (const text of ['Killings of shopkeepers are still rare in the province.', 'Arrests of bloggers have become routine, the group says.']) {
    const events = eventsOf(text);
    assert.equal(events.filter((e) => e.type === 'killing' || e.type === 'arrest').length, 0, `${text}: ${listed(events)}`);
  }
  const tally = eventsOf('Road deaths fell by a fifth over the decade, the ministry said.');
  assert.equal(tally.filter((e) => e.type === 'death').length, 0, listed(tally));
});

test('an operation on a named place is that operation, even as the object of another verb', () => {
  const events = eventsOf('The council had condemned Ruritania\'s invasion of Moldova in its first statement.');
  assert.equal(facts(events, 'military_operation').length, 1, listed(events));
});

test('people held are captives: setting them free is a release', () => {
  const freed = eventsOf('A judge in Porto released the detained dockworkers late on Monday.');
  assert.equal(facts(freed, 'release').length, 1, listed(freed));
  const promised = eventsOf('The general promised to release the sailors captured during the blockade.');
  assert.equal(promised.filter((e) => e.type === 'release').length, 1, listed(promised));
  // a thing released is still no release, whatever words stand near it
  const report = eventsOf('The ministry released figures on detained migrants on Monday.');
  assert.equal(report.filter((e) => e.type === 'release').length, 0, listed(report));
});

test('a time in a clause that describes another noun does not date the event', () => {
  const events = eventsOf("A baker, Tom Ravel, was killed in his shop in Leeds last October. Based on a knife found in March near the shop, police said they would issue a warrant for a neighbour's arrest in the killing of Tom Ravel.");
  const k = events.filter((e) => e.type === 'killing');
  assert.equal(k.length, 1, listed(events));
  assert.equal(k[0].date?.iso, '2023-10', listed(events));
});

test('a person let go beside a verb of questioning or arrest is released, named or not; a thing let go beside one is not', () => {
  for (const text of [
    'Detectives in Leuven have questioned and released one of three teenagers sought after the fire.',
    'The pastor was arrested and later released without charge.',
  ]) {
    const events = eventsOf(text);
    assert.equal(facts(events, 'release').length, 1, `${text}: ${listed(events)}`);
  }
  const results = eventsOf('The ministry questioned its auditors and released its accounts on Friday.');
  assert.equal(results.filter((e) => e.type === 'release').length, 0, listed(results));
});
