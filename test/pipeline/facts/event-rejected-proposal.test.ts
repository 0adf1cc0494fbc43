// Turning down an offer, a bid, a proposal or a request is a decision of its own (an 'other' happening); a court
// rejecting something still rules on it; rejecting anything else (claims, reports), or an offer named before the verb
// ("the bid, which the directors rejected": told to say which bid), is no event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const listed = (text: string) => analyseText(text).events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`);

test('a party rejecting an offer, a bid, a proposal or a request turns it down: an other happening', () => {
  for (const text of [
    'The directors of Halvard Mills rejected the takeover offer on Monday.',
    'The transport ministry said it firmly rejects the unions\' proposals.',
    'Kestrel Bank rejected a request from its largest shareholder for two board seats.',
  ]) assert.ok(listed(text).some((e) => e.startsWith('other:reject')), `${text}: ${listed(text).join(', ')}`);
});

test('a court rejecting something rules on it, whatever it rejects', () => {
  const text = 'A federal judge rejected the company\'s request for more time.';
  assert.ok(listed(text).some((e) => e.startsWith('ruling:rejected')), `${text}: ${listed(text).join(', ')}`);
});

test('rejecting claims or reports, or an offer told before the verb, is no happening of its own', () => {
  for (const text of [
    'The bid, which the two outside directors have rejected as too low, expires on Friday.',
    'The mayor rejected the claims as baseless.',
    'The coach rejected reports that he would leave the club.',
  ]) assert.ok(!listed(text).some((e) => /:reject/.test(e)), `${text}: ${listed(text).join(', ')}`);
});
