// Exact-span precision/recall/F1 with conlleval semantics: a predicted entity counts only when
// its start, end and type all match a gold entity.
import { iobSpans, TYPES, type TokenSpan } from '../../pipeline/entities/tags.js';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface NerScore extends Prf {
  perType: Record<string, Prf>;
  gold: number;
  predicted: number;
  correct: number;
}

export class SpanCounter {
  private correct = new Int32Array(TYPES.length);
  private gold = new Int32Array(TYPES.length);
  private pred = new Int32Array(TYPES.length);

  /** Adds one sentence (or document) given as gold and predicted spans over the same tokens. */
  add(gold: TokenSpan[], pred: TokenSpan[]): void {
    for (const g of gold) this.gold[g.type]++;
    for (const p of pred) {
      this.pred[p.type]++;
      // a sentence holds few names: a scan beats building keys
      for (const g of gold) {
        if (g.start === p.start && g.end === p.end && g.type === p.type) {
          this.correct[p.type]++;
          break;
        }
      }
    }
  }

  addLabels(gold: readonly string[], pred: readonly string[]): void {
    this.add(iobSpans(gold), iobSpans(pred));
  }

  score(): NerScore {
    const sum = (a: Int32Array) => a.reduce((x, y) => x + y, 0);
    const perType: Record<string, Prf> = {};
    TYPES.forEach((t, i) => (perType[t] = prf(this.correct[i], this.gold[i], this.pred[i])));
    const c = sum(this.correct);
    const g = sum(this.gold);
    const p = sum(this.pred);
    return { ...prf(c, g, p), perType, gold: g, predicted: p, correct: c };
  }
}

export function prf(correct: number, gold: number, predicted: number): Prf {
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
