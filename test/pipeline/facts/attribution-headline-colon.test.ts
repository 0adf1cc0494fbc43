// A headline that names who claims something, then a colon, then the claim. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { headlineColon } from '../../../src/pipeline/facts/quotes/headline-colon.js';
import { attributionTokens, type AttributionTokens } from '../../../src/pipeline/facts/quotes/tokens.js';
import { lineParagraphs } from '../../../src/pipeline/segment/line-paragraphs.js';
import { segment } from '../../../src/pipeline/segment/index.js';

/** A view whose tokens carry the given tags (the rule reads only the parse's tags). */
function view(text: string, upos: Record<string, string>): AttributionTokens {
  const v = attributionTokens(text, segment(text), lineParagraphs(text));
  const n = v.tokens.length;
  const id = Int32Array.from({ length: n }, (_, i) => i);
  const tags = v.tokens.map((t) => upos[t.text] ?? (/^\p{P}+$/u.test(t.text) ? 'PUNCT' : 'NOUN'));
  v.syntax = { upos: tags, deprel: Array(n).fill('dep'), lemma: Array(n).fill(''), head: new Int32Array(n).fill(-1), childBits: new Uint16Array(n), left: id, right: id.slice() };
  return v;
}

function words(v: AttributionTokens, r: { from: number; to: number } | null): string {
  return r ? v.text.slice(v.tokens[r.from].start, v.tokens[r.to - 1].end) : '';
}

test('a name, a colon and a claim in the headline: source, cue and content (no closing stop)', () => {
  const v = view('Mayor Ayala: Harbour tax will cost the town its ferries.\n\nThe mayor spoke on Monday.', { Mayor: 'PROPN', Ayala: 'PROPN', will: 'AUX', cost: 'VERB' });
  const r = headlineColon(v);
  assert.ok(r);
  assert.equal(words(v, r.source), 'Mayor Ayala');
  assert.equal(words(v, r.cue), ':');
  assert.equal(words(v, r.content[0]), 'Harbour tax will cost the town its ferries');
});

test('a quoted claim keeps its closing stop inside the marks', () => {
  const v = view('Survey: ‘Most riders want later trains.’\n\nA survey found it.', { Survey: 'NOUN', want: 'VERB' });
  assert.equal(words(v, headlineColon(v)?.content[0] ?? null), '‘Most riders want later trains.’');
});

test('labels, tallies, phrases with verbs or articles, and colons past the headline are no attribution', () => {
  const cases: Array<[string, Record<string, string>]> = [
    ['Breaking: Floods close the coast road.\n\nText.', { Breaking: 'VERB', close: 'VERB' }],
    ['Wow: Floods close the coast road.\n\nText.', { Wow: 'INTJ', close: 'VERB' }],
    ['The Update: Floods close the coast road.\n\nText.', { The: 'DET', Update: 'NOUN', close: 'VERB' }],
    ['Ayala Slams Council: It failed us.\n\nText.', { Ayala: 'PROPN', Slams: 'VERB', Council: 'PROPN' }],
    ['Ayala: 4,210.\n\nText.', { Ayala: 'PROPN' }],
    ['Floods close the coast road.\n\nAyala: It failed us.', { Ayala: 'PROPN', close: 'VERB', failed: 'VERB' }],
    ['Harbour tax vote: what happens next.\n\nText.', { what: 'PRON', happens: 'VERB', Harbour: 'NOUN', tax: 'NOUN', vote: 'NOUN' }],
  ];
  // the last: lower-case words before the colon are a topic, not a name
  for (const [text, tags] of cases) assert.equal(headlineColon(view(text, tags)), null, text);
});
