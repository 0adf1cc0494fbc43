import test from 'node:test';
import assert from 'node:assert/strict';
import { postposedContent } from '../../../src/pipeline/facts/quotes/postposed-content.js';
import { at, flatParse, parse, view } from './attribution-views.js';
import type { AttributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';

const noCues = (v: AttributionTokens) => new Uint8Array(v.tokens.length);

/** A flat parse with one word hung from the cue as its clausal complement. */
function tiedTo(text: string, clauseWord: string, cueWord: string): AttributionTokens {
  const v = flatParse(view(text));
  const w = at(v, clauseWord).from;
  v.syntax!.head[w] = at(v, cueWord).from;
  v.syntax!.deprel[w] = 'ccomp';
  return v;
}

test('an attribution closing its sentence reports the words before its comma', () => {
  const v = view('Ferries ran late. The river rose two metres overnight, the agency said.');
  //              Ferries ran late . The river rose two metres overnight ,  the agency said .
  parse(v, [1, -1, 1, 1, 5, 6, -1, 8, 6, 6, 13, 12, 13, 6, 6],
    ['nsubj', 'root', 'advmod', 'punct', 'det', 'nsubj', 'root', 'nummod', 'obj', 'advmod', 'punct', 'det', 'nsubj', 'parataxis', 'punct'],
    ['NOUN', 'VERB', 'ADV', 'PUNCT', 'DET', 'NOUN', 'VERB', 'NUM', 'NOUN', 'ADV', 'PUNCT', 'DET', 'NOUN', 'VERB', 'PUNCT']);
  assert.deepEqual(postposedContent(v, at(v, 'said'), at(v, 'the agency'), [], noCues(v)), [at(v, 'The river rose two metres overnight')]);
  // the source after the cue, circumstances after both
  const w = view('Ticket sales doubled in May, said a spokeswoman for the club on Friday.');
  //              Ticket sales doubled in May ,  said a spokeswoman for the club on Friday .
  parse(w, [1, 2, 6, 4, 2, 2, -1, 8, 6, 11, 11, 8, 13, 6, 6],
    ['compound', 'nsubj', 'ccomp', 'case', 'obl', 'punct', 'root', 'det', 'nsubj', 'case', 'det', 'nmod', 'case', 'obl', 'punct'],
    ['NOUN', 'NOUN', 'VERB', 'ADP', 'PROPN', 'PUNCT', 'VERB', 'DET', 'NOUN', 'ADP', 'DET', 'NOUN', 'ADP', 'PROPN', 'PUNCT']);
  assert.deepEqual(postposedContent(w, at(w, 'said'), at(w, 'a spokeswoman for the club'), [], noCues(w)), [at(w, 'Ticket sales doubled in May')]);
});

test('a cue with its own clause after it is not the end of the sentence', () => {
  const v = view('Sales fell, the director said the figures were wrong.');
  //              Sales fell ,  the director said the figures were wrong .
  parse(v, [1, -1, 5, 4, 5, 1, 7, 9, 9, 5, 1],
    ['nsubj', 'root', 'punct', 'det', 'nsubj', 'parataxis', 'det', 'nsubj', 'cop', 'ccomp', 'punct'],
    ['NOUN', 'VERB', 'PUNCT', 'DET', 'NOUN', 'VERB', 'DET', 'NOUN', 'AUX', 'ADJ', 'PUNCT']);
  assert.deepEqual(postposedContent(v, at(v, 'said'), at(v, 'the director'), [], noCues(v)), []);
});

test('quoted, short, nested or already found contents are left alone', () => {
  const tied = tiedTo('The river rose two metres overnight, the agency said.', 'rose', 'said');
  assert.deepEqual(postposedContent(tied, at(tied, 'said'), at(tied, 'the agency'), [], noCues(tied)), [at(tied, 'The river rose two metres overnight')]);
  const q = tiedTo('“Sales fell sharply in the spring,” the director said.', 'fell', 'said');
  assert.deepEqual(postposedContent(q, at(q, 'said'), at(q, 'the director'), [], noCues(q)), []);
  const s = tiedTo('Prices fell, she said.', 'fell', 'said');
  assert.deepEqual(postposedContent(s, at(s, 'said'), at(s, 'she'), [], noCues(s)), []);
  const n = tiedTo('Growers believe the harvest will be late, the survey found.', 'believe', 'found');
  const cues = noCues(n);
  cues[at(n, 'believe').from] = 1;
  assert.deepEqual(postposedContent(n, at(n, 'found'), at(n, 'the survey'), [], cues), []);
  const found = [at(tied, 'two metres overnight')];
  assert.deepEqual(postposedContent(tied, at(tied, 'said'), at(tied, 'the agency'), found, noCues(tied)), found);
  // no parse, no rule
  const bare = view('The river rose two metres overnight, the agency said.');
  assert.deepEqual(postposedContent(bare, at(bare, 'said'), at(bare, 'the agency'), [], noCues(bare)), []);
});
