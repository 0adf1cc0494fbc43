// A deal a party seeks or is cleared for (deal-proposals.ts) is planned, not a mere possibility; one in doubt stays
// hypothetical. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const deals = (text: string) => eventsOf(text).filter((e) => e.type === 'other').map((e) => `${e.status}:${e.trigger.text.toLowerCase()}`);

test('a deal sought by a party or cleared by a regulator is planned', () => {
  for (const [text, found] of [
    ['Volvo Car Corp. wants to buy as much as 20% of Saab AB.', 'planned:buy'],
    ['Rabobank Nederland was cleared by the European Commission to acquire Triodos Bank.', 'planned:acquire'],
  ] as const)
    assert.ok(deals(text).includes(found), `${text}: ${show(text)}`);
});

test('a deal under a condition, a negation, a hedge or a question stays hypothetical', () => {
  for (const text of [
    'Volvo Car Corp. would buy as much as 20% of Saab AB if the Swedish government agreed.',
    'Volvo Car Corp. does not want to buy Saab AB.',
    'Volvo Car Corp. might want to buy as much as 20% of Saab AB.',
    'Does Volvo Car Corp. want to buy Saab AB?',
  ])
    assert.ok(deals(text).every((d) => !d.startsWith('planned')), `${text}: ${show(text)}`);
});
