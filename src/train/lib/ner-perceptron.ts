// Averaged structured perceptron over BILOU tags (Collins 2002), with lazy averaging:
// avg = w − u / c where u accumulates c·Δ. Features are interned to dense rows once, so an epoch
// is decoding plus a few additions per mistaken token. Several runs with different shuffling
// seeds are averaged into one linear model (bagging): steadier than any single run, and free
// at tagging time.
import { decodeDocument, TRANS_SIZE, type DocRows, type LinearParams } from '../../pipeline/entities/decode.js';
import { FeatureExtractor, historyHash, type DocFeatures, type NerResources } from '../../pipeline/entities/features.js';
import { passOneFeatures } from '../../pipeline/entities/pass-one.js';
import { IntTable } from '../../pipeline/hash.js';
import { bilouFromIob, bilouSpans, NUM_TAGS } from '../../pipeline/entities/tags.js';
import { SpanCounter, type NerScore } from '../../eval/lib/ner-conlleval.js';
import type { ConllDoc } from './conll.js';
import { seededRandom, shuffleInPlace } from '../../seeded-random.js';

export interface TrainOptions {
  epochs: number;
  /** Shuffling seed of the first run; run r uses seed + r. */
  seed: number;
  /** Runs averaged into the final weights (default 1). */
  runs?: number;
  /** Epochs of each run, overriding `epochs` (a refit for as long as each run's selection chose). */
  epochsPerRun?: number[];
  /** Share of training passes over a document that leave out its context-aggregation features (0: none). */
  dropContexts?: number;
  /** First-pass tags of every training and selection document: trains a second pass on them (pass-one.ts). */
  passOne?: Map<ConllDoc, Uint8Array>;
  /** Called per processed document (progress bars). */
  onDoc?: () => void;
  /** Called after each epoch of each run with the selection-set score of that run's averaged weights. */
  onEpoch?: (epoch: number, dev: NerScore | null, seconds: number, run: number) => void;
}

export interface TrainedWeights {
  keys: Int32Array;
  weights: Float32Array;
  trans: Float32Array;
  /** Epoch kept by each run (best on the selection set, or the last without one). */
  bestEpochs: number[];
  /** Selection-set score of the final (run-averaged) weights. */
  dev: NerScore | null;
}

interface PreparedDoc extends DocRows {
  gold: Uint8Array;
  /** The same document without the context-aggregation features (see TrainOptions.dropContexts). */
  local?: DocRows;
}

interface Prepared {
  keys: Int32Array;
  table: IntTable;
  docs: PreparedDoc[];
  dev: Array<{ doc: ConllDoc; rows: DocRows }>;
}

export function trainPerceptron(train: ConllDoc[], dev: ConllDoc[] | null, res: NerResources, opts: TrainOptions): TrainedWeights {
  const data = prepare(train, dev, res, (opts.dropContexts ?? 0) > 0, opts.passOne);
  const runs: TrainedWeights[] = [];
  for (let r = 0; r < (opts.runs ?? 1); r++) runs.push(trainRun(data, dev !== null, opts, r));
  if (runs.length === 1) return runs[0];
  const weights = new Float32Array(runs[0].weights.length);
  const trans = new Float32Array(TRANS_SIZE);
  for (const run of runs) {
    for (let i = 0; i < weights.length; i++) weights[i] += run.weights[i] / runs.length;
    for (let i = 0; i < trans.length; i++) trans[i] += run.trans[i] / runs.length;
  }
  const histLookup = (h: number) => data.table.get(h);
  const score = dev ? scoreDocs({ weights, trans }, data.dev, histLookup) : null;
  return { keys: data.keys, weights, trans, bestEpochs: runs.flatMap((r) => r.bestEpochs), dev: score };
}

/** Interns every training feature to a dense row and precomputes the rows of train and dev documents. */
function prepare(train: ConllDoc[], dev: ConllDoc[] | null, res: NerResources, dropContexts: boolean, passOne?: TrainOptions['passOne']): Prepared {
  const extractor = new FeatureExtractor(res);
  const table = new IntTable(1 << 20);
  let nRows = 0;
  const keyList: number[] = [];
  const intern = (h: number) => {
    let r = table.get(h);
    if (r < 0) {
      r = nRows++;
      table.set(h, r);
      keyList.push(h);
    }
    return r;
  };
  for (let v = 0; v < 6; v++) for (let cap = 0; cap < 2; cap++) intern(historyHash(v, cap));
  const internAll = (hashes: Int32Array) => {
    const rows = new Int32Array(hashes.length);
    for (let i = 0; i < rows.length; i++) rows[i] = intern(hashes[i]);
    return rows;
  };
  const secondPass = (tags: Uint8Array | undefined, f: DocFeatures) => (tags ? passOneFeatures(tags, f) : undefined);
  const docs: PreparedDoc[] = train.map((d) => {
    const tokens = { sentences: d.sentences.map((s) => s.words) };
    const p1 = secondPass(passOne?.get(d), extractor.document(tokens, false));
    const f = extractor.document(tokens, true, p1);
    const rows = internAll(f.hashes);
    let local: DocRows | undefined;
    if (dropContexts) {
      const l = extractor.document(tokens, false, p1);
      local = { ...l, rows: internAll(l.hashes) };
    }
    const gold = new Uint8Array(f.lower.length);
    let k = 0;
    for (const s of d.sentences) {
      gold.set(bilouFromIob(s.labels), k);
      k += s.words.length;
    }
    return { ...f, rows, gold, local };
  });
  const devPrepared = (dev ?? []).map((d) => {
    const tokens = { sentences: d.sentences.map((s) => s.words) };
    const p1 = secondPass(passOne?.get(d), extractor.document(tokens, false));
    const f = extractor.document(tokens, true, p1);
    const rows = new Int32Array(f.hashes.length);
    for (let i = 0; i < rows.length; i++) rows[i] = table.get(f.hashes[i]);
    return { doc: d, rows: { ...f, rows } as DocRows };
  });
  return { keys: Int32Array.from(keyList), table, docs, dev: devPrepared };
}

/** One perceptron run (seed + run), keeping the epoch best on the selection set (`dev` here). */
function trainRun(data: Prepared, hasDev: boolean, opts: TrainOptions, run: number): TrainedWeights {
  const prepared = data.docs;
  const nRows = data.keys.length;
  const T = NUM_TAGS;
  const w = new Float32Array(nRows * T);
  const u = new Float64Array(nRows * T);
  const tr = new Float32Array(TRANS_SIZE);
  const tu = new Float64Array(TRANS_SIZE);
  const live: LinearParams = { weights: w, trans: tr };
  let c = 1;
  const rand = seededRandom(opts.seed + run);
  const order = prepared.map((_, i) => i);
  const histLookup = (h: number) => data.table.get(h);
  let best: TrainedWeights | null = null;

  const bump = (rows: Int32Array, from: number, to: number, histRow: number, good: number, bad: number) => {
    for (let f = from; f <= to; f++) {
      const r = f === to ? histRow : rows[f];
      if (r < 0) continue;
      const o = r * T;
      w[o + good] += 1;
      u[o + good] += c;
      w[o + bad] -= 1;
      u[o + bad] -= c;
    }
  };
  const bumpTrans = (i: number, d: number) => {
    tr[i] += d;
    tu[i] += c * d;
  };

  const epochs = opts.epochsPerRun?.[run] ?? opts.epochs;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = Date.now();
    shuffleInPlace(order, rand);
    for (const di of order) {
      const full = prepared[di];
      // some passes see the document without its aggregated contexts, so the local features
      // keep their weight and the aggregated ones cannot take over (feature dropout)
      const d = full.local && rand() < (opts.dropContexts ?? 0) ? { ...full.local, gold: full.gold } : full;
      const pred = new Uint8Array(d.gold.length);
      const histRows = new Int32Array(d.gold.length);
      decodeDocument(live, d, histLookup, pred, histRows);
      let k0 = 0;
      for (const n of d.sentenceLengths) {
        let wrong = false;
        for (let i = 0; i < n; i++) if (pred[k0 + i] !== d.gold[k0 + i]) wrong = true;
        if (wrong) {
          for (let i = 0; i < n; i++) {
            const k = k0 + i;
            const g = d.gold[k];
            const p = pred[k];
            if (g !== p) bump(d.rows, d.offsets[k], d.offsets[k + 1], histRows[k], g, p);
            const gPrev = i === 0 ? -1 : d.gold[k - 1];
            const pPrev = i === 0 ? -1 : pred[k - 1];
            if (gPrev !== pPrev || g !== p) {
              bumpTrans(gPrev < 0 ? T * T + g : gPrev * T + g, 1);
              bumpTrans(pPrev < 0 ? T * T + p : pPrev * T + p, -1);
            }
          }
          const last = k0 + n - 1;
          if (d.gold[last] !== pred[last]) {
            bumpTrans(T * T + T + d.gold[last], 1);
            bumpTrans(T * T + T + pred[last], -1);
          }
        }
        c++;
        k0 += n;
      }
      opts.onDoc?.();
    }
    const avg: LinearParams = { weights: average(w, u, c), trans: average(tr, tu, c) };
    const score = hasDev ? scoreDocs(avg, data.dev, histLookup) : null;
    opts.onEpoch?.(epoch, score, (Date.now() - started) / 1000, run);
    if (!best || (score && best.dev && score.f1 > best.dev.f1) || !score) {
      best = { keys: data.keys, weights: avg.weights, trans: avg.trans, bestEpochs: [epoch], dev: score };
    }
  }
  if (!best) throw new Error('no epochs run');
  return best;
}

function average(w: Float32Array, u: Float64Array, c: number): Float32Array {
  const out = new Float32Array(w.length);
  for (let i = 0; i < w.length; i++) out[i] = w[i] - u[i] / c;
  return out;
}

function scoreDocs(p: LinearParams, docs: Array<{ doc: ConllDoc; rows: DocRows }>, hist: (h: number) => number): NerScore {
  const counter = new SpanCounter();
  for (const { doc, rows } of docs) {
    const pred = new Uint8Array(rows.lower.length);
    decodeDocument(p, rows, hist, pred, new Int32Array(pred.length));
    let k = 0;
    for (const s of doc.sentences) {
      counter.add(bilouSpans(bilouFromIob(s.labels)), bilouSpans(pred.subarray(k, k + s.words.length)));
      k += s.words.length;
    }
  }
  return counter.score();
}


