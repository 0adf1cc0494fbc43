// Who is a person in the sense checks: a common noun whose most frequent WordNet sense is a person
// ("the gunman", "voters"), not any word spelt like a trade ("anger", "flicker", "border").
// The word tests run on the small dictionary of test/fixtures/wordnet; the sentences are our own and
// run through the whole pipeline with the installed WordNet.
import test from 'node:test';
import assert from 'node:assert/strict';
import { projectPath } from '../../../src/paths.js';
import { openWordNet } from '../../../src/corpus/events/wordnet.js';
import { personWordTest } from '../../../src/pipeline/senses/person-words.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import type { EventRecord } from '../../../src/types.js';

const suffixGuess = /^[a-z]{3,}(?:er|ers|ist|ists)$/;

test('WordNet decides by the first noun sense: noun.person is a person, a feeling is not', () => {
  const isPerson = personWordTest(openWordNet(projectPath('test', 'fixtures', 'wordnet')), suffixGuess);
  assert.equal(isPerson('gunman'), true);
  assert.equal(isPerson('voters'), true, 'a plural is looked up by its base form');
  assert.equal(isPerson('anger'), false, 'spelt like a trade, but a feeling');
  assert.equal(isPerson('medal'), false);
  assert.equal(isPerson('plumber'), true, 'a word the dictionary lacks falls back on its spelling');
  assert.equal(isPerson('table'), false);
});

test('without WordNet only the spelling guess is left', () => {
  const isPerson = personWordTest(null, suffixGuess);
  assert.equal(isPerson('anger'), true);
  assert.equal(isPerson('gunman'), false);
});

function eventsOf(text: string): EventRecord[] {
  return analyseText(`Notes from the desk\n\n${text}`).events;
}

const arrests = (text: string) => eventsOf(text).filter((e) => e.type === 'arrest').map((e) => e.trigger.text);

test('capturing a feeling or catching a flicker is no arrest; capturing a gunman or catching smugglers is', () => {
  for (const text of [
    'Her speeches in the spring were capturing the anger of voters across the valley.',
    'A night camera on the pier caught the flicker of a torch on Monday.',
  ]) assert.deepEqual(arrests(text), [], text);
  for (const text of ['Police captured the gunman in Leeds on Tuesday.', 'Coastguards caught three smugglers near the harbour on Friday.']) {
    assert.equal(arrests(text).length, 1, `${text}: ${eventsOf(text).map((e) => `${e.type}:${e.trigger.text}`).join(', ')}`);
  }
});

test('caught by surprise or off guard is no arrest; caught by police is', () => {
  for (const text of [
    'The sudden vote caught several veteran lawmakers by surprise on Wednesday.',
    'The mayor was caught off guard by the size of the deficit last week.',
  ]) assert.deepEqual(arrests(text), [], text);
  assert.equal(arrests('Two burglars were caught by police in Hull on Sunday.').length, 1);
});

test('"each other" stands for the parties: rivals attacking each other over a plan are no violence', () => {
  const text = 'The two candidates attacked each other over the housing plan in Denver on Monday.';
  assert.deepEqual(eventsOf(text).filter((e) => e.type === 'attack').map((e) => e.trigger.text), [], text);
});
