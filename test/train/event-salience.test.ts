// The event-salience tooling: features of a found event, its label against a gold, and a selector
// that drops what scores below its threshold. Invented sentences.
import test from 'node:test';
import assert from 'node:assert/strict';
import { analyseText } from '../fixtures/analyse-text.js';
import { salienceFeatures } from '../../src/train/lib/event-salience-features.js';
import { keepProbability, losoCeilings, labelEvents, scoreFolds, trainLogistic, salienceFeatureKey, type SalienceDocument } from '../../src/train/lib/event-salience.js';
import type { EventRecord } from '../../src/types.js';

const noLex = () => '';
const TEXT = 'Harbour arrests\n\nCoastguards arrested four smugglers near Dunmore on Tuesday. "They attacked our boat first," a coastguard said.';

function analysed() {
  const a = analyseText(TEXT, { published: '2024-05-09' });
  const doc = { paragraphs: a.doc.paragraphs, segmentation: a.segmentation, syntax: a.syntax, mentions: a.mentions, quotes: a.quotes };
  return { a, feats: salienceFeatures(doc, a.events, noLex) };
}

test('an event\'s features say its type, status, part of speech, arguments, date and whether it is quoted', () => {
  const { a, feats } = analysed();
  const i = a.events.findIndex((e) => e.type === 'arrest');
  assert.ok(i >= 0, a.events.map((e) => `${e.type}:${e.trigger.text}`).join(', '));
  const f = feats[i];
  for (const want of ['b', 't=arrest', 'st=asserted', 'p=VERB', 'l=arrest', 'q=none', 'd=yes', 'rem=false']) assert.ok(f.includes(want), `${want} in ${f.join(' ')}`);
  assert.ok(f.some((x) => x.startsWith('g=') && x !== 'g=absent'), 'the smugglers are its target');
});

test('an event whose trigger is inside a direct quote says so', () => {
  const { a } = analysed();
  const arrest = a.events.find((e) => e.type === 'arrest')!;
  // an attack event on "attacked" inside the quote, whether or not the facts stage found one there
  const at = a.doc.text.indexOf('attacked');
  const quoted: EventRecord = { ...arrest, id: 'q', type: 'attack', trigger: { start: at, end: at + 'attacked'.length, text: 'attacked' }, mentions: undefined, actors: [], targets: [] };
  const doc = { paragraphs: a.doc.paragraphs, segmentation: a.segmentation, syntax: a.syntax, mentions: a.mentions, quotes: a.quotes };
  assert.ok(a.quotes.some((q) => q.kind === 'direct' && q.start <= at && at < q.end), 'the fixture has the direct quote');
  const [plain, inQuote] = salienceFeatures(doc, [arrest, quoted], noLex);
  assert.ok(plain.includes('q=none'), plain.join(' '));
  assert.ok(inQuote.includes('q=direct'), inQuote.join(' '));
  assert.ok(inQuote.includes('l=attack'), `the head of the trigger span is read from the parse: ${inQuote.join(' ')}`);
});

test('events are labelled as eval gold would match them: good, optional, false, or of the wrong type', () => {
  const { a } = analysed();
  const arrest = a.events.find((e) => e.type === 'arrest')!;
  const text = a.doc.text;
  const other: EventRecord = { ...arrest, id: 'x', type: 'raid' };
  const stray: EventRecord = { ...arrest, id: 'y', trigger: { start: text.indexOf('boat'), end: text.indexOf('boat') + 4, text: 'boat' }, mentions: undefined };
  const gold = { events: [{ id: 'e1', type: 'arrest' as const, evidence: 'arrested four smugglers' }] };
  assert.deepEqual(labelEvents(gold, text, [arrest, other, stray]), ['good', 'false', 'false']);
  // with no arrest found, the raid where the gold's arrest is has only the wrong type
  assert.deepEqual(labelEvents(gold, text, [other, stray]), ['wrongType', 'false']);
  assert.deepEqual(labelEvents({ events: [{ ...gold.events[0], optional: true }] }, text, [arrest]), ['neutral']);
  assert.deepEqual(labelEvents({ events: [] }, text, [{ ...stray, status: 'negated' }]), ['unrealised']);
});

test('a selector drops the events scoring below its threshold, and eval gold\'s scorer counts it', () => {
  const { a } = analysed();
  const arrest = a.events.find((e) => e.type === 'arrest')!;
  const text = a.doc.text;
  const at = text.indexOf('boat');
  const stray: EventRecord = { ...arrest, id: 'y', type: 'attack', trigger: { start: at, end: at + 4, text: 'boat' }, mentions: undefined };
  const doc: SalienceDocument = {
    name: 'd', gold: { events: [{ id: 'e1', type: 'arrest', evidence: 'arrested four smugglers' }] }, text, sentences: a.segmentation.sentences,
    events: [arrest, stray], features: [['b', 'kind=keep'], ['b', 'kind=drop']], labels: ['good', 'false'],
  };
  const data = [...Array(10)].flatMap(() => [{ keys: ['b', 'kind=keep'].map(salienceFeatureKey), y: 1 }, { keys: ['b', 'kind=drop'].map(salienceFeatureKey), y: 0 }]);
  const model = trainLogistic(data, { l2: 0.01, epochs: 200 });
  assert.ok(keepProbability(model, ['b', 'kind=keep']) > 0.7);
  assert.ok(keepProbability(model, ['b', 'kind=drop']) < 0.3);
  const fold = [{ name: 'f', docs: [doc] }];
  const prob = (d: SalienceDocument, i: number) => keepProbability(model, d.features[i]);
  assert.deepEqual([scoreFolds(fold, prob, 0).tp, scoreFolds(fold, prob, 0).fp], [1, 1]);
  const kept = scoreFolds(fold, prob, 0.5);
  assert.deepEqual([kept.tp, kept.fp, kept.fn, kept.f1], [1, 0, 0, 1]);
  // a perfect selector drops the false event: F1 2/3 -> 1 on each fold
  assert.equal(losoCeilings([{ name: 'f', docs: [doc] }, { name: 'g', docs: [doc] }]).perfectSelector, 0.333);
});
