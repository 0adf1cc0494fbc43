// An -ing word with no determiner that takes a thing as its object is a gerund ("trouble meeting its loan
// obligations"), whatever tag the parse gives it: meeting a requirement is fulfilling it, no meeting held. A meeting
// noun with its determiner stays one. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';

function eventsOf(text: string) {
  return analyseText(`Briefs\n\n${text}`, { published: '2031-06-10' }).events;
}
const show = (text: string) => eventsOf(text).map((e) => `${e.type}:${e.status}:${e.trigger.text}`).join(', ') || 'none';

test('meeting a requirement or an obligation holds no meeting', () => {
  for (const text of [
    'The credit union may have trouble meeting its loan obligations.',
    'The insurer should not face problems meeting federal solvency requirements this year.',
  ]) {
    assert.ok(!eventsOf(text).some((e) => e.type === 'meeting'), `${text}: ${show(text)}`);
  }
});

test('a meeting noun with its determiner is still a meeting', () => {
  const text = 'The ministers held a closed meeting in Oslo on Monday.';
  assert.ok(eventsOf(text).some((e) => e.type === 'meeting'), `${text}: ${show(text)}`);
});
