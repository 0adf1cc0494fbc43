// Speaker shapes read in session 61: a document tied by the parse to the paper or body that issued
// it ("said an editorial in the weekly X"); "the officer said" with no officer in the last sentences
// (not the nearest name, however far back); "the company said" far from any body but the one the
// article named (news outlets someone told aside); a participle set off right after "B said" ("A
// said nothing, B said, describing him as “…”"). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { quoteStarting } from '../../fixtures/analyse-text.js';

test('"said an editorial in the weekly X" is X, the paper the parse ties the editorial to', () => {
  const text =
    'Fishing boats stayed in port for a third day on Thursday as the strike spread along the coast.\n\n' +
    '"The ministry has let a small quarrel grow into a crisis for every harbour town," said an editorial in the weekly Nordic Courier.';
  const q = quoteStarting(text, 'The ministry has let');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Nordic Courier', JSON.stringify(q));
});

test('"said an editorial on Monday" with no paper named stays the editorial', () => {
  const text =
    'Fishing boats stayed in port for a third day on Thursday as the strike spread along the coast.\n\n' +
    '"The ministry has let a small quarrel grow into a crisis for every harbour town," said an editorial on Monday.';
  const q = quoteStarting(text, 'The ministry has let');
  assert.ok(q, 'the quotation is found');
  assert.notEqual(q.speaker, 'Nordic Courier', JSON.stringify(q));
});

test('"the officer said" with no officer named in the last sentences is no name from paragraphs back', () => {
  const text =
    'Harbour pilot Maria Olsen retired in the spring after thirty years on the river.\n\n' +
    'A coastguard cutter stopped two fishing boats near the river mouth on Tuesday night.\n\n' +
    'The boats were carrying nets that the season does not allow.\n\n' +
    'Their crews were taken to the harbour and questioned for several hours.\n\n' +
    '"The cutter signalled them to stop and they turned back at once," the officer said.';
  const q = quoteStarting(text, 'The cutter signalled');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'officer', JSON.stringify(q));
});

test('"the company said" far from any body is the one body the article named, not an outlet someone told', () => {
  const text =
    'A fire broke out at the Nordvik Dairies plant outside Tromsø early on Tuesday.\n\n' +
    'Firefighters needed four hours to put it out.\n\n' +
    'One worker told Radio Arctic that the alarm had sounded twice before the fire.\n\n' +
    'Nobody was hurt, the fire service said.\n\n' +
    'The plant will stay closed for at least a week.\n\n' +
    '"We are grateful that every one of our workers came home safe," the company said in a statement.';
  const q = quoteStarting(text, 'We are grateful');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Nordvik Dairies', JSON.stringify(q));
});

test('"the company said" with two bodies named before stays the company', () => {
  const text =
    'A fire broke out at the Nordvik Dairies plant outside Tromsø early on Tuesday.\n\n' +
    'Firefighters needed four hours to put it out.\n\n' +
    'The plant supplies milk to Polar Foods, which said its shops would not run short.\n\n' +
    'Nobody was hurt, the fire service said.\n\n' +
    'The plant will stay closed for at least a week.\n\n' +
    '"We are grateful that every one of our workers came home safe," the company said in a statement.';
  const q = quoteStarting(text, 'We are grateful');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'company', JSON.stringify(q));
});

test('a participle set off right after "B said" speaks for B, not for the one B reports', () => {
  const text =
    'The ferry captain was arrested on Friday after the collision in the fjord.\n\n' +
    'Henrik Lund said nothing when the officers boarded the ferry, Anna Berg said, describing the captain as "calm. Very, very calm."';
  const q = quoteStarting(text, 'calm');
  assert.ok(q, 'the quotation is found');
  assert.equal(q.speaker, 'Anna Berg', JSON.stringify(q));
});
