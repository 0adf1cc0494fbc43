// Named to a company's board, or named to join it, is an appointment, as elected to it is; named to honour
// someone or named to a squad is none (data/event-senses.json). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2022-05-04' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const appointments = (text: string) => eventsOf(text).filter((e) => e.type === 'appointment').map((e) => e.trigger.text.toLowerCase());

test('named to a board, or to join one, is an appointment', () => {
  for (const text of [
    "Two former bankers were named to join Pellow Gas Co.'s board last week.",
    "Ruth Amsel was named to Orlen Mills' board of directors in March.",
  ])
    assert.deepEqual(appointments(text), ['named'], `${text}: ${show(text)}`);
});

test('named to honour someone, or named to a squad, is no appointment', () => {
  for (const text of [
    "The new library was named to honour the board's first chairwoman.",
    'The young striker was named to the squad for the Nations Cup.',
  ])
    assert.deepEqual(appointments(text), [], `${text}: ${show(text)}`);
});
