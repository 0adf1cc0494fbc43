// A wire dateline opening a sentence is parsed apart from the lede and hung on the lede's root as `dep`:
// the place is never the lede's subject, and every word keeps its exact offsets.
import test from 'node:test';
import assert from 'node:assert/strict';
import { segment } from '../../../src/pipeline/segment/index.js';
import { loadSyntaxModel, parseDocument } from '../../../src/pipeline/syntax/index.js';
import { DATELINE_RELATION, ledeStart, textDateline } from '../../../src/pipeline/syntax/dateline.js';
import type { Syntax } from '../../../src/types.js';

const at = (text: string, word: string) => text.indexOf(word);
const whole = (text: string) => ({ start: 0, end: text.length });

test('the lede starts after the dateline and its dash, underscore or agency', () => {
  const cases: Array<[string, string]> = [
    ['TROMSO, Norway (AP)_ Fishermen hauled a whale ashore on Sunday.', 'Fishermen'],
    ['ODESSA, Texas _ Firefighters contained the blaze overnight.', 'Firefighters'],
    ['LIMA, April 9 - Striking miners ended their walkout.', 'Striking'],
    ['QUITO, Ecuador, Oct. 2 (Reuter) - The central bank raised rates.', 'The'],
    ['HALIFAX (AP) -- Ferries stayed in port.', 'Ferries'],
  ];
  for (const [text, first] of cases) assert.equal(ledeStart(text, whole(text), textDateline(text)), at(text, first), text);
});

test('no lede is split off where no dateline opens a line', () => {
  const none = [
    'ACME WIDGETS Inc. said its sales rose.',
    'QUITO, Ecuador (AP) _',
    'Police said the road reopened.',
  ];
  for (const text of none) assert.equal(ledeStart(text, whole(text), textDateline(text)), -1, text);
  // a sentence in the middle of a line is no story's start
  const text = 'Rain fell. TROMSO, Norway (AP)_ Fishermen hauled a whale ashore.';
  assert.equal(ledeStart(text, { start: at(text, 'TROMSO'), end: text.length }, textDateline(text)), -1);
});

function sentenceWords(syn: Syntax, s: number) {
  return syn.words.slice(syn.sentenceWordStart[s], syn.sentenceWordStart[s + 1]).map((w, i) => ({ ...w, index: syn.sentenceWordStart[s] + i }));
}

test('a datelined lede gets its own root and subject; the dateline hangs on that root as dep', () => {
  // each text one story, its dateline opening it
  const cases: Array<[string, string, string, string]> = [
    ['TROMSO, Norway (AP)_ Coast guard crews rescued six sailors from a sinking trawler on Sunday.', 'TROMSO, Norway (AP)_', 'rescued', 'crews'],
    ['ODESSA, Texas _ Two firefighters were hurt when a tank exploded.', 'ODESSA, Texas _', 'hurt', 'firefighters'],
    ['LIMA, April 9 - Striking miners ended their walkout after the company raised wages.', 'LIMA, April 9 -', 'ended', 'miners'],
  ];
  for (const [text, dateline, verb, subject] of cases) {
    const syn = parseDocument(text, segment(text), loadSyntaxModel());
    assert.equal(syn.sentenceWordStart.length - 1, 1);
    for (const w of syn.words) assert.equal(w.text, text.slice(w.start, w.end), 'exact offsets');
    const words = sentenceWords(syn, 0);
    const roots = words.filter((w) => w.head < 0);
    assert.equal(roots.length, 1, 'one root per sentence');
    assert.equal(roots[0].text, verb);
    const subjects = words.filter((w) => w.head === roots[0].index && w.deprel.startsWith('nsubj'));
    assert.deepEqual(subjects.map((w) => w.text), [subject]);
    const lineStart = text.indexOf(dateline);
    const inDateline = words.filter((w) => w.start < lineStart + dateline.length);
    // the dateline's words point inside the dateline, but for one, which hangs on the root as dep
    const out = inDateline.filter((w) => w.head < 0 || syn.words[w.head].start >= lineStart + dateline.length);
    assert.equal(out.length, 1, dateline);
    assert.equal(out[0].head, roots[0].index);
    assert.equal(out[0].deprel, DATELINE_RELATION);
    for (const w of inDateline) assert.ok(!/^(?:nsubj|obj|iobj|obl)/.test(w.deprel) || syn.words[w.head].start < lineStart + dateline.length, `${w.text} is no argument of the lede`);
  }
});

test('a sentence without a dateline parses as before', () => {
  const text = 'Fishermen hauled a dead whale ashore on Sunday.';
  const syn = parseDocument(text, segment(text), loadSyntaxModel());
  assert.ok(!syn.words.some((w) => w.deprel === DATELINE_RELATION && w.start === 0));
  assert.equal(syn.words.filter((w) => w.head < 0).length, 1);
});
