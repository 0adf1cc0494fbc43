// eval entity-coref: MEANTIME entity mentions read with their instances, and same-entity pairs
// scored across and within documents on a tiny MEANTIME-shaped corpus of invented articles.
import test from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMeantime } from '../../src/eval/timeml/meantime-read.js';
import { scoreEntityCoref, entityCorefCensus, type ScoredMention } from '../../src/eval/lib/entity-coref-score.js';
import { evaluateEntityCoref } from '../../src/eval/entity-coref.js';
import { mentionAtHead, nameInside } from '../../src/eval/mention-head.js';
import type { SyntaxWord } from '../../src/types.js';
import { tempDir } from '../helpers.js';

/** A MEANTIME-shaped document: tokens, named mentions tied to instances, one product mention. */
function doc(id: string, words: string[], mentions: Array<{ tokens: number[]; type: string; instance: string; syntactic?: string }>): string {
  const tokens = words.map((w, i) => `<token number="${i}" sentence="${i < 3 ? 0 : 1}" t_id="${i + 1}">${w}</token>`).join('\n');
  const marks = mentions
    .map((m, k) => `<ENTITY_MENTION m_id="${k + 1}" syntactic_type="${m.syntactic ?? 'NAM'}">${m.tokens.map((t) => `<token_anchor t_id="${t + 1}"/>`).join('')}</ENTITY_MENTION>`)
    .join('\n');
  const entities = mentions.map((m, k) => `<ENTITY m_id="${100 + k}" ent_type="${m.type}" instance_id="${m.instance}" TAG_DESCRIPTOR="${m.instance}"/>`).join('\n');
  const refs = mentions.map((_, k) => `<REFERS_TO r_id="${k}"><source m_id="${k + 1}"/><target m_id="${100 + k}"/></REFERS_TO>`).join('\n');
  return `<Document doc_id="${id}">\n${tokens}\n<Markables>\n${marks}\n${entities}\n</Markables>\n<Relations>\n${refs}\n</Relations>\n</Document>`;
}

test('entity mentions are read with their type, instance and syntactic type', () => {
  const xml = doc('1', ['Velmora', 'hires', 'staff', 'Ana', 'Holt', 'joined', 'the', 'firm'], [
    { tokens: [0], type: 'ORG', instance: 'ORG_VELMORA' },
    { tokens: [3, 4], type: 'PER', instance: 'PER_HOLT' },
    { tokens: [6, 7], type: 'ORG', instance: 'ORG_VELMORA', syntactic: 'NOM' },
  ]);
  const m = parseMeantime(xml, '1');
  assert.deepEqual(
    m.entities.map((e) => `${e.type} ${e.instance} ${e.syntacticType} ${m.text.slice(e.start, e.end)}`),
    ['ORG ORG_VELMORA NAM Velmora', 'PER PER_HOLT NAM Ana Holt', 'ORG ORG_VELMORA NOM the firm'],
  );
});

const mention = (doc: string, instance: string, entityId: string | null): ScoredMention => ({
  doc,
  text: instance,
  instance,
  name: instance,
  type: 'ORG',
  predicted: entityId ? { entityId, canonical: entityId, type: 'ORG', text: instance } : null,
});

test('pairs across documents and within them; a missed mention costs recall, a join of two instances precision', () => {
  const s = scoreEntityCoref([
    mention('a', 'X', 'e1'),
    mention('a', 'X', 'e1'),
    mention('b', 'X', 'e2'), // split from the X of document a
    mention('b', 'Y', 'e2'), // joined with X in document b
    mention('c', 'X', null), // missed
  ]);
  // across: gold X pairs a-b ×2, a-c ×2, b-c ×1 = 5; ours: none across documents
  assert.deepEqual([s.crossDocument.pairs, s.crossDocument.predictedPairs, s.crossDocument.correct], [5, 0, 0]);
  // within: gold a-a (X,X); ours a-a and b-b (X,Y), one right
  assert.deepEqual([s.withinDocument.pairs, s.withinDocument.predictedPairs, s.withinDocument.correct], [1, 2, 1]);
  assert.equal(s.withinDocument.precision, 0.5);
  assert.equal(s.wrongJoins, 1);
  assert.deepEqual([s.found, s.mentions], [4, 5]);
  const census = entityCorefCensus([mention('a', 'X', 'e1'), mention('b', 'X', 'e2'), mention('b', 'Y', 'e2'), mention('c', 'X', null)]);
  assert.equal(census.split.length, 1);
  assert.equal(census.joined.length, 1);
  // a missed mention costs its pairs with the instance in other articles (here a and b)
  assert.deepEqual(census.missed, ['2 pairs  1× ORG "X"']);
});

test('a corpus folder is analysed and its named mentions mapped to the entities resolution gives', () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus_test');
  mkdirSync(corpus);
  const one = 'Velmora Airlines said on Monday that Mirela Voss would lead its new plant .'.split(' ');
  const two = 'Mirela Voss , the head of Velmora Airlines , visited Oslo on Friday .'.split(' ');
  writeFileSync(join(corpus, '1_one.xml'), doc('1', one, [
    { tokens: [0, 1], type: 'ORG', instance: 'ORG_VELMORA_AIR' },
    { tokens: [6, 7], type: 'PER', instance: 'PER_VOSS' },
    { tokens: [], type: 'PRO', instance: 'PRO_PLANT' },
  ]));
  writeFileSync(join(corpus, '2_two.xml'), doc('2', two, [
    { tokens: [0, 1], type: 'PER', instance: 'PER_VOSS' },
    { tokens: [6, 7], type: 'ORG', instance: 'ORG_VELMORA_AIR' },
    { tokens: [10], type: 'LOC', instance: 'LOC_OSLO' },
  ]));
  const r = evaluateEntityCoref(dir);
  assert.equal(r.corpora.length, 1);
  assert.equal(r.corpora[0].corpus, 'corpus_test');
  assert.equal(r.total.mentions, 5);
  // the same full names in two articles are one entity each: two gold pairs across, both found
  assert.equal(r.total.crossDocument.pairs, 2);
  assert.equal(r.total.found, 5);
  assert.equal(r.total.crossDocument.correct, 2);
  assert.equal(r.total.wrongJoins, 0);
});

test('a gold span ending in punctuation maps to the name at its head word, not at the comma', () => {
  // "Brindle Ltd., said": the span "Brindle Ltd.," ends in a comma the parse attaches outside it
  const text = 'Brindle Ltd., said so';
  const w = (start: number, end: number, upos: string, head: number): SyntaxWord => ({ start, end, text: text.slice(start, end), token: 0, lemma: '', upos, head, deprel: 'dep' });
  const words = [w(0, 7, 'PROPN', 1), w(8, 12, 'PROPN', 3), w(12, 13, 'PUNCT', 3), w(14, 18, 'VERB', -1), w(19, 21, 'ADV', 3)];
  const a = { syntax: { words, sentenceWordStart: [0, 5] }, mentions: [{ start: 0, end: 12, type: 'ORG' as const, text: 'Brindle Ltd.' }] };
  assert.equal(mentionAtHead(a, { start: 0, end: 13 })?.text, 'Brindle Ltd.');
});

test('a named gold mention whose descriptor the parse makes its head maps to the name inside it of its type', () => {
  // "rail operator Velmora Trains said": the parse heads the span at "operator"
  const text = 'rail operator Velmora Trains said';
  const w = (start: number, end: number, upos: string, head: number): SyntaxWord => ({ start, end, text: text.slice(start, end), token: 0, lemma: '', upos, head, deprel: 'dep' });
  const words = [w(0, 4, 'NOUN', 1), w(5, 13, 'NOUN', 4), w(14, 21, 'PROPN', 3), w(22, 28, 'PROPN', 1), w(29, 33, 'VERB', -1)];
  const a = { syntax: { words, sentenceWordStart: [0, 5] }, mentions: [{ start: 14, end: 28, type: 'ORG' as const, text: 'Velmora Trains' }] };
  const gold = { start: 0, end: 28, type: 'ORG', name: 'Velmora Trains' };
  assert.equal(mentionAtHead(a, gold), null);
  assert.equal(nameInside(a, gold)?.text, 'Velmora Trains');
  // a name of another type inside the span is not the mention's
  assert.equal(nameInside(a, { ...gold, type: 'PER' }), null);
  // of two names of its type, the one its instance's descriptor names
  const two = { mentions: [{ start: 0, end: 7, type: 'LOC' as const, text: 'Larkton' }, { start: 20, end: 27, type: 'LOC' as const, text: 'Norland' }] };
  assert.equal(nameInside(two, { start: 0, end: 27, type: 'LOC', name: 'Norland' })?.text, 'Norland');
  assert.equal(nameInside(two, { start: 0, end: 27, type: 'LOC', name: 'Larkton Bay' })?.text, 'Larkton');
  assert.equal(nameInside(two, { start: 0, end: 27, type: 'LOC', name: 'Elsewhere' }), null);
});

test('eval entity-coref finds a named mention behind its descriptor', () => {
  const dir = tempDir();
  const corpus = join(dir, 'corpus_desc');
  mkdirSync(corpus);
  const one = 'Velmora Airlines said on Monday that it would open a new route .'.split(' ');
  // the parse makes "carrier" the head and the name its apposition
  const two = 'The parent company of Nordic carrier Velmora Airlines , has won a contract .'.split(' ');
  writeFileSync(join(corpus, '1_one.xml'), doc('1', one, [{ tokens: [0, 1], type: 'ORG', instance: 'ORG_VELMORA_AIR' }]));
  writeFileSync(join(corpus, '2_two.xml'), doc('2', two, [{ tokens: [4, 5, 6, 7], type: 'ORG', instance: 'ORG_VELMORA_AIR' }]));
  const r = evaluateEntityCoref(dir);
  assert.equal(r.total.found, 2);
  assert.equal(r.total.crossDocument.correct, 1);
});
