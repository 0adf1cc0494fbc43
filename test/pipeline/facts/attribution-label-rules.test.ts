// The label rules (headline colon, transcript turns) against topic labels and roundups, and what
// a label relation may delete. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import { transcriptTurns } from '../../../src/pipeline/facts/quotes/transcript-labels.js';
import { withoutNestedCues } from '../../../src/pipeline/facts/quotes/nested-cues.js';
import { headlineColon } from '../../../src/pipeline/facts/quotes/headline-colon.js';
import { speakerLabelTest } from '../../../src/pipeline/facts/quotes/label-speakers.js';
import type { Mention } from '../../../src/types.js';
import { at, view, parse } from './attribution-views.js';

/** A headline-shaped line, parsed by hand: a country label's relation around a minister's own. */
function italyLine() {
  const v = view('ITALY: Minister Rosa Conti told the senate that fares would rise.');
  //              ITALY : Minister Rosa Conti told the senate that fares would rise .
  parse(v, [5, 0, 4, 4, 5, -1, 7, 5, 11, 11, 11, 5, 5],
    ['dep', 'punct', 'compound', 'compound', 'nsubj', 'root', 'det', 'obj', 'mark', 'nsubj', 'aux', 'ccomp', 'punct'],
    ['PROPN', 'PUNCT', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'SCONJ', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
  const label = { cue: at(v, ':'), source: at(v, 'ITALY'), content: [at(v, 'Minister Rosa Conti told the senate that fares would rise.')] };
  const told = { cue: at(v, 'told'), source: at(v, 'Minister Rosa Conti'), content: [at(v, 'that fares would rise')] };
  return { v, label, told };
}

test('a roundup names each place once: its "NORWAY:" paragraphs are no transcript', () => {
  const v = view('Ferry roundup.\n\nNORWAY: Captain Ola Berg said the fjord route would reopen.\n\nDENMARK: The port authority closed two piers.\n\nMore text.');
  assert.deepEqual(transcriptTurns(v), []);
});

test('a relation with a verb cue and a source of its own survives a label relation around it', () => {
  const { v, label, told } = italyLine();
  assert.deepEqual(withoutNestedCues(v, [label, told], new Set([label])), [label, told]);
});

test('a tagged relation whose cue is a lone colon past the headline is a label too', () => {
  const v = view('Fares.\n\nITALY: Minister Rosa Conti told the senate that fares would rise.');
  //              Fares . ITALY : Minister Rosa Conti told the senate that fares would rise .
  parse(v, [-1, 0, 7, 2, 6, 6, 7, -1, 9, 7, 13, 13, 13, 7, 7],
    ['root', 'punct', 'dep', 'punct', 'compound', 'compound', 'nsubj', 'root', 'det', 'obj', 'mark', 'nsubj', 'aux', 'ccomp', 'punct'],
    ['NOUN', 'PUNCT', 'PROPN', 'PUNCT', 'PROPN', 'PROPN', 'PROPN', 'VERB', 'DET', 'NOUN', 'SCONJ', 'NOUN', 'AUX', 'VERB', 'PUNCT']);
  const label = { cue: at(v, ':'), source: at(v, 'ITALY'), content: [at(v, 'Minister Rosa Conti told the senate that fares would rise.')] };
  const told = { cue: at(v, 'told'), source: at(v, 'Minister Rosa Conti'), content: [at(v, 'that fares would rise')] };
  assert.deepEqual(withoutNestedCues(v, [label, told]), [label, told]);
  // without a source of its own the inner relation still goes
  const sourceless = { cue: told.cue, source: null, content: told.content };
  assert.deepEqual(withoutNestedCues(v, [label, sourceless]), [label]);
});

/** A headline view whose words are all names or nouns (what the rule reads), flat parse. */
function headline(text: string, upos: Record<string, string>) {
  const v = view(text);
  const n = v.tokens.length;
  parse(v, Array(n).fill(-1), Array(n).fill('dep'), v.tokens.map((t) => upos[t.text] ?? (/^\p{P}+$/u.test(t.text) ? 'PUNCT' : 'PROPN')));
  return v;
}

/** The speaker test over v's tokens with the given words marked as mentions of a type. */
function names(v: ReturnType<typeof view>, marked: Record<string, Mention['type']>) {
  const mentions: Mention[] = [];
  const mentionAt = new Int32Array(v.tokens.length).fill(-1);
  v.tokens.forEach((t, i) => {
    const type = marked[t.text];
    if (!type) return;
    mentionAt[i] = mentions.length;
    mentions.push({ start: t.start, end: t.end, text: t.text, type } as Mention);
  });
  return speakerLabelTest({ mentions, mentionAt, low: v.low });
}

test('a topic label before a headline colon is no source; a name or a word for a speaker is', () => {
  const topics: Array<[string, Record<string, Mention['type']>]> = [
    ['Tramways: Council scraps the night service\n\nText.', {}],
    ['Verdict: Why the ferry plan failed\n\nText.', {}],
    ['Lisbon: Dockers walk out over pay\n\nText.', { Lisbon: 'LOC' }],
  ];
  for (const [text, marked] of topics) {
    const v = headline(text, { scraps: 'VERB', walk: 'VERB', failed: 'VERB', Why: 'ADV' });
    assert.equal(headlineColon(v, names(v, marked)), null, text);
  }
  const named = headline('Ines Duarte: The ferries will run\n\nText.', { will: 'AUX', run: 'VERB' });
  assert.ok(headlineColon(named, names(named, { Ines: 'PER', Duarte: 'PER' })));
  const role = headline('Harbour Police: Two piers stay closed\n\nText.', { stay: 'VERB', closed: 'ADJ' });
  assert.ok(headlineColon(role, names(role, {})));
});

test('in the headline a tagged colon relation keeps deleting the cues of its content', () => {
  const { v, label, told } = italyLine();
  assert.deepEqual(withoutNestedCues(v, [label, told]), [label]);
});
