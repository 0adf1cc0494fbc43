// Scores a model on parsed CoNLL documents. Speed is measured over the whole loop (features,
// decoding and scoring), in CPU time and in wall time, in a single pass.
import type { NerModel } from '../../pipeline/entities/model.js';
import { bilouSpans, iobSpans } from '../../pipeline/entities/tags.js';
import { tagDocument } from '../../pipeline/entities/tagger.js';
import type { ConllDoc } from '../../train/lib/conll.js';
import { SpanCounter, type Prf } from './ner-conlleval.js';
import type { NerErrorCounter } from './ner-errors.js';

export interface NerEvalResult extends Prf {
  perType: Record<string, Prf>;
  tokens: number;
  /** Tokens per second of CPU time (robust on a shared machine: waiting for a core does not count). */
  tokensPerSecond: number;
  /** Tokens per second of wall-clock time. */
  wallTokensPerSecond: number;
}

/** errors, when given, also counts each mistake by kind (its CPU time counts in tokensPerSecond). */
export function scoreNer(model: NerModel, docs: ConllDoc[], errors?: NerErrorCounter): NerEvalResult {
  const counter = new SpanCounter();
  let tokens = 0;
  // Warm the JIT on the first few documents (standard benchmarking practice; not counted), then
  // forget their words so the timed pass still computes every distinct word's scores itself.
  for (const doc of docs.slice(0, Math.min(10, docs.length >> 2))) tagDocument(model, { sentences: doc.sentences.map((s) => s.words) });
  model.tagger.forgetWords();
  model.secondPass?.tagger.forgetWords();
  let elapsed = 0;
  const cpu0 = process.cpuUsage();
  for (const doc of docs) {
    const sentences = doc.sentences.map((s) => s.words);
    const t0 = performance.now();
    const tags = tagDocument(model, { sentences });
    elapsed += performance.now() - t0;
    let k = 0;
    for (const s of doc.sentences) {
      const gold = iobSpans(s.labels);
      const pred = bilouSpans(tags.subarray(k, k + s.words.length));
      counter.add(gold, pred);
      errors?.add(gold, pred);
      k += s.words.length;
    }
    tokens += k;
  }
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { precision, recall, f1, perType } = counter.score();
  return {
    precision,
    recall,
    f1,
    perType,
    tokens,
    tokensPerSecond: Math.round(tokens / Math.max(cpuSeconds, 1e-9)),
    wallTokensPerSecond: Math.round(tokens / Math.max(elapsed / 1000, 1e-9)),
  };
}
