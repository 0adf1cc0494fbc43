// A court named in full sits where its own name says: the place the story names elsewhere with the
// same words (its dateline, another sentence). Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

function eventsOf(text: string): EventRecord[] {
  return analyseText(text).events;
}

test('a sentence passed by a city court named in full is placed in that city, not the story\'s country', () => {
  const events = eventsOf('WARSAW, March 4. The Warsaw District Court on Monday sentenced a former customs officer to six years in prison for taking bribes.\n\nProsecutors said the officer let untaxed cigarettes through the border crossing at Terespol for two years. Police in Poland detained him in 2022.');
  const sentence = events.find((e) => e.type === 'sentencing');
  assert.equal(sentence?.place?.place?.name, 'Warsaw');
  assert.equal(sentence?.place?.text, 'Warsaw');
});

test('a court name whose place the story never names elsewhere gives no place of its own', () => {
  const events = eventsOf('The Springfield Juvenile Court on Monday sentenced a teenager to community service for vandalism. Officials in Poland said nothing.');
  const sentence = events.find((e) => e.type === 'sentencing');
  assert.notEqual(sentence?.place?.text, 'Springfield');
});
