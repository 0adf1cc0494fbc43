// Events that a word above them denies or hedges tell of nothing that happened: no plans for them, a step
// not taken towards them, an infinitive under a hedge. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
/** Events the story states as facts (asserted, alleged or planned): what the timeline and the scores count. */
const stated = (text: string) => eventsOf(text).filter((e) => e.status !== 'negated' && e.status !== 'hypothetical' && e.status !== 'denied');

test('an occasion there are no plans for is not stated', () => {
  for (const text of [
    'The trade minister said there were no plans for an emergency council meeting to review tariffs.',
    'Officials said there is no prospect of a ceasefire agreement this month.',
  ]) assert.equal(stated(text).length, 0, `${text}: ${show(text)}`);
  // a plan made is still a plan
  const planned = 'The board has scheduled a vote for May.';
  assert.equal(stated(planned).length, 1, show(planned));
});

test('a step not taken leaves what it would have led to undone', () => {
  for (const text of [
    'The agency had not yet scheduled a meeting to vote on the rule.',
    'The firm does not have to wait three years to begin buying more Acme shares.',
  ]) assert.equal(stated(text).length, 0, `${text}: ${show(text)}`);
  // what failed to be concluded was not; the talks it failed in were held
  const failed = 'Trade negotiators failed to conclude an agreement on grain sales during talks last week.';
  assert.deepEqual(stated(failed).map((e) => e.type), ['meeting'], show(failed));
});

test('what a hedged clause would let someone do is a possibility', () => {
  const text = 'The governor might be receptive to a request to let the union buy more shares or mount a rival bid for the plant.';
  assert.equal(stated(text).filter((e) => e.type === 'other').length, 0, show(text));
  // the same infinitive under a clause told as done is stated
  const done = 'Last week the regulator let the union mount a rival bid for the plant.';
  assert.equal(stated(done).filter((e) => e.type === 'other').length, 1, show(done));
});

test('what someone wants, hopes or wishes for is a possibility, neither done nor planned', () => {
  for (const text of [
    'Union leaders want the board to hold a vote on the pay offer.',
    'Farmers hope to stage a protest outside the ministry next week.',
    'Farmers wish to stage a protest outside the ministry next week.',
  ]) {
    const events = eventsOf(text);
    assert.ok(events.length > 0 && events.every((e) => e.status === 'hypothetical'), `${text}: ${show(text)}`);
  }
  // a plan is still a plan, and a deed told as done is stated
  const planned = 'Union leaders plan to hold a vote on the pay offer next week.';
  assert.deepEqual(eventsOf(planned).map((e) => e.status), ['planned'], show(planned));
  const done = 'Police arrested the driver on Monday, the family said.';
  assert.deepEqual(eventsOf(done).map((e) => e.status), ['asserted'], show(done));
});

test('"wanted" by the police and a wh-clause under a wish are no wishes: the deed keeps its own status', () => {
  for (const [text, expected] of [
    // a passive or a participle on a noun: sought by the police, not wished for
    ['A man wanted for murder was arrested in Lyon on Monday.', ['arrest:asserted']],
    ['Police arrested a man wanted over the shooting of two guards.', ['arrest:asserted', 'attack:asserted']],
    ['He is wanted by police over the killing of a guard.', ['killing:asserted']],
    // what a wh-clause asks about is taken as given
    ['Residents want to know who attacked the convoy.', ['attack:asserted']],
    ['The mayor refused to say who attacked the convoy.', ['attack:asserted']],
  ] as const) assert.deepEqual(eventsOf(text).map((e) => `${e.type}:${e.status}`), expected, `${text}: ${show(text)}`);
  // a wish is still a wish, also under a wh-word that asks how to do it
  for (const text of ['Rebels want to attack the capital.', 'The families want the army to release the prisoners.', 'Residents want to know how to vote in the election.']) {
    const events = eventsOf(text);
    assert.ok(events.length > 0 && events.every((e) => e.status === 'hypothetical'), `${text}: ${show(text)}`);
  }
});
