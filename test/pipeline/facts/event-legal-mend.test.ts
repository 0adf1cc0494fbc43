// Fixes to legal steps from review: a price charged "for" a service, "probing questions", "'ve" as
// a present perfect, a suit dismissed. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2021-03-12' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';
const typed = (text: string, type: string) => eventsOf(text).filter((e) => e.type === type);

test('a person charged "for" a service or a thing pays a price; one charged for a wrong is accused', () => {
  for (const text of [
    'The vet charged farmers for the vaccinations.',
    'The ferry company charged him for the extra luggage.',
    'The museum charged pupils for the guided tours in June.',
  ]) assert.equal(typed(text, 'charge').length, 0, `${text}: ${show(text)}`);
  for (const text of [
    'Officers charged a 20-year-old man for the burglary of a pharmacy.',
    'Detectives charged two brothers on Tuesday.',
    'Police charged four fans for their part in the brawl outside the stadium.',
  ]) assert.equal(typed(text, 'charge').length, 1, `${text}: ${show(text)}`);
});

test('probing questions asked or raised investigate no one; probing accounts does', () => {
  for (const text of [
    'The senators put probing questions to the harbour chief.',
    'Reporters raised probing questions at the press briefing in Leeds.',
  ]) assert.equal(typed(text, 'investigation').length, 0, `${text}: ${show(text)}`);
  for (const text of ['Auditors are probing the ferry operator\'s accounts.', 'Regulators began probing the ferry operator\'s accounts.']) {
    assert.equal(typed(text, 'investigation').length, 1, `${text}: ${show(text)}`);
  }
});

test('"\'ve" is a present perfect that times a future as "have" does', () => {
  for (const text of [
    'The convention will take effect when governments have ratified it.',
    'The convention will take effect when governments\'ve ratified it.',
    'The convention will take effect when governments’ve ratified it.',
  ]) assert.deepEqual(eventsOf(text).filter((e) => e.trigger.text.startsWith('ratif')).map((e) => e.status), ['planned'], `${text}: ${show(text)}`);
});

test('a suit a court dismisses is that ruling, not a lawsuit of its own', () => {
  const text = 'A district judge dismissed the suit against the ferry operator.';
  assert.equal(typed(text, 'other').filter((e) => e.trigger.text === 'suit').length, 0, show(text));
});
