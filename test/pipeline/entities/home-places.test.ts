// A body-typed name that modifies a noun for a dwelling or for kin ("his Tarrow Bay home", "her
// Ostbury cousins") is where people live or come from: a place. A loan, a one-word name the
// gazetteer lacks (a surname), and a name already settled stay as they were. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { isHomeOrKinNoun, typeHomePlaces } from '../../../src/pipeline/entities/home-places.js';
import { installedWordNet } from '../../../src/pipeline/lexicons/wordnet.js';
import { handParse } from '../../fixtures/syntax/hand-parse.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const wn = installedWordNet();

test('WordNet decides the noun: dwellings and kin, not loans or offices', { skip: !wn }, () => {
  for (const noun of ['home', 'house', 'apartment', 'relative', 'cousin', 'uncle']) assert.ok(isHomeOrKinNoun(wn!, noun), noun);
  for (const noun of ['loan', 'office', 'plant', 'store', 'colleague', 'family', 'household']) assert.ok(!isHomeOrKinNoun(wn!, noun), noun);
});

test('a body-typed name before "home" or "cousins" becomes a settled place', { skip: !wn }, () => {
  const { text, syn } = handParse([
    ['They', 'PRON', 'nsubj', 1],
    ['rested', 'VERB', 'root', -1],
    ['at', 'ADP', 'case', 6],
    ['her', 'PRON', 'nmod:poss', 6],
    ['Tarrow', 'PROPN', 'compound', 5],
    ['Bay', 'PROPN', 'compound', 6],
    ['home', 'NOUN', 'obl', 1],
    ['with', 'ADP', 'case', 10],
    ['his', 'PRON', 'nmod:poss', 10],
    ['Toledo', 'PROPN', 'compound', 10],
    ['cousins', 'NOUN', 'nmod', 6],
  ]);
  const { mentions, settled } = typeHomePlaces([at(text, 'Tarrow Bay', 'ORG'), at(text, 'Toledo', 'ORG')], syn, new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['LOC', 'LOC']);
  assert.equal(settled.size, 2);
});

test('a home loan, a surname the gazetteer lacks and a settled name stay as typed', { skip: !wn }, () => {
  const { text, syn } = handParse([
    ['The', 'DET', 'det', 3],
    ['Quillfeather', 'PROPN', 'compound', 2],
    ['home', 'NOUN', 'compound', 3],
    ['loan', 'NOUN', 'nsubj', 4],
    ['grew', 'VERB', 'root', -1],
    ['near', 'ADP', 'case', 8],
    ['the', 'DET', 'det', 8],
    ['Vardanyk', 'PROPN', 'compound', 8],
    ['house', 'NOUN', 'obl', 4],
    ['and', 'CCONJ', 'cc', 12],
    ['the', 'DET', 'det', 12],
    ['Toledo', 'PROPN', 'compound', 12],
    ['house', 'NOUN', 'conj', 8],
  ]);
  const loan = at(text, 'Quillfeather', 'ORG');
  const surname = at(text, 'Vardanyk', 'ORG');
  const settled = at(text, 'Toledo', 'ORG');
  const out = typeHomePlaces([loan, surname, settled], syn, new Set([settled]));
  assert.deepEqual(out.mentions.map((m) => m.type), ['ORG', 'ORG', 'ORG']);
  assert.equal(out.settled.size, 0);
});

test('a town\'s name that is the surname of a person the article names stays as typed before "brothers"; alone it is the place', { skip: !wn }, () => {
  const { text, syn } = handParse([
    ['Mara', 'PROPN', 'nsubj', 2],
    ['Toledo', 'PROPN', 'flat', 0],
    ['met', 'VERB', 'root', -1],
    ['the', 'DET', 'det', 5],
    ['Toledo', 'PROPN', 'compound', 5],
    ['brothers', 'NOUN', 'obj', 2],
  ]);
  const brothers = at(text, 'Toledo', 'ORG', 10);
  const { mentions } = typeHomePlaces([at(text, 'Mara Toledo', 'PER'), brothers], syn, new Set());
  assert.deepEqual(mentions.map((m) => m.type), ['PER', 'ORG']);
  // with no such person, the town's name before "relatives" is where they live
  const alone = handParse([
    ['They', 'PRON', 'nsubj', 1],
    ['met', 'VERB', 'root', -1],
    ['their', 'PRON', 'nmod:poss', 4],
    ['Toledo', 'PROPN', 'compound', 4],
    ['relatives', 'NOUN', 'obj', 1],
  ]);
  assert.equal(typeHomePlaces([at(alone.text, 'Toledo', 'ORG')], alone.syn, new Set()).mentions[0].type, 'LOC');
});
