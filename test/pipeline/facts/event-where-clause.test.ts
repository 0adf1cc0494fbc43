// A relative "where" clause happens at the place it follows ("fled to Geneva, where he was arrested"),
// however the parse attaches the clause. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(`World news\n\n${text}`, { published: '2024-05-06' }).events;
}

test('", where he was arrested" after a place: arrested there, not where the speaker is', () => {
  const arrest = eventsOf('Police in Lyon said the man fled to Geneva, where he was arrested on Friday.').find((e) => e.type === 'arrest');
  assert.equal(arrest?.place?.text, 'Geneva');
});

test('", where they arrested the mayor" in a later sentence: that town, not the country', () => {
  const events = eventsOf('Rebels shelled the airport in Goma on Monday. Two days earlier they had marched into Bukavu, where they arrested the mayor.');
  assert.equal(events.find((e) => e.type === 'arrest')?.place?.text, 'Bukavu');
});

test('"flown to Newark, where he is due to appear": the hearing is in Newark', () => {
  const events = eventsOf('The suspect was handed over to US agents in Madrid on Thursday and flown to Newark, where he is due to appear before a judge next week.');
  assert.equal(events.find((e) => e.type === 'prosecution')?.place?.text, 'Newark');
});

test('a "where" clause that follows no place leaves the place to the rest of the sentence', () => {
  const events = eventsOf('In Leeds, officers went to the flat, where they arrested two men on Sunday.');
  assert.equal(events.find((e) => e.type === 'arrest')?.place?.text, 'Leeds');
});
