// A participant is a nominal: word order must not hand an event a clause as its actor or target.
// A contracted auxiliary ("'ll", "'d") plans or hedges like the full word. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

const roles = (e: EventRecord | undefined) => JSON.stringify({ actors: e?.actors.map((r) => r.text), targets: e?.targets.map((r) => r.text) });

test('a subject clause or a bare auxiliary is no actor', () => {
  for (const [text, type] of [
    ['The surest path to victory is to elect Mr. Okafor.', 'election'],
    ['She does not have a deal with the union yet.', 'agreement'],
  ] as const) {
    const e = eventsOf(text).find((x) => x.type === type);
    assert.ok(e, `${text}: no ${type}`);
    assert.ok(e.actors.every((r) => !/\b(is|does)$/.test(r.text)), `${text}: ${roles(e)}`);
  }
});

test('a noun phrase stays the participant', () => {
  const e = eventsOf('Border guards detained four smugglers near Dover on Friday.').find((x) => x.type === 'detention' || x.type === 'arrest');
  assert.deepEqual(JSON.parse(roles(e)), { actors: ['Border guards'], targets: ['four smugglers'] });
});

test('"\'ll" plans and "\'d" hedges like "will" and "would"', () => {
  const plan = eventsOf("\"I'll vote against the budget in March,\" the councillor said.").find((x) => x.type === 'vote');
  assert.equal(plan?.status, 'planned');
  const hedge = eventsOf("The mayor warned that they'd arrest any looter.").find((x) => x.type === 'arrest');
  assert.equal(hedge?.status, 'hypothetical');
});

test('a participle before its noun names a kind of person, not a happening', () => {
  const events = eventsOf('Unions and elected officials backed the strike.');
  assert.ok(!events.some((e) => e.type === 'election'), events.map((e) => `${e.type}:${e.trigger.text}`).join(', '));
});

test('what someone needs to do has not happened', () => {
  const e = eventsOf('He needs to get elected first.').find((x) => x.type === 'election');
  assert.ok(e && e.status !== 'asserted', `status ${e?.status}`);
});

test('a phrase that runs on into a clause is cut back to its nominal', () => {
  const meet = eventsOf('Nkemelu is expected to meet with Ms. Tanaka in Geneva on Friday.').find((x) => x.type === 'meeting');
  assert.deepEqual(meet?.actors.map((r) => r.text), ['Nkemelu'], roles(meet));
  const charge = eventsOf('Both were charged with arson, the fire service said.').find((x) => x.type === 'charge');
  assert.deepEqual(charge?.targets.map((r) => r.text), ['Both'], roles(charge));
});

test('the trigger\'s own words are no target', () => {
  const e = eventsOf('The guard walked into the canteen in Turin on Monday and opened fire.').find((x) => x.type === 'attack');
  assert.ok(e && !e.targets.some((r) => r.text === 'fire'), roles(e));
});

test('a name that only describes the participant is not listed as one', () => {
  const e = eventsOf('Now that Essex County arsonist Dale Pruitt has been sentenced to life, the families want answers.').find((x) => x.type === 'sentencing');
  assert.deepEqual(e?.targets.map((r) => r.text), ['Dale Pruitt'], roles(e));
});

test('"n’t" with a curly apostrophe negates like "n\'t"', () => {
  for (const text of ['Customs officers didn’t detain the crew in Rotterdam on Sunday.', 'The senator says she won’t vote for the pipeline bill this spring.']) {
    const e = eventsOf(text).find((x) => x.type === 'detention' || x.type === 'arrest' || x.type === 'vote');
    assert.equal(e?.status, 'negated', `${text}: ${e?.type} ${e?.status}`);
  }
});

test('"saw X killed": the participle\'s victim is the object of the verb it completes', () => {
  const e = eventsOf('He saw Delgado killed on the pavement.').find((x) => x.type === 'killing');
  assert.deepEqual(e?.targets.map((r) => r.text), ['Delgado'], roles(e));
});

test('word order\'s phrase is cut back before it is weighed against the parse\'s', () => {
  const e = eventsOf("A neighbour said Okoro's cousin threatened to kill him.").find((x) => x.type === 'killing');
  assert.deepEqual(e?.actors.map((r) => r.text), ["Okoro's cousin"], roles(e));
});
