// A source the role tagger marked in two pieces around an aside ("[Tobias Renn], dean of the
// [School of …], said:") is the name the aside describes, not the body named inside the aside.
// A lead or a list before a source is no such aside. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { withApposedHead } from '../../../src/pipeline/facts/quotes/source-edges.js';
import { attributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../../src/pipeline/segment/line-paragraphs.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { analyseText } from '../../fixtures/analyse-text.js';

function view(text: string) {
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const at = (words: string) => {
    const start = text.indexOf(words);
    assert.ok(start >= 0, words);
    return { from: v.tokens.findIndex((t) => t.start >= start), to: v.tokens.findIndex((t) => t.start >= start + words.length) };
  };
  const mask = (r: { from: number; to: number }) => {
    const m = new Uint8Array(v.tokens.length);
    m.fill(1, r.from, r.to);
    return m;
  };
  return { v, at, mask };
}

test('two source pieces around a role aside join from the name through the closing comma', () => {
  const { v, at, mask } = view('Tobias Renn, dean of the School of Earth Studies, said the ship was late.');
  const cue = at('said');
  const near = at('School of Earth Studies,');
  assert.deepEqual(withApposedHead(v, near, [at('Tobias Renn'), near], cue, mask(cue)), at('Tobias Renn, dean of the School of Earth Studies,'));
});

test('a piece after a capitalised aside, or not closing it right before the cue, stays alone', () => {
  const a = view('In her memoir, Open Water, Clinton wrote that the ship was late.');
  const cueA = a.at('wrote');
  assert.deepEqual(withApposedHead(a.v, a.at('Clinton'), [a.at('her memoir'), a.at('Clinton')], cueA, a.mask(cueA)), a.at('Clinton'));
  const b = view('The report by Ada Moss, a local pilot, and the harbour master said the ship was late.');
  const cueB = b.at('said');
  const near = b.at('the harbour master');
  assert.deepEqual(withApposedHead(b.v, near, [b.at('Ada Moss'), near], cueB, b.mask(cueB)), near);
});

test('the quotation after such a source is the named person\'s, not the school\'s', () => {
  const text =
    'The research ship returned to port on Friday after six months at sea. Tobias Renn, dean of the School of Earth and ' +
    'Environmental Studies, said: "The samples we brought back will keep our laboratories busy for years."';
  assert.equal(analyseText(text).quotes.find((q) => q.kind === 'direct')?.speaker, 'Tobias Renn');
});
