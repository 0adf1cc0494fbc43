// "Okafor Mills plans to appeal …" where the parse reads the whole sentence as one noun phrase, "plans" its root and the
// company's name its modifiers (misread-plan.ts): the deed is planned all the same, with the name as its doer.
// Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const planned = (text: string) => eventsOf(text).filter((e) => e.type === 'other' && e.status === 'planned');

test('a name read as the modifier of a root "plans" still plans the deed', () => {
  for (const text of ['Okafor Mills plans to appeal against the ruling.', 'Brandt Mills plans to appeal against the ruling.']) {
    const found = planned(text);
    assert.deepEqual(found.map((e) => e.trigger.text.toLowerCase()), ['appeal'], `${text}: ${show(text)}`);
    assert.ok(found[0].actors.some((a) => a.text.includes('Mills')), `${text}: actors ${JSON.stringify(found[0].actors)}`);
  }
});

test('plans that are a noun of a full clause announce nothing', () => {
  for (const text of ['The Okafor Mills plans to appeal were dropped on Friday.', 'Its plans to appeal against the ruling were dropped.'])
    assert.deepEqual(planned(text), [], `${text}: ${show(text)}`);
});
