import test from 'node:test';
import assert from 'node:assert/strict';
import { cueKind } from '../../src/eval/attribution-cue-kinds.js';
import { at, flatParse, parse, view } from '../pipeline/facts/attribution-views.js';

test('a verb cue is classed by what the parse hangs from it: an object, a clause and its subject', () => {
  const v = view('The mayor wants a new bridge.');
  parse(v, [1, 2, -1, 5, 5, 2, 2], ['det', 'nsubj', 'root', 'det', 'amod', 'obj', 'punct'], ['DET', 'NOUN', 'VERB', 'DET', 'ADJ', 'NOUN', 'PUNCT']);
  assert.equal(cueKind(v, at(v, 'wants')), 'verb with an object');
  const w = view('She hopes the ferry runs.');
  parse(w, [1, -1, 3, 4, 1, 1], ['nsubj', 'root', 'det', 'nsubj', 'ccomp', 'punct'], ['PRON', 'VERB', 'DET', 'NOUN', 'VERB', 'PUNCT']);
  assert.equal(cueKind(w, at(w, 'hopes')), 'verb with a clause, pronoun subject');
});

test('nouns, subjectless participles and "according to" are kinds of their own', () => {
  const v = view("The council's verdict surprised nobody.");
  parse(v, [1, 3, 1, 4, -1, 4, 4], ['det', 'nmod:poss', 'case', 'nsubj', 'root', 'obj', 'punct'], ['DET', 'NOUN', 'PART', 'NOUN', 'VERB', 'PRON', 'PUNCT']);
  assert.equal(cueKind(v, at(v, 'verdict')), 'noun');
  const w = view('The coach left early, citing fatigue.');
  parse(w, [1, 2, -1, 2, 5, 2, 5, 2], ['det', 'nsubj', 'root', 'advmod', 'punct', 'advcl', 'obj', 'punct'], ['DET', 'NOUN', 'VERB', 'ADV', 'PUNCT', 'VERB', 'NOUN', 'PUNCT']);
  assert.equal(cueKind(w, at(w, 'citing')), 'participle, no subject');
  const u = flatParse(view('According to the survey, prices fell.'));
  assert.equal(cueKind(u, at(u, 'According to')), 'according to');
});

test('a cue in a title-case headline or inside quotation marks is classed by where it stands; no parse, no kind', () => {
  const v = flatParse(view('Harbour Pilots Demand Better Tugboats\n\nThe pilots wrote to the port authority.'));
  assert.equal(cueKind(v, at(v, 'Demand')), 'title-case line');
  assert.equal(cueKind(v, at(v, 'wrote')), 'other (X)');
  const w = flatParse(view('“We doubt the tugs will come,” the pilots said.'));
  assert.equal(cueKind(w, at(w, 'doubt')), 'inside a quotation');
  const bare = view('The pilots wrote to the port authority.');
  assert.equal(cueKind(bare, at(bare, 'wrote')), 'no parse');
});
