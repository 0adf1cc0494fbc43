import test from 'node:test';
import assert from 'node:assert/strict';
import { withoutNestedCues } from '../../../src/pipeline/facts/quotes/nested-cues.js';
import { at, view, parse } from './attribution-views.js';

test('a cue inside another attribution\'s content is dropped', () => {
  const v = view('The mayor argued that residents think the bridge is safe.');
  //              The mayor argued that residents think the bridge is safe .
  parse(v, [1, 2, -1, 5, 5, 2, 7, 9, 9, 5, 2],
    ['det', 'nsubj', 'root', 'mark', 'nsubj', 'ccomp', 'det', 'nsubj', 'cop', 'ccomp', 'punct'],
    ['DET', 'NOUN', 'VERB', 'SCONJ', 'NOUN', 'VERB', 'DET', 'NOUN', 'AUX', 'ADJ', 'PUNCT']);
  const outer = { cue: at(v, 'argued'), content: [at(v, 'that residents think the bridge is safe')] };
  const inner = { cue: at(v, 'think'), content: [at(v, 'the bridge is safe')] };
  assert.deepEqual(withoutNestedCues(v, [outer, inner]), [outer]);
});

test('a cue coordinated under the outer cue stays, as does one in a quotation', () => {
  const v = view('Ann said taxes would fall and warned against waste.');
  //              Ann said taxes would fall and warned against waste .
  parse(v, [1, -1, 4, 4, 1, 6, 4, 8, 6, 1],
    ['nsubj', 'root', 'nsubj', 'aux', 'ccomp', 'cc', 'conj', 'case', 'obl', 'punct'],
    ['PROPN', 'VERB', 'NOUN', 'AUX', 'VERB', 'CCONJ', 'VERB', 'ADP', 'NOUN', 'PUNCT']);
  const said = { cue: at(v, 'said'), content: [at(v, 'taxes would fall and warned against waste')] };
  const warned = { cue: at(v, 'warned against'), content: [at(v, 'waste')] };
  assert.deepEqual(withoutNestedCues(v, [said, warned]), [said, warned]);

  const q = view('Ben said: “They claim it works.”');
  //              Ben said :  “  They claim it works .  ”
  parse(q, [1, -1, 1, 5, 5, 1, 7, 5, 5, 5],
    ['nsubj', 'root', 'punct', 'punct', 'nsubj', 'ccomp', 'nsubj', 'ccomp', 'punct', 'punct'],
    ['PROPN', 'VERB', 'PUNCT', 'PUNCT', 'PRON', 'VERB', 'PRON', 'VERB', 'PUNCT', 'PUNCT']);
  const bens = { cue: at(q, 'said'), content: [at(q, '“They claim it works.”')] };
  const claim = { cue: at(q, 'claim'), content: [at(q, 'it works')] };
  assert.deepEqual(withoutNestedCues(q, [bens, claim]), [bens, claim]);
});

test('without a parse nothing is dropped', () => {
  const v = view('The mayor argued that residents think the bridge is safe.');
  const rels = [{ cue: at(v, 'argued'), content: [at(v, 'that residents think the bridge is safe')] }, { cue: at(v, 'think'), content: [at(v, 'the bridge is safe')] }];
  assert.equal(withoutNestedCues(v, rels).length, 2);
});
