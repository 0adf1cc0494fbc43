// Training and scoring the event-trigger detector on TimeML files: each word of the shipped parse is
// labelled with the class of the <EVENT> that covers it (or none); a multiclass averaged perceptron
// (Collins 2002, lazy averaging) learns the labels; shuffling uses a fixed seed, so a rerun gives the
// same weights.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Syntax } from '../../types.js';
import { segment } from '../../pipeline/segment/index.js';
import { parseTimeml } from '../../pipeline/read/timeml.js';
import { TRIGGER_CLASSES, installedLexClass, scoreFeatures, sentenceFeatures, type TriggerModel } from './event-trigger-model.js';
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
  const counts = new Map<string, number>();
  for (const d of docs) for (const f of d.feats) for (const x of f) counts.set(x, (counts.get(x) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [k, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (n >= o.minCount) index.set(k, index.size);
  const w = new Float64Array(index.size * C);
  const u = new Float64Array(index.size * C);
  const rows = docs.flatMap((d) => d.feats.map((f, k) => ({ ids: f.map((x) => index.get(x) ?? -1).filter((i) => i >= 0), gold: d.gold[k] })));
  const random = seededRandom(o.seed);
  let c = 1;
  const scores = new Float64Array(C);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffleInPlace(rows, random);
    for (const r of rows) {
      scores.fill(0);
      for (const i of r.ids) for (let k = 0; k < C; k++) scores[k] += w[i * C + k];
      let best = 0;
      for (let k = 1; k < C; k++) if (scores[k] > scores[best]) best = k;
      if (best !== r.gold) {
        for (const i of r.ids) {
          w[i * C + r.gold] += 1;
          u[i * C + r.gold] += c;
          w[i * C + best] -= 1;
          u[i * C + best] -= c;
        }
      }
      c++;
    }
  }
  const avg = new Float64Array(w.length);
  let top = 0;
  for (let i = 0; i < w.length; i++) {
    avg[i] = w[i] - u[i] / c;
    top = Math.max(top, Math.abs(avg[i]));
  }
  const scale = top / 32000 || 1;
  const weights = new Map<string, Int16Array>();
  for (const [k, i] of index) {
    const row = avg.subarray(i * C, i * C + C);
    if (Math.max(...row.map(Math.abs)) < o.minWeight) continue;
    weights.set(k, Int16Array.from(row, (x) => Math.round(x / scale)));
  }
  return { info: { epochs: o.epochs, seed: o.seed, minCount: o.minCount, minWeight: o.minWeight, features: weights.size }, weights, scale };
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
  const scores = new Float64Array(C);
  let words = 0, gold = 0, pred = 0, correct = 0, sameClass = 0;
  const byClass: TriggerFigures['byClass'] = {};
  for (const name of TRIGGER_CLASSES.slice(1)) byClass[name] = { gold: 0, found: 0 };
  for (const d of docs) {
    d.feats.forEach((f, k) => {
      words++;
      scoreFeatures(model, f, scores);
      let best = 1;
      for (let c = 2; c < C; c++) if (scores[c] > scores[best]) best = c;
      const isEvent = (scores[best] - scores[0]) * model.scale > minMargin;
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
