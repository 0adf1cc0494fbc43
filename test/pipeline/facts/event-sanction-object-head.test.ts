// "suspend" and "fine" punish a person only when the person heads the object: people named in a later phrase of it
// ("payments to its suppliers", "the search for a missing fisherman") are not the ones suspended. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

const sanctions = (text: string) => analyseText(text).events.filter((e) => e.type === 'sanction');
const listed = (text: string) => analyseText(text).events.map((e) => `${e.type}:${e.trigger.text}`).join(', ');

test('a thing suspended or fined is no sanction, whoever its later phrase names', () => {
  for (const text of [
    'Orchard Foods suspended payments to its growers on Tuesday.',
    'The lifeboat crew suspended the hunt for the missing kayaker at dusk.',
    'The council fined Brightwell Ltd over its treatment of cleaners.',
  ]) assert.equal(sanctions(text).length, 0, `${text}: ${listed(text)}`);
});

test('a person or people heading the object are sanctioned', () => {
  for (const text of [
    'The federation suspended the referee for four games.',
    'The union suspended two shop stewards.',
    'The club suspended three of its coaches on Friday.',
    'The magistrate fined the cyclist for running a red light.',
  ]) assert.equal(sanctions(text).length, 1, `${text}: ${listed(text)}`);
});
