import test from 'node:test';
import assert from 'node:assert/strict';
import { withoutLeadBeforeSource } from '../../../src/pipeline/facts/quotes/lead-piece.js';
import { at, flatParse, parse, view } from './attribution-views.js';

test('words before the source of a cue that runs on into the content are not what was said', () => {
  const v = view('At dawn the harbour master said the gates would stay shut.');
  //              At dawn the harbour master said the gates would stay shut .
  parse(v, [1, 5, 4, 4, 5, -1, 7, 9, 9, 5, 9, 5],
    ['case', 'obl', 'det', 'compound', 'nsubj', 'root', 'det', 'nsubj', 'aux', 'ccomp', 'xcomp', 'punct'],
    ['ADP', 'NOUN', 'DET', 'NOUN', 'NOUN', 'VERB', 'DET', 'NOUN', 'AUX', 'VERB', 'ADJ', 'PUNCT']);
  const rest = at(v, 'the gates would stay shut');
  assert.deepEqual(withoutLeadBeforeSource(v, at(v, 'said'), at(v, 'the harbour master'), [at(v, 'At dawn'), rest]), [rest]);
  // without a parse the shape alone decides
  const flat = flatParse(view('Late on Sunday the coach told players the trip was off.'));
  const trip = at(flat, 'the trip was off');
  assert.deepEqual(withoutLeadBeforeSource(flat, at(flat, 'told'), at(flat, 'the coach'), [at(flat, 'Late on Sunday'), trip]), [trip]);
});

test('an attribution set off by a comma interrupts the content, which keeps its first piece', () => {
  const v = flatParse(view('Next spring, the harbour master said, the gates will stay shut.'));
  const pieces = [at(v, 'Next spring'), at(v, 'the gates will stay shut')];
  assert.deepEqual(withoutLeadBeforeSource(v, at(v, 'said'), at(v, 'the harbour master'), pieces), pieces);
});

test('a relative word or a noun the cue\'s clause describes is part of the content', () => {
  const w = flatParse(view('The levy, which the mayor said would lapse, stays.'));
  const which = [at(w, 'which'), at(w, 'would lapse')];
  assert.deepEqual(withoutLeadBeforeSource(w, at(w, 'said'), at(w, 'the mayor'), which), which);

  const v = view('It was a delay that the harbour master said was avoidable.');
  //              It was a delay that the harbour master said was avoidable .
  parse(v, [3, 3, 3, -1, 8, 7, 7, 8, 3, 10, 8, 3],
    ['nsubj', 'cop', 'det', 'root', 'obj', 'det', 'compound', 'nsubj', 'acl:relcl', 'cop', 'ccomp', 'punct'],
    ['PRON', 'AUX', 'DET', 'NOUN', 'PRON', 'DET', 'NOUN', 'NOUN', 'VERB', 'AUX', 'ADJ', 'PUNCT']);
  const delay = [at(v, 'a delay'), at(v, 'was avoidable')];
  assert.deepEqual(withoutLeadBeforeSource(v, at(v, 'said'), at(v, 'the harbour master'), delay), delay);
  // without "that" the parser seldom labels the relative clause: a noun the source follows at once
  const w2 = view('It was a delay the engineer said was avoidable.');
  //               It was a delay the engineer said was avoidable .
  parse(w2, [3, 3, 3, -1, 5, 3, 5, 8, 6, 3],
    ['nsubj', 'cop', 'det', 'root', 'det', 'nmod', 'acl', 'cop', 'ccomp', 'punct'],
    ['PRON', 'AUX', 'DET', 'NOUN', 'DET', 'NOUN', 'VERB', 'AUX', 'ADJ', 'PUNCT']);
  w2.syntax!.deprel[6] = 'parataxis';
  const noThat = [at(w2, 'a delay'), at(w2, 'was avoidable')];
  assert.deepEqual(withoutLeadBeforeSource(w2, at(w2, 'said'), at(w2, 'the engineer'), noThat), noThat);
});

test('a condition the parse hangs from the content stays with it', () => {
  const v = view('If the wind rises the harbour master said the gates would close.');
  //              If the wind rises the harbour master said the gates would close .
  parse(v, [3, 2, 3, 11, 6, 6, 7, -1, 9, 11, 11, 7, 7],
    ['mark', 'det', 'nsubj', 'advcl', 'det', 'compound', 'nsubj', 'root', 'det', 'nsubj', 'aux', 'ccomp', 'punct'],
    ['SCONJ', 'DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'NOUN', 'VERB', 'DET', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
  const pieces = [at(v, 'If the wind rises'), at(v, 'the gates would close')];
  assert.deepEqual(withoutLeadBeforeSource(v, at(v, 'said'), at(v, 'the harbour master'), pieces), pieces);
});

test('one piece, no source or a quoted lead are left alone', () => {
  const v = flatParse(view('At dawn the harbour master said the gates would stay shut.'));
  const pieces = [at(v, 'At dawn'), at(v, 'the gates would stay shut')];
  assert.deepEqual(withoutLeadBeforeSource(v, at(v, 'said'), null, pieces), pieces);
  assert.deepEqual(withoutLeadBeforeSource(v, at(v, 'said'), at(v, 'the harbour master'), pieces.slice(1)), pieces.slice(1));
  const q = flatParse(view('“Shut the gates” the harbour master said the order read.'));
  const quoted = [at(q, '“Shut the gates”'), at(q, 'the order read')];
  assert.deepEqual(withoutLeadBeforeSource(q, at(q, 'said'), at(q, 'the harbour master'), quoted), quoted);
});

test('a noun the relative source stands for is who speaks, not what is said', () => {
  const v = view('She phoned a ranger who said the trail was closed.');
  //              She phoned a ranger who said the trail was closed .
  parse(v, [1, -1, 3, 1, 5, 3, 7, 9, 9, 5, 1],
    ['nsubj', 'root', 'det', 'obj', 'nsubj', 'acl:relcl', 'det', 'nsubj', 'cop', 'ccomp', 'punct'],
    ['PRON', 'VERB', 'DET', 'NOUN', 'PRON', 'VERB', 'DET', 'NOUN', 'AUX', 'ADJ', 'PUNCT']);
  const rest = at(v, 'the trail was closed');
  assert.deepEqual(withoutLeadBeforeSource(v, at(v, 'said'), at(v, 'who'), [at(v, 'a ranger'), rest]), [rest]);
});
