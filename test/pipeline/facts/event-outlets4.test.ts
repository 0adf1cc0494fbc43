// Events read on other outlets' pages (round four): people freed who are not named, agreeing with a
// decision, "stabbed to death", and agreements a verb of concluding makes. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`).events;
}
const typesOf = (text: string) => eventsOf(text).map((e) => e.type);

test('people freed are a release whether or not they are named', () => {
  for (const text of [
    'Three hostages were released on Sunday after a week in captivity, the charity said.',
    'The army freed 40 detainees from a camp near the lake on Friday.',
    'Guards released two of the prisoners late on Monday, a lawyer said.',
    'Police freed Ana Lopez on Monday after questioning her for a day.',
  ]) {
    const release = eventsOf(text).find((e) => e.type === 'release');
    assert.ok(release, `${text}: ${typesOf(text).join(', ')}`);
    assert.equal(release.status, 'asserted', text);
  }
});

test('a thing released frees no one, even with people in its phrase', () => {
  for (const text of [
    'The ministry released its yearly report on prisons on Tuesday.',
    'The union released a letter from the nurses on Friday.',
    'The studio released the singer’s new album in March.',
    // people not held are let go or given off as often as freed
    'The plant released forty workers when the order fell through.',
    // a gerund names the act sought: "for help in freeing hostages"
    'The envoy was praised for his help in freeing hostages held in the hills.',
  ])
    assert.ok(!typesOf(text).includes('release'), `${text}: ${typesOf(text).join(', ')}`);
});

test('agreeing with a decision or a view is no agreement; agreeing with a party still is', () => {
  for (const text of [
    'The family said they agree with the judge’s decision to keep the man in prison.',
    'Local traders agreed with the council’s view that the market had to move.',
  ])
    assert.ok(!typesOf(text).includes('agreement'), `${text}: ${typesOf(text).join(', ')}`);
  assert.ok(typesOf('The rebels agreed with the government on a ceasefire in March.').includes('agreement'));
});

test('stabbed to death is a killing; a stabbing the victim survived stays an attack', () => {
  for (const text of [
    'A shopkeeper was stabbed to death in his store on Saturday night, police said.',
    'A man stabbed his neighbour to death during a row over parking, police said.',
  ]) {
    const types = typesOf(text);
    assert.ok(types.includes('killing') && !types.includes('attack'), `${text}: ${types.join(', ')}`);
  }
  assert.ok(typesOf('A man stabbed two commuters at a station on Monday, police said.').includes('attack'));
});

test('a verb of concluding makes an agreement of its agreement noun, with its subject as a party', () => {
  const finalized = eventsOf('The airline finalized a deal to buy 20 freighters, its chief executive said on Wednesday.').find((e) => e.type === 'agreement');
  assert.ok(finalized);
  assert.equal(finalized.status, 'asserted');
  assert.ok(finalized.actors.some((a) => a.text.includes('airline')), JSON.stringify(finalized.actors));
  assert.ok(typesOf('The two mining firms struck a deal in Perth on Monday.').includes('agreement'));
  assert.ok(typesOf('A new partnership was announced on Tuesday by the two hospitals.').includes('agreement'));
  // still to come: a plan, not a fact
  const planned = eventsOf('The two governments are expected to finalize a deal next month.').find((e) => e.type === 'agreement');
  assert.ok(planned && planned.status !== 'asserted', JSON.stringify(planned?.status));
  // a participle before the noun, a purpose or a general rule: no agreement made here
  assert.ok(!typesOf('Rules on clauses used to seal a takeover deal were tightened.').includes('agreement'));
  assert.ok(!typesOf('Owners will meet on May 2 to vote on its previously announced agreement with a rival chain.').includes('agreement'));
  // the same verbs with another noun conclude nothing
  assert.ok(!typesOf('Engineers completed the survey of the bridge on Friday.').includes('agreement'));
});

test('a sentencing named as a noun is the hearing, still to come when scheduled', () => {
  const planned = eventsOf('A Dublin man admitted the fraud last week. His sentencing is scheduled for March 3, 2031.').find((e) => e.type === 'sentencing');
  assert.ok(planned, 'no sentencing');
  assert.equal(planned.status, 'planned');
  assert.ok(eventsOf('The former treasurer wept at her sentencing in the county court.').some((e) => e.type === 'sentencing'));
  // a modifier of rules or guidelines names no hearing
  assert.ok(!typesOf('The judge said he would follow the federal sentencing guidelines.').includes('sentencing'));
});
