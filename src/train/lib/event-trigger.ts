// Training and scoring the event-trigger detector on TimeML files: each word of the shipped parse is
// labelled with the class of the <EVENT> that covers it (or none); a multiclass averaged perceptron
// (the parser's PerceptronTrainer over hashed features) learns the labels; shuffling uses a fixed seed, so a rerun gives the
// same weights.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Syntax } from '../../types.js';
import { segment } from '../../pipeline/segment/index.js';
import { parseTimeml } from '../../pipeline/read/timeml.js';
import { TRIGGER_CLASSES, installedLexClass, scoreFeatures, sentenceFeatures, triggerFeatureKey, triggerModel, type TriggerModel } from './event-trigger-model.js';
import { PerceptronTrainer } from '../../pipeline/syntax/linear.js';
import { seededRandom, shuffleInPlace } from '../../seeded-random.js';
import type { ParseFn } from './attribution-parse.js';

export interface TriggerDoc {
  id: string;
  syntax: Syntax;
  /** Per word: its features and gold label (index into TRIGGER_CLASSES). */
  feats: string[][];
  gold: Uint8Array;
}

/** Paths of a file list (one per line, relative to the corpus; blank lines and # comments skipped). */
export function readFileList(path: string): string[] {
  return readFileSync(path, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** One .tml file parsed and labelled: words overlapping an <EVENT> carry its class. */
export function prepareTriggerDoc(corpus: string, file: string, parse: ParseFn): TriggerDoc {
  const t = parseTimeml(readFileSync(join(corpus, file), 'utf8'), file);
  const seg = segment(t.text);
  const syntax = parse(t.text, seg);
  if (!syntax) throw new Error('the event-trigger detector needs the dependency parse (models/parser.bin.gz)');
  const lex = installedLexClass();
  const feats: string[][] = [];
  for (let s = 0; s + 1 < syntax.sentenceWordStart.length; s++) feats.push(...sentenceFeatures(syntax, syntax.sentenceWordStart[s], syntax.sentenceWordStart[s + 1], lex));
  const gold = new Uint8Array(syntax.words.length);
  const events = [...t.events].sort((a, b) => a.start - b.start);
  let e = 0;
  syntax.words.forEach((w, k) => {
    while (e < events.length && events[e].end <= w.start) e++;
    const ev = events[e];
    if (ev && ev.start < w.end && w.start < ev.end) {
      const c = TRIGGER_CLASSES.indexOf(ev.eventClass as (typeof TRIGGER_CLASSES)[number]);
      gold[k] = c > 0 ? c : 1;
    }
  });
  return { id: file, syntax, feats, gold };
}

export interface TriggerTrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are not learnt. */
  minCount: number;
  /** Averaged weights whose largest magnitude is below this are dropped from the shipped model. */
  minWeight: number;
}

/** Trains the detector; weights are quantised to 16-bit integers for shipping. */
export function trainTrigger(docs: TriggerDoc[], o: TriggerTrainOptions): TriggerModel {
  const C = TRIGGER_CLASSES.length;
  const counts = new Map<number, number>();
  const rows = docs.flatMap((d) => d.feats.map((f, k) => ({ keys: Int32Array.from(f, triggerFeatureKey), gold: d.gold[k] })));
  for (const r of rows) for (const key of r.keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  // features seen fewer than minCount times are not learnt
  for (const r of rows) r.keys = r.keys.filter((key) => counts.get(key)! >= o.minCount);
  const trainer = new PerceptronTrainer(C);
  const random = seededRandom(o.seed);
  const scores = new Float32Array(C);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(rows, random);
    for (const r of rows) {
      trainer.score(r.keys, r.keys.length, scores);
      let best = 0;
      for (let k = 1; k < C; k++) if (scores[k] > scores[best]) best = k;
      trainer.update(r.keys, r.keys.length, r.gold, best);
      trainer.tick();
    }
  }
  const avg = trainer.averaged(o.minWeight);
  // rows by ascending key, so the model (and its file) does not depend on the order features were first seen
  const order = Array.from(avg.keys.keys()).sort((a, b) => avg.keys[a] - avg.keys[b]);
  let top = 0;
  for (let i = 0; i < avg.weights.length; i++) top = Math.max(top, Math.abs(avg.weights[i]));
  const scale = top / 32000 || 1;
  const keys = Int32Array.from(order, (r) => avg.keys[r]);
  const weights = new Int16Array(order.length * C);
  order.forEach((r, i) => {
    for (let c = 0; c < C; c++) weights[i * C + c] = Math.round(avg.weights[r * C + c] / scale);
  });
  return triggerModel({ epochs: o.epochs, seed: o.seed, minCount: o.minCount, minWeight: o.minWeight, features: keys.length }, keys, weights, scale);
}

export interface TriggerFigures {
  words: number;
  goldEvents: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of the words found that are events, the share given the gold class. */
  classAccuracy: number;
  byClass: Record<string, { gold: number; found: number }>;
}

/** Word-level event detection P/R/F1 and class accuracy of the model over documents. */
export function scoreTrigger(model: TriggerModel, docs: TriggerDoc[], minMargin = 0): TriggerFigures {
  const C = TRIGGER_CLASSES.length;
  const scores = new Float32Array(C);
  let words = 0, gold = 0, pred = 0, correct = 0, sameClass = 0;
  const byClass: TriggerFigures['byClass'] = {};
  for (const name of TRIGGER_CLASSES.slice(1)) byClass[name] = { gold: 0, found: 0 };
  for (const d of docs) {
    d.feats.forEach((f, k) => {
      words++;
      scoreFeatures(model, f, scores);
      let best = 1;
      for (let c = 2; c < C; c++) if (scores[c] > scores[best]) best = c;
      const isEvent = scores[best] - scores[0] > minMargin;
      const g = d.gold[k];
      if (g) {
        gold++;
        byClass[TRIGGER_CLASSES[g]].gold++;
      }
      if (isEvent) pred++;
      if (isEvent && g) {
        correct++;
        byClass[TRIGGER_CLASSES[g]].found++;
        if (best === g) sameClass++;
      }
    });
  }
  const precision = pred ? correct / pred : 0;
  const recall = gold ? correct / gold : 0;
  const r3 = (x: number) => Math.round(x * 1000) / 1000;
  return { words, goldEvents: gold, predicted: pred, correct, precision: r3(precision), recall: r3(recall), f1: r3(precision + recall ? (2 * precision * recall) / (precision + recall) : 0), classAccuracy: r3(correct ? sameClass / correct : 0), byClass };
}
