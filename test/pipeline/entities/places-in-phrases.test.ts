// A MISC name right after "the", hung on a preposition of place, that the gazetteer knows as a place
// is that place; an adjective between "the" and the name, another preposition, no "the" or a name
// the gazetteer lacks leave the tagger's type. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { typePlacesInPhrases } from '../../../src/pipeline/entities/places-in-phrases.js';
import { handParse } from '../../fixtures/syntax/hand-parse.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

test('"wintered in the Balkans", "sailed through the Caucasus": settled places', () => {
  const { text, syn } = handParse([
    ['Herds', 'NOUN', 'nsubj', 1],
    ['wintered', 'VERB', 'root', -1],
    ['in', 'ADP', 'case', 4],
    ['the', 'DET', 'det', 4],
    ['Balkans', 'PROPN', 'obl', 1],
    ['and', 'CCONJ', 'cc', 6],
    ['crossed', 'VERB', 'conj', 1],
    ['through', 'ADP', 'case', 9],
    ['the', 'DET', 'det', 9],
    ['Caucasus', 'PROPN', 'obl', 6],
  ]);
  const out = typePlacesInPhrases(text, [at(text, 'Balkans', 'MISC'), at(text, 'Caucasus', 'MISC')], syn);
  assert.deepEqual(out.mentions.map((m) => `${m.type}:${m.text}`), ['LOC:Balkans', 'LOC:Caucasus']);
  assert.equal(out.settled.size, 2);
});

test('an adjective after "the", another preposition, no "the" and an unknown name stay things', () => {
  const { text, syn } = handParse([
    ['Herds', 'NOUN', 'nsubj', 1],
    ['wintered', 'VERB', 'root', -1],
    ['in', 'ADP', 'case', 5],
    ['the', 'DET', 'det', 5],
    ['western', 'ADJ', 'amod', 5],
    ['Balkans', 'PROPN', 'obl', 1],
    ['with', 'ADP', 'case', 8],
    ['the', 'DET', 'det', 8],
    ['Caucasus', 'PROPN', 'obl', 1],
    ['in', 'ADP', 'case', 10],
    ['Balkans', 'PROPN', 'obl', 1],
    ['in', 'ADP', 'case', 13],
    ['the', 'DET', 'det', 13],
    ['Quorvath', 'PROPN', 'obl', 1],
  ]);
  const input = [at(text, 'Balkans', 'MISC'), at(text, 'Caucasus', 'MISC'), at(text, 'Balkans', 'MISC', text.indexOf('Caucasus')), at(text, 'Quorvath', 'MISC')];
  const out = typePlacesInPhrases(text, input, syn);
  assert.deepEqual(out.mentions.map((m) => m.type), ['MISC', 'MISC', 'MISC', 'MISC']);
});
