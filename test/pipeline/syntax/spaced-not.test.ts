// A tokenised text may write a curly "n't" in three tokens ("couldn ’ t"): the parser reads it as the
// treebank's "could" and "n't", each word still its span of the text, and the events stage sees the
// negation. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const TOKENISED = 'The ferry , late again , left the pier at noon . The crew wouldn ’ t have to rescue anyone , and the captain doesn \' t plan to resign .';
// written together, "wouldn’t" is one token the segmenter splits as ever; "Amin ’ s" is no contraction
const PROSE = 'The crew wouldn’t have to rescue anyone, the captain said. Then Amin ’ s team left.';

test('a contraction written apart is the two words of the treebank, each its exact span', () => {
  const syntax = parseDocument(TOKENISED, segment(TOKENISED), loadSyntaxModel());
  const forms = syntax.words.map((w) => w.text);
  for (const w of syntax.words) assert.equal(TOKENISED.slice(w.start, w.end), w.text);
  for (const [verb, not] of [['would', 'n ’ t'], ['does', "n ' t"]]) {
    const at = forms.indexOf(not);
    assert.ok(at > 0 && forms[at - 1] === verb, forms.join(' | '));
    assert.equal(syntax.words[at].lemma, 'not');
    assert.equal(syntax.words[at].deprel, 'advmod', `${not} negates its verb`);
  }
  assert.ok(!forms.includes('t'), 'no lone "t" is left for a noun');
});

test('a text written as prose keeps its words as before', () => {
  const forms = parseDocument(PROSE, segment(PROSE), loadSyntaxModel()).words.map((w) => w.text);
  assert.ok(forms.includes('would') && forms.includes('n’t'), forms.join(' | '));
  assert.ok(forms.includes('Amin') && forms.includes('’'), forms.join(' | '));
});

test('what a contraction written apart negates is found, and negated', () => {
  const events = analyseText(TOKENISED).events.map((e) => `${e.type}:${e.status}`);
  assert.deepEqual(events, ['resignation:negated']);
  const deal = analyseText('The talks ran late . The studio doesn ’ t have a deal with the director yet , the agent said .').events;
  assert.ok(!deal.some((e) => e.type === 'agreement' && e.status === 'asserted'), deal.map((e) => `${e.type}:${e.status}`).join(', '));
});
