import test from 'node:test';
import assert from 'node:assert/strict';
import { sourceAsideEdge, withoutDanglingRelative } from '../../../src/pipeline/facts/quotes/source-edges.js';
import { attributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../../src/pipeline/segment/line-paragraphs.js';
import { segment } from '../../../src/pipeline/segment/index.js';

/** The token view of text, and the token range of a phrase in it. */
function view(text: string) {
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const at = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    assert.ok(start >= 0, words);
    return { from: v.tokens.findIndex((t) => t.start >= start), to: v.tokens.findIndex((t) => t.start >= start + words.length) };
  };
  return { v, at };
}

test('a source with an aside set off by commas takes the comma that closes it', () => {
  const { v, at } = view('Ann Lee, a lawyer for the bakers, said the talks had stalled again.');
  const cue = at('said');
  const content = at('the talks had stalled again');
  assert.deepEqual(sourceAsideEdge(v, at('Ann Lee, a lawyer for the bakers'), [cue, content]), at('Ann Lee, a lawyer for the bakers,'));
  // already closed: unchanged
  assert.deepEqual(sourceAsideEdge(v, at('Ann Lee, a lawyer for the bakers,'), [cue, content]), at('Ann Lee, a lawyer for the bakers,'));
});

test('an aside set off by dashes closes with its dash, not with a comma', () => {
  const { v, at } = view('Tom Reed — the ferry captain — told us the crossing was safe, and nobody argued.');
  const source = at('Tom Reed — the ferry captain');
  assert.deepEqual(sourceAsideEdge(v, source, [at('told')]), at('Tom Reed — the ferry captain —'));
  const t = view('Tom Reed, the ferry captain — who had sailed for years — was calm.');
  assert.deepEqual(sourceAsideEdge(t.v, t.at('Tom Reed, the ferry captain'), []), t.at('Tom Reed, the ferry captain'));
});

test('a source without an aside loses a trailing comma and takes none', () => {
  const { v, at } = view('The orchard growers, the report found, expect a poor harvest.');
  assert.deepEqual(sourceAsideEdge(v, at('The orchard growers,'), [at('found')]), at('The orchard growers'));
  assert.deepEqual(sourceAsideEdge(v, at('The orchard growers'), [at('found')]), at('The orchard growers'));
});

test('the closing mark stays out when another role holds it', () => {
  const { v, at } = view('Mia Ortiz, the head nurse, said, “We need more beds.”');
  const source = at('Mia Ortiz, the head nurse');
  const comma = at(', said');
  assert.deepEqual(sourceAsideEdge(v, source, [{ from: comma.from, to: comma.from + 1 }]), source);
  assert.equal(sourceAsideEdge(v, null, []), null);
});

test('a relative clause broken off at its first word or two leaves the source', () => {
  const { v, at } = view('Lena Ortiz, who is, by her own count, a regular, said the market had shrunk.');
  const broken = { from: at('Lena').from, to: at('who is').to };
  assert.deepEqual(withoutDanglingRelative(v, broken), at('Lena Ortiz'));
  assert.deepEqual(withoutDanglingRelative(v, { from: at('Lena').from, to: at('who').to }), at('Lena Ortiz'));
  // a whole clause, or none, stays as the tagger marked it
  const w = view('The grocer, who has traded here since 1990, said rents doubled.');
  const whole = w.at('The grocer, who has traded here since 1990,');
  assert.deepEqual(withoutDanglingRelative(w.v, whole), whole);
  assert.deepEqual(withoutDanglingRelative(w.v, w.at('The grocer')), w.at('The grocer'));
  assert.equal(withoutDanglingRelative(w.v, null), null);
});
