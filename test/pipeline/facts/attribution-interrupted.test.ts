import test from 'node:test';
import assert from 'node:assert/strict';
import { interruptedContent } from '../../../src/pipeline/facts/quotes/interrupted.js';
import { attributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../../src/pipeline/segment/line-paragraphs.js';
import { segment } from '../../../src/pipeline/segment/index.js';

/** The token view of text, and the token range of a phrase in it. */
function view(text: string) {
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const at = (words: string) => {
    const start = text.indexOf(words);
    assert.ok(start >= 0, words);
    const end = start + words.length;
    const to = v.tokens.findIndex((t) => t.start >= end);
    return { from: v.tokens.findIndex((t) => t.start >= start), to: to < 0 ? v.tokens.length : to };
  };
  return { v, at };
}

test('a clause interrupted by its attribution gets the words before the source as its first piece', () => {
  const { v, at } = view('The ferry pier was finished last week. The new bridge, the engineer said, will open in the spring.');
  const rest = at('will open in the spring');
  assert.deepEqual(interruptedContent(v, at('said'), at('the engineer'), [rest]), [at('The new bridge'), rest]);
});

test('the rest may hold a quotation, but not open with one', () => {
  const t = view('Rail fares, the minister said, will rise by a “modest” amount.');
  const rest = t.at('will rise by a “modest” amount');
  assert.deepEqual(interruptedContent(t.v, t.at('said'), t.at('the minister'), [rest]), [t.at('Rail fares'), rest]);
  // a circumstance before the source of a quotation is not what was said
  const q = view('After the final whistle, the coach said, “We earned this one.”');
  const quote = q.at('“We earned this one.”');
  assert.deepEqual(interruptedContent(q.v, q.at('said'), q.at('the coach'), [quote]), [quote]);
});

test('other shapes are left as they are', () => {
  // no comma after the cue: the words before the source are a circumstance of the telling
  const a = view('At the hearing, the mayor said the budget was tight.');
  const content = a.at('the budget was tight');
  assert.deepEqual(interruptedContent(a.v, a.at('said'), a.at('the mayor'), [content]), [content]);
  // no source, or the words before the source quoted
  const b = view('Prices, officials warned, would keep rising.');
  const rest = b.at('would keep rising');
  assert.deepEqual(interruptedContent(b.v, b.at('warned'), null, [rest]), [rest]);
  const c = view('“Prices are high,” officials warned, pointing to the harvest.');
  const tail = c.at('pointing to the harvest');
  assert.deepEqual(interruptedContent(c.v, c.at('warned'), c.at('officials'), [tail]), [tail]);
});
