// "said it plans to …" where the tagger reads "plans" as a noun (misread-plan.ts): the deed planned is announced as
// decided all the same, with the party as its doer. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const planned = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && e.status === 'planned').map((e) => e.trigger.text.toLowerCase());

test('a party saying it plans to do something announces the deed as decided, however the tagger reads "plans"', () => {
  for (const [text, verb] of [
    ['The Leuven council said it plans to repaint its delivery vans.', 'repaint'],
    ['Orval Mills Ltd. said it plans to restructure after a poor harvest.', 'restructure'],
    ['The Tilburg water board said on Tuesday that it plans to dredge the old canal.', 'dredge'],
  ] as const)
    assert.deepEqual(planned(text), [verb], `${text}: ${show(text)}`);
});

test('the doer of a deed planned with a misread "plans" is the one who plans it', () => {
  const [e] = eventsOf('Orval Mills Ltd. said it plans to restructure after a poor harvest.').filter((x) => x.type === 'other');
  assert.ok(e, 'an event');
  assert.ok(e.actors.length > 0, `actors: ${JSON.stringify(e.actors)}`);
});

test('plans that are a noun, none at all, or plans of someone else announce nothing', () => {
  for (const text of [
    'The Leuven council said its plans to repaint the delivery vans were too costly.',
    'The Leuven council said it has no plans to repaint its delivery vans.',
    'Analysts said the Leuven council plans to repaint its delivery vans.',
  ])
    assert.deepEqual(planned(text), [], `${text}: ${show(text)}`);
});
