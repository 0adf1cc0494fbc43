// Events read on other outlets' pages (round five). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`).events;
}
const typesOf = (text: string) => eventsOf(text).map((e) => e.type);

test('"to jail" after a verb of taking someone somewhere is the place, not a sentencing', () => {
  for (const text of [
    'Deputies found a knife in the truck before driving the farmer to jail, the sheriff said.',
    'The officers were escorting both suspects to jail when the van broke down.',
  ])
    assert.ok(!typesOf(text).includes('sentencing'), `${text}: ${typesOf(text).join(', ')}`);
});

test('"to jail" as a verb after a wish or a plan is still a sentencing', () => {
  const text = 'The judge decided to jail the driver for ten years on Monday.';
  assert.ok(typesOf(text).includes('sentencing'), `${text}: ${typesOf(text).join(', ')}`);
});

test('an aircraft or its pilot shot down is an attack', () => {
  for (const text of [
    'Rebels shot down an army helicopter near the border on Friday, the ministry said.',
    'Two fighter jets were shot down over the gulf last week.',
    'The pilot was shot down over the river in 1972 and held for six years.',
  ]) {
    const attack = eventsOf(text).find((e) => e.type === 'attack');
    assert.ok(attack, `${text}: ${typesOf(text).join(', ')}`);
    assert.equal(attack.status, 'asserted', text);
  }
});

test('a proposal or a rumour shot down is no attack', () => {
  for (const text of [
    'The board shot down the merger proposal on Tuesday.',
    'The minister quickly shot down rumours of a cabinet change.',
  ])
    assert.ok(!typesOf(text).includes('attack'), `${text}: ${typesOf(text).join(', ')}`);
});

test('a "but" clause with its own subject is what happened, not part of the wish before it', () => {
  const text = 'The rebels planned to take the port, but their helicopter was shot down over the valley.';
  const attack = eventsOf(text).find((e) => e.type === 'attack');
  assert.ok(attack, `${text}: ${typesOf(text).join(', ')}`);
  assert.equal(attack.status, 'asserted');
  // a conjunct sharing the wish's subject is still wished for
  const wish = 'The rebels wanted to seize the port and arrest its governor.';
  const arrest = eventsOf(wish).find((e) => e.type === 'arrest');
  assert.ok(!arrest || arrest.status !== 'asserted', `${wish}: ${arrest?.status}`);
});
