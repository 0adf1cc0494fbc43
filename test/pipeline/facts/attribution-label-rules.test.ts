// The label rules (headline colon, transcript turns) against topic labels and roundups, and what
// a label relation may delete. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { transcriptTurns } from '../../../src/pipeline/facts/quotes/transcript-labels.js';
import { withoutNestedCues } from '../../../src/pipeline/facts/quotes/nested-cues.js';
import { at, view, parse } from './attribution-views.js';

test('a roundup names each place once: its "NORWAY:" paragraphs are no transcript', () => {
  const v = view('Ferry roundup.\n\nNORWAY: Captain Ola Berg said the fjord route would reopen.\n\nDENMARK: The port authority closed two piers.\n\nMore text.');
  assert.deepEqual(transcriptTurns(v), []);
});

test('a relation with a verb cue and a source of its own survives a label relation around it', () => {
  const v = view('ITALY: Minister Rosa Conti told the senate that fares would rise.');
  //              ITALY : Minister Rosa Conti told the senate that fares would rise .
  parse(v, [5, 0, 4, 4, 5, -1, 7, 5, 11, 11, 11, 5, 5],
    ['dep', 'punct', 'compound', 'compound', 'nsubj', 'root', 'det', 'obj', 'mark', 'nsubj', 'aux', 'ccomp', 'punct'],
    ['PROPN', 'PUNCT', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'SCONJ', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
  const label = { cue: at(v, ':'), source: at(v, 'ITALY'), content: [at(v, 'Minister Rosa Conti told the senate that fares would rise.')] };
  const told = { cue: at(v, 'told'), source: at(v, 'Minister Rosa Conti'), content: [at(v, 'that fares would rise')] };
  assert.deepEqual(withoutNestedCues(v, [label, told], new Set([label])), [label, told]);
  // a model relation around it still deletes it, as before
  assert.deepEqual(withoutNestedCues(v, [label, told]), [label]);
});
