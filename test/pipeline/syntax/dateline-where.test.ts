// A dateline opens the story's first paragraph, and only there is a sentence split at one: a later line
// that merely looks like one ("AMAZON - the retailer said …") is parsed whole.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseSentences } from '../../../src/pipeline/syntax/analyse.js';
import { segment } from '../../../src/pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';
import { DATELINE_RELATION } from '../../../src/pipeline/syntax/dateline.js';
import type { Syntax } from '../../../src/types.js';
import { analyseText } from '../../fixtures/analyse-text.js';

const TEXT = [
  'Retailers brace for the holiday rush',
  'SEATTLE, Nov. 20 (AP) - Online sellers hired thousands of seasonal workers this month.',
  'AMAZON - the retailer said it would add 40,000 jobs before December.',
  'Smaller rivals cut their prices again.',
].join('\n\n');

/** The sentence of syn that starts with `opening`: its words, heads relative to its first word. */
function sentenceAt(syn: Syntax, text: string, opening: string) {
  const at = text.indexOf(opening);
  const s = syn.sentenceWordStart.findIndex((w, k) => k + 1 < syn.sentenceWordStart.length && syn.words[w].start === at);
  assert.ok(s >= 0, opening);
  const from = syn.sentenceWordStart[s];
  const words = syn.words.slice(from, syn.sentenceWordStart[s + 1]);
  return { forms: words.map((w) => w.text), heads: words.map((w) => (w.head < 0 ? -1 : w.head - from)), deprels: words.map((w) => w.deprel) };
}

function checkStory(syn: Syntax, text: string) {
  const lede = sentenceAt(syn, text, 'SEATTLE');
  const root = lede.heads.indexOf(-1);
  assert.equal(lede.forms[root], 'hired');
  assert.ok(lede.deprels.some((r, i) => r === DATELINE_RELATION && lede.heads[i] === root && i < lede.forms.indexOf('Online')), 'the dateline hangs on the lede root');
  // the mid-story line is parsed as one sentence, exactly as the parser parses it alone
  const mid = sentenceAt(syn, text, 'AMAZON');
  const [alone] = analyseSentences(loadSyntaxModel(), [mid.forms], { repair: true });
  assert.deepEqual(mid.heads, [...alone.heads]);
  assert.deepEqual(mid.deprels, alone.deprels);
}

test('the pipeline splits only at the Doc’s own dateline', () => {
  const analysis = analyseText(TEXT, { until: 'syntax' });
  assert.ok(analysis.doc.meta.dateline?.span, 'extract finds the dateline');
  checkStory(analysis.syntax!, analysis.doc.text);
});

test('a text without a Doc has its dateline looked for in its first lines only', () => {
  checkStory(parseDocument(TEXT, segment(TEXT), loadSyntaxModel()), TEXT);
});

test('a Doc without a dateline splits no sentence', () => {
  const syn = parseDocument(TEXT, segment(TEXT), loadSyntaxModel(), null);
  const lede = sentenceAt(syn, TEXT, 'SEATTLE');
  const [alone] = analyseSentences(loadSyntaxModel(), [lede.forms], { repair: true });
  assert.deepEqual(lede.heads, [...alone.heads]);
});
