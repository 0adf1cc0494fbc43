// TempEval-3 Task A scores for time expressions: strict (same span) and relaxed (overlapping
// span) extraction precision, recall and F1, and value F1 = relaxed F1 × the share of relaxed
// matches whose normalised value is right (likewise for type).
import type { GoldTimex } from '../../pipeline/read/timeml.js';

export interface FoundTimex {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

export interface TimexTally {
  gold: number;
  found: number;
  strict: number;
  relaxed: number;
  rightValue: number;
  rightType: number;
}

export const emptyTally = (): TimexTally => ({ gold: 0, found: 0, strict: 0, relaxed: 0, rightValue: 0, rightType: 0 });

export interface DocTimexScore {
  tally: TimexTally;
  /** Gold expressions nothing overlapped, expressions no gold overlapped, matched ones with a wrong value. */
  missed: GoldTimex[];
  spurious: FoundTimex[];
  wrongValue: Array<{ gold: GoldTimex; found: FoundTimex }>;
}

/** Matches one document's expressions one to one, each gold with the first unused overlapping one (same span first). */
export function scoreTimexes(gold: GoldTimex[], found: FoundTimex[]): DocTimexScore {
  const tally = emptyTally();
  tally.gold = gold.length;
  tally.found = found.length;
  const used = new Set<number>();
  const missed: GoldTimex[] = [];
  const wrongValue: DocTimexScore['wrongValue'] = [];
  for (const g of gold) {
    let idx = found.findIndex((f, i) => !used.has(i) && f.start === g.start && f.end === g.end);
    if (idx < 0) idx = found.findIndex((f, i) => !used.has(i) && f.start < g.end && g.start < f.end);
    if (idx < 0) {
      missed.push(g);
      continue;
    }
    used.add(idx);
    const f = found[idx];
    tally.relaxed++;
    if (f.start === g.start && f.end === g.end) tally.strict++;
    if (f.type === g.type) tally.rightType++;
    if (f.value === g.value) tally.rightValue++;
    else wrongValue.push({ gold: g, found: f });
  }
  return { tally, missed, spurious: found.filter((_, i) => !used.has(i)), wrongValue };
}

export function addTally(a: TimexTally, b: TimexTally): TimexTally {
  return {
    gold: a.gold + b.gold, found: a.found + b.found, strict: a.strict + b.strict, relaxed: a.relaxed + b.relaxed,
    rightValue: a.rightValue + b.rightValue, rightType: a.rightType + b.rightType,
  };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;

function prf(matched: number, found: number, gold: number): { precision: number; recall: number; f1: number } {
  const precision = found ? matched / found : 1;
  const recall = gold ? matched / gold : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: r3(precision), recall: r3(recall), f1: r3(f1) };
}

export interface TimexReport {
  strict: { precision: number; recall: number; f1: number };
  relaxed: { precision: number; recall: number; f1: number };
  /** TempEval-3: relaxed F1 × value accuracy among relaxed matches. */
  value: { f1: number; accuracy: number };
  type: { f1: number; accuracy: number };
  gold: number;
  found: number;
}

export function report(t: TimexTally): TimexReport {
  const relaxed = prf(t.relaxed, t.found, t.gold);
  const valueAccuracy = t.relaxed ? t.rightValue / t.relaxed : 0;
  const typeAccuracy = t.relaxed ? t.rightType / t.relaxed : 0;
  const relaxedF1 = t.found + t.gold ? (2 * t.relaxed) / (t.found + t.gold) : 0;
  return {
    strict: prf(t.strict, t.found, t.gold),
    relaxed,
    value: { f1: r3(relaxedF1 * valueAccuracy), accuracy: r3(valueAccuracy) },
    type: { f1: r3(relaxedF1 * typeAccuracy), accuracy: r3(typeAccuracy) },
    gold: t.gold,
    found: t.found,
  };
}
