import test from 'node:test';
import assert from 'node:assert/strict';
import { interruptedContent } from '../../../src/pipeline/facts/quotes/interrupted.js';
import { withoutStrayBrackets } from '../../../src/pipeline/facts/quotes/content-brackets.js';
import { at, view, parse } from './attribution-views.js';

test('a content does not end on a closing bracket it never opened', () => {
  const v = view('The season ended early (the club later confirmed that the coach had resigned).');
  const content = at(v, 'that the coach had resigned)');
  assert.deepEqual(withoutStrayBrackets(v, [content]), [at(v, 'that the coach had resigned')]);
  // a bracket the content opens itself stays: "Ann Page (Labour)"
  const w = view('He said the seat went to Ann Page (Labour) and nobody else.');
  const whole = at(w, 'the seat went to Ann Page (Labour)');
  assert.deepEqual(withoutStrayBrackets(w, [whole]), [whole]);
});

test('an interrupted clause whose cue has its own words before the comma', () => {
  const v = view('The real problem, she told us on Monday, is the price of diesel.');
  //              The  real problem ,  she  told us  on  Monday ,  is  the price of diesel .
  parse(v, [2, 2, 12, 5, 5, 12, 5, 8, 5, 5, 12, 12, -1, 14, 12, 12],
    ['det', 'amod', 'nsubj', 'punct', 'nsubj', 'parataxis', 'obj', 'case', 'obl', 'punct', 'cop', 'det', 'root', 'case', 'nmod', 'punct'],
    ['DET', 'ADJ', 'NOUN', 'PUNCT', 'PRON', 'VERB', 'PRON', 'ADP', 'PROPN', 'PUNCT', 'AUX', 'DET', 'NOUN', 'ADP', 'NOUN', 'PUNCT']);
  const rest = at(v, 'is the price of diesel');
  assert.deepEqual(interruptedContent(v, at(v, 'told'), at(v, 'she'), [rest]), [at(v, 'The real problem'), rest]);
});

test('an aside opened by "as", but not a lone subordinator before the source', () => {
  const v = view('The harbour, as a pilot pointed out, rarely freezes.');
  //              The  harbour ,  as  a  pilot pointed out ,  rarely freezes .
  parse(v, [1, 10, 1, 6, 5, 6, 10, 6, 6, 10, -1, 10],
    ['det', 'nsubj', 'punct', 'mark', 'det', 'nsubj', 'advcl', 'compound:prt', 'punct', 'advmod', 'root', 'punct'],
    ['DET', 'NOUN', 'PUNCT', 'SCONJ', 'DET', 'NOUN', 'VERB', 'ADP', 'PUNCT', 'ADV', 'VERB', 'PUNCT']);
  const rest = at(v, 'rarely freezes');
  assert.deepEqual(interruptedContent(v, at(v, 'pointed'), at(v, 'a pilot'), [rest]), [at(v, 'The harbour'), rest]);
  const w = view('If, she says, the rain stops, the match goes ahead.');
  //              If  ,  she says ,  the rain stops ,  the match goes ahead .
  parse(w, [7, 7, 3, 7, 3, 6, 7, 11, 11, 10, 11, -1, 11, 11],
    ['mark', 'punct', 'nsubj', 'parataxis', 'punct', 'det', 'nsubj', 'advcl', 'punct', 'det', 'nsubj', 'root', 'advmod', 'punct'],
    ['SCONJ', 'PUNCT', 'PRON', 'VERB', 'PUNCT', 'DET', 'NOUN', 'VERB', 'PUNCT', 'DET', 'NOUN', 'VERB', 'ADV', 'PUNCT']);
  const tail = at(w, 'the rain stops, the match goes ahead');
  assert.deepEqual(interruptedContent(w, at(w, 'says'), at(w, 'she'), [tail]), [tail]);
});
