// Legal, official and political steps on other outlets' pages: people charged without "with", courts rejecting,
// denying, granting or blocking, lawsuits, injunctions and ratifications. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const typed = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('a person charged is accused, with or without "with"; a price or an amount charged is not', () => {
  for (const text of [
    'Detectives charged a 34-year-old courier on Friday after the warehouse fire.',
    'The two nurses were charged in Bristol last month.',
    'Prosecutors charged the former treasurer with embezzling club funds.',
  ]) assert.equal(typed(text, 'charge').length, 1, `${text}: ${show(text)}`);
  const might = typed('Lawyers said the landlord could be charged under the new tenancy law.', 'charge');
  assert.deepEqual(might.map((e) => e.status), ['hypothetical']);
  for (const text of [
    'The garage charged drivers a small fee for parking overnight.',
    'The hotel charged guests ten dollars for breakfast.',
    'The insurer charged 40 million euros against its first-half results.',
    'It was an emotionally charged evening at the town hall.',
  ]) assert.equal(typed(text, 'charge').length, 0, `${text}: ${show(text)}`);
});

test('a court rejecting, denying, granting or blocking something rules; anyone else does not', () => {
  for (const text of [
    'The appeals court rejected the fishermen\'s challenge on Thursday.',
    'A judge denied bail to the three defendants.',
    'The tribunal granted the union\'s request for more time.',
    'A federal judge blocked the new licensing rule on Monday.',
  ]) assert.equal(typed(text, 'ruling').length, 1, `${text}: ${show(text)}`);
  for (const text of ['The mayor rejected the council\'s offer.', 'The ministry granted visas to forty students.', 'Protesters blocked the bridge for an hour.']) {
    assert.equal(typed(text, 'ruling').length, 0, `${text}: ${show(text)}`);
  }
});

test('a lawsuit is a happening; a suit is one only when filed, brought or against someone', () => {
  for (const text of [
    'The bakery filed a lawsuit against its former landlord in March.',
    'Residents have brought a suit against the water company.',
    'She had not read the suit filed by the tenants\' association.',
  ]) assert.equal(typed(text, 'other').length, 1, `${text}: ${show(text)}`);
  for (const text of ['The groom wore a grey suit.', 'Other airlines quickly followed suit.']) assert.equal(typed(text, 'other').length, 0, `${text}: ${show(text)}`);
  // what a court dismisses is that ruling's subject, not a second happening
  const dismissed = 'A judge threw out the lawsuit against the festival organisers.';
  assert.equal(typed(dismissed, 'other').length, 0, show(dismissed));
});

test('a parliament ratifying a treaty votes; one to be ratified is not yet done', () => {
  const done = typed('The Estonian parliament ratified the border treaty on Tuesday.', 'vote');
  assert.deepEqual(done.map((e) => e.status), ['asserted']);
  const later = typed('The accord will take effect when both assemblies have ratified it.', 'vote');
  assert.ok(later.every((e) => e.status !== 'asserted'), later.map((e) => e.status).join());
});

test('an injunction is a ruling; one sought is not yet granted', () => {
  const sought = 'The retailer is seeking an injunction against the strike.';
  assert.deepEqual(typed(sought, 'ruling').map((e) => e.status), ['planned'], show(sought));
});

test('sanctions imposed or slapped on someone are a sanction; to probe is to investigate', () => {
  for (const text of ['The bloc imposed sanctions on four shipping firms on Friday.', 'The sanctions were imposed on the airline in June.']) {
    assert.equal(typed(text, 'sanction').length, 1, `${text}: ${show(text)}`);
  }
  const probe = 'Auditors are probing the charity\'s accounts.';
  assert.equal(typed(probe, 'investigation').length, 1, show(probe));
  assert.equal(typed('A space probe reached the comet in May.', 'investigation').length, 0);
});

test('an embargo ordered or imposed is a sanction; news under embargo is none', () => {
  const ordered = 'The council on Friday ordered a full embargo on arms sales to the junta.';
  assert.equal(typed(ordered, 'sanction').length, 1, show(ordered));
  assert.equal(typed('The report is under embargo until Thursday.', 'sanction').length, 0);
});

test('votes won, gained or counted are ballots, not a vote held; a vote won with its determiner is one', () => {
  for (const text of ['The mayor won votes among older residents.', 'Her party gained votes in the valleys.', 'The fund gives the largest member 30 pct of the votes.']) {
    assert.equal(typed(text, 'vote').filter((e) => e.status === 'asserted').length, 0, `${text}: ${show(text)}`);
  }
  const held = 'The coalition won the vote on the housing bill.';
  assert.equal(typed(held, 'vote').length, 1, show(held));
});
