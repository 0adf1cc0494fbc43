// A deed announced as decided by the party that will do it (announced-deed.ts): a party's verb of saying and what it
// reports of itself with will, would or a plan. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const planned = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && e.status === 'planned').map((e) => e.trigger.text.toLowerCase());

test('a party saying it will or would do something, or that it plans to, announces a decided deed', () => {
  for (const [text, verb] of [
    ['The Hull harbour board said it will demolish the old pier.', 'demolish'],
    ['The Hull harbour board said on Monday that it would rebuild the stand.', 'rebuild'],
    ['The Leuven council said it planned to repaint its delivery vans.', 'repaint'],
  ] as const)
    assert.deepEqual(planned(text), [verb], `${text}: ${show(text)}`);
});

test('a forecast by others, a deed of someone else, a condition, a wish or a hedge is none', () => {
  for (const text of [
    'Analysts said the Hull harbour board will demolish the old pier.',
    'The Hull harbour board said the county will demolish the old pier.',
    'The Hull harbour board said it would rebuild the stand if the town paid for it.',
    'The Leuven council wants to repaint its delivery vans.',
    'The Leuven council might repaint its delivery vans.',
    // an attempt, a stand-in verb and a level are no deed
    'The Hull harbour board said it would try to sell the old pier.',
    'The Hull harbour board said it would do whatever the town asked.',
    'The Hull harbour board said it would work to reopen the old pier.',
    // what would have happened did not
    'The Hull harbour board said it would have rebuilt the stand.',
    'Mr Verbeke said he will hold his forecast at 40 cents a share.',
    // a plan reported without its announcer speaking is left to the event words
    'The Leuven council intends to repaint its delivery vans.',
  ])
    assert.deepEqual(planned(text), [], `${text}: ${show(text)}`);
});

const typed = (text: string) => eventsOf(text).filter((e) => e.type !== 'other').map((e) => `${e.type}:${e.status}`);

test('an event verb a party says it would do is its decision, planned; a forecast by others, a condition or a past hedge stays hypothetical', () => {
  assert.deepEqual(typed('The Leuven council said on Friday that it would investigate the fraud.'), ['investigation:planned']);
  assert.deepEqual(typed('The Ghent council said it would probe the contracts of the new tram line.'), ['investigation:planned']);
  for (const text of [
    'Analysts said the Leuven port authority would investigate the fraud.',
    'The Leuven port authority said it would investigate the fraud if the minister asked.',
    'The Leuven port authority said it would have investigated the fraud.',
  ])
    assert.deepEqual(typed(text), ['investigation:hypothetical'], text);
});
