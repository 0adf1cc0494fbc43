// A deed of violence the story recalls from a year before its own is background: kept, flagged, off the timeline.
// The lead's deed, however old, deeds in the story's year, a stretch reaching up to now and other happenings are
// not. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import { reportOnTimeline, type EventRecord } from '../../../src/types.js';

const LEAD = 'A judge in Leeds on Monday refused bail to a man accused of setting fire to a bus depot.';

function events(text: string): EventRecord[] {
  return analyseText(text, { published: '2024-05-06' }).events;
}

test('an attack of an earlier year recalled after the lead is background, off the timeline', () => {
  const found = events(`${LEAD} He is also charged in two attacks on courthouses, including the 2019 bombing of a court in Hull that injured four guards.`);
  const attack = found.find((e) => e.type === 'attack');
  assert.ok(attack, 'the attack is still stored');
  assert.equal(attack.background, true);
  assert.equal(reportOnTimeline(attack), false);
});

test('a killing of an earlier year told in a clause after the lead is background', () => {
  const found = events(`${LEAD} Three of his cousins were killed in a feud in Bradford in 2017.`);
  const killing = found.find((e) => e.type === 'killing');
  assert.equal(killing?.background, true);
});

test('the same deed in the story\'s own year is the news', () => {
  const found = events(`${LEAD} He is also charged in the March bombing of a court in Hull that injured four guards.`);
  const attack = found.find((e) => e.type === 'attack');
  assert.ok(attack);
  assert.equal(attack.background, undefined);
  assert.equal(reportOnTimeline(attack), true);
});

test('an old deed the lead tells is the story\'s own', () => {
  const found = events(`Three of his cousins were killed in a feud in Bradford in 2017. ${LEAD}`);
  const killing = found.find((e) => e.type === 'killing');
  assert.equal(killing?.date?.iso, '2017');
  assert.equal(killing.background, undefined);
});

test('deeds over a stretch reaching up to now are not background', () => {
  const found = events(`${LEAD} Detectives are also investigating a string of arson attacks on mosques dating to 2018.`);
  assert.ok(found.every((e) => e.background === undefined));
});

test('other happenings of earlier years are not set aside', () => {
  const found = events(`${LEAD} His company sold its stake in the depot to a rival in 2015.`);
  assert.ok(found.every((e) => e.background === undefined));
});

// A killing, attack or death named only to say who someone is, after the lead, is background too.
const CRASH = 'Police in Swindon arrested a lorry driver on Tuesday after a crash on the ring road.';

test('a killing told in a relative clause on a noun after the lead is background', () => {
  const found = events(`${CRASH} Neighbours said the driver was the brother of a farmer who killed his landlord with a shotgun.`);
  const killing = found.find((e) => e.type === 'killing');
  assert.ok(killing, 'the killing is still stored');
  assert.equal(killing.background, true);
  assert.equal(reportOnTimeline(killing), false);
});

test('a killing named by a participle before a noun after the lead is background', () => {
  const found = events(`${CRASH} The lorry belonged to a cousin of the murdered shopkeeper.`);
  const killing = found.find((e) => e.type === 'killing');
  assert.ok(killing);
  assert.equal(killing.background, true);
});

test('a killing told in a clause of its own after the lead is the news', () => {
  const found = events(`${CRASH} Later that night a second driver stabbed a cyclist near the station.`);
  const deed = found.find((e) => e.type === 'killing' || e.type === 'attack');
  assert.ok(deed);
  assert.equal(deed.background, undefined);
});

test('a killing the lead tells in a relative clause is the story\'s own', () => {
  const found = events('The farmer who killed his landlord with a shotgun in Swindon was jailed for life on Tuesday. His lawyer said he would appeal.');
  const killing = found.find((e) => e.type === 'killing');
  assert.ok(killing);
  assert.equal(killing.background, undefined);
});

test('a vote told in a relative clause on a noun after the lead is background', () => {
  const found = events(`${CRASH} The driver was one of four councillors who voted against the new bypass.`);
  const vote = found.find((e) => e.type === 'vote');
  assert.ok(vote, 'the vote is still stored');
  assert.equal(vote.background, true);
});
