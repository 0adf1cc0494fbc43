// Review fixes to the names work: a hyphen-joined word is split only when every capitalised part is
// a name of its own; a trailing weekday is cut only when it is no part of the name; one list of
// faith and people words serves both rules that read it. Sentences are our own.
import test from 'node:test';
import assert from 'node:assert/strict';
import type { Mention } from '../../../src/types.js';
import { splitHyphenatedNames } from '../../../src/pipeline/entities/hyphen-parts.js';
import { trimSpanEdges } from '../../../src/pipeline/entities/span-edges.js';
import { applyPostRules } from '../../../src/pipeline/entities/postrules.js';
import { harmoniseTypes } from '../../../src/pipeline/entities/consistency.js';
import { parseGroupWords, shippedGroupWords } from '../../../src/pipeline/entities/group-words.js';
import { analyseText } from '../../fixtures/analyse-text.js';
import { mentionAt as at } from '../../fixtures/entities/mentions.js';

const shown = (ms: Mention[]) => ms.map((m) => `${m.type}:${m.text}`);

test('a hyphenated word with a capitalised part the article does not name stays one MISC name', () => {
  const text = 'Norvia rejected the claim. Historians revisited the Norvia-Gresham scandal in Tallow.';
  const ms = [at(text, 'Norvia', 'LOC'), at(text, 'Norvia-Gresham', 'MISC'), at(text, 'Tallow', 'LOC')];
  assert.deepEqual(shown(splitHyphenatedNames(text, ms)), ['LOC:Norvia', 'MISC:Norvia-Gresham', 'LOC:Tallow']);
});

test('a lower-case part does not stop the split; every capitalised part named makes parts', () => {
  const text = 'Ilse Marrow spoke after Kovac left. The anti-Marrow camp and the Marrow-Kovac feud grew.';
  const ms = [at(text, 'Ilse Marrow', 'PER'), at(text, 'Kovac', 'PER'), at(text, 'anti-Marrow', 'MISC'), at(text, 'Marrow-Kovac', 'MISC')];
  assert.deepEqual(shown(splitHyphenatedNames(text, ms)), ['PER:Ilse Marrow', 'PER:Kovac', 'PER:Marrow', 'PER:Marrow', 'PER:Kovac']);
});

test('a name that ends in a weekday keeps it; a weekday after a name of its own is cut', () => {
  const text = 'Lucky Thursday opened a diner in Pell. Lucky Thursday runs 40 diners, the chain told the Corn Exchange Friday.';
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  const ms = [at(text, 'Lucky Thursday', 'ORG'), at(text, 'Pell', 'LOC'), at(text, 'Lucky Thursday', 'ORG', 10), at(text, 'Corn Exchange Friday', 'ORG')];
  assert.deepEqual(shown(trimSpanEdges(ms, syntax)), ['ORG:Lucky Thursday', 'LOC:Pell', 'ORG:Lucky Thursday', 'ORG:Corn Exchange']);
});

test('a weekday after a preposition in the name stays; one the article leaves off elsewhere is cut', () => {
  const text = 'Readers of the Gazette on Sunday wrote in. Police in Kestol Monday said Kestol was calm.';
  const syntax = analyseText(text, { until: 'syntax' }).syntax;
  const ms = [at(text, 'Gazette on Sunday', 'ORG'), at(text, 'Kestol Monday', 'LOC'), at(text, 'Kestol', 'LOC', 70)];
  assert.deepEqual(shown(trimSpanEdges(ms, syntax)), ['ORG:Gazette on Sunday', 'LOC:Kestol', 'LOC:Kestol']);
});

test('group words: every form is a group word, plurals and one-form words name many people', () => {
  const g = parseGroupWords('# note\nMonist Monists\nDruze\nTurkmen Turkmen Turkmens\n');
  assert.deepEqual([...g.all].sort(), ['Druze', 'Monist', 'Monists', 'Turkmen', 'Turkmens']);
  assert.deepEqual([...g.plural].sort(), ['Druze', 'Monists', 'Turkmen', 'Turkmens']);
  const shipped = shippedGroupWords();
  assert.ok(shipped.all.has('Christian') && !shipped.plural.has('Christian') && shipped.plural.has('Yazidis'));
});

test('a plural group word the tagger typed as a person is MISC', () => {
  const text = 'Elders said Yazidis and Sunnis had met.';
  const out = applyPostRules(text, [at(text, 'Yazidis', 'PER'), at(text, 'Sunnis', 'ORG')]);
  assert.deepEqual(shown(out), ['MISC:Yazidis', 'MISC:Sunnis']);
});

test('a lone word the tagger calls MISC that WordNet knows only as a feast or prize is no lone name part', () => {
  const text = 'Dana Easter and Lou Velk met. Easter came, Velk said.';
  const ms = [at(text, 'Dana Easter', 'PER'), at(text, 'Lou Velk', 'PER'), at(text, 'Easter', 'MISC', 20), at(text, 'Velk', 'MISC', 40)];
  assert.deepEqual(shown(harmoniseTypes(ms)), ['PER:Dana Easter', 'PER:Lou Velk', 'MISC:Easter', 'PER:Velk']);
});
