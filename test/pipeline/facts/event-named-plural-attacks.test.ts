// Attacks told in the plural as known ("the bombings of the consulates in Lagos and Accra") are those particular
// attacks when a name says what was struck; "the attacks on farmers" speaks of a kind. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('definite plural attacks on a named target are particular attacks', () => {
  for (const text of [
    'Here are the latest tolls of the dead and wounded in the bombings of the U.S. consulates in Lagos and Accra.',
    'Here are the latest tolls of the dead and wounded in the bombings of the Hilton hotels in Lagos and Accra.',
  ]) {
    assert.ok(eventsOf(text).some((e) => e.type === 'attack' && e.status === 'asserted'), `${text}: ${show(text)}`);
  }
});

test('a bare plural of attacks on a kind of target names no attack', () => {
  const text = 'Bombings of markets are a constant fear for traders.';
  assert.ok(!eventsOf(text).some((e) => e.type === 'attack' && e.status === 'asserted'), `${text}: ${show(text)}`);
});
