// A rule, a regulation or a ban that a government or body overturns, reverses, repeals or revokes is undone: a
// happening of its own ("other"); a court overturning something rules; nothing else overturned or reversed is an
// event. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const kinds = (text: string) => analyseText(`Harbour news\n\nThe port reopened on Monday. ${text}`, { published: '2031-06-10' }).events.map((e) => `${e.type}:${e.trigger.text}:${e.status}`);

test('a rule overturned, reversed, repealed or revoked by a government is undone', () => {
  for (const [text, found] of [
    ['The new governor overturned a fishing regulation that her predecessor signed in March.', 'other:overturned:asserted'],
    ['The port authority’s fee policies have been reversed since the spring.', 'other:reversed:asserted'],
    ['The council repealed the ban on night sailing on Thursday.', 'other:repealed:asserted'],
    ['The ministry revoked a rule that kept small boats out of the harbour.', 'other:revoked:asserted'],
  ]) {
    const events = kinds(text);
    assert.ok(events.includes(found), `${text}: ${events.join(', ')}`);
  }
});

test('a court overturning something rules; other overturning and reversing is no event', () => {
  for (const text of ['The fishing regulation was overturned in court in May.', 'An appeals court overturned the pilot’s conviction.']) {
    const events = kinds(text);
    assert.ok(events.some((e) => e.startsWith('ruling:overturned')), `${text}: ${events.join(', ')}`);
  }
  for (const text of ['A lorry overturned on the coast road.', 'The ferry line reversed its losses in the third quarter.', 'The captain reversed the boat out of the dock.']) {
    const events = kinds(text);
    assert.ok(!events.some((e) => e.startsWith('other:') || e.startsWith('ruling:')), `${text}: ${events.join(', ')}`);
  }
});
