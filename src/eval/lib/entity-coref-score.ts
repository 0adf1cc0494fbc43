// Same-entity pairs of gold mentions against the entities Chronicle resolved them to. Two gold
// mentions are one entity for the gold when they share an instance; for Chronicle when the
// mentions they were mapped to share an entity id. A gold mention mapped to nothing is in no
// predicted pair, so missed mentions cost recall. Pairs are counted across documents and within
// them apart, since cross-document resolution is what the score is for.

/** One gold mention and what the pipeline made of it (null: no mention of ours at its head). */
export interface ScoredMention {
  doc: string;
  text: string;
  instance: string;
  /** The gold instance's descriptor, for the census. */
  name: string;
  type: string;
  predicted: { entityId: string; canonical: string; type: string; text: string } | null;
}

export interface PairScore {
  precision: number;
  recall: number;
  f1: number;
  /** Gold pairs, pairs we put in one entity, and both. */
  pairs: number;
  predictedPairs: number;
  correct: number;
  /** Recall over gold pairs whose two mentions were both found: resolution without detection. */
  recallFound: number;
}

export interface EntityCorefScore {
  mentions: number;
  /** Gold mentions with a mention of ours at their head, and with the gold's type. */
  found: number;
  foundRightType: number;
  crossDocument: PairScore;
  withinDocument: PairScore;
  /** Pairs of different gold instances we put in one entity (across and within documents). */
  wrongJoins: number;
}

export interface PairTally {
  pairs: number;
  predicted: number;
  correct: number;
  pairsFound: number;
  correctFound: number;
}

export const emptyPairTally = (): PairTally => ({ pairs: 0, predicted: 0, correct: 0, pairsFound: 0, correctFound: 0 });

export function addPairTally(a: PairTally, b: PairTally): PairTally {
  return {
    pairs: a.pairs + b.pairs,
    predicted: a.predicted + b.predicted,
    correct: a.correct + b.correct,
    pairsFound: a.pairsFound + b.pairsFound,
    correctFound: a.correctFound + b.correctFound,
  };
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function pairScore(t: PairTally): PairScore {
  const p = ratio(t.correct, t.predicted);
  const r = ratio(t.correct, t.pairs);
  return {
    precision: r3(p),
    recall: r3(r),
    f1: r3(p + r === 0 ? 0 : (2 * p * r) / (p + r)),
    pairs: t.pairs,
    predictedPairs: t.predicted,
    correct: t.correct,
    recallFound: r3(ratio(t.correctFound, t.pairsFound)),
  };
}

/** Pair tallies across and within documents, and the wrong joins, of one corpus's mentions. */
export function tallyPairs(mentions: readonly ScoredMention[]): { cross: PairTally; within: PairTally; wrongJoins: number } {
  const cross = emptyPairTally();
  const within = emptyPairTally();
  let wrongJoins = 0;
  for (let i = 0; i < mentions.length; i++) {
    for (let j = i + 1; j < mentions.length; j++) {
      const a = mentions[i];
      const b = mentions[j];
      const t = a.doc === b.doc ? within : cross;
      const same = a.instance === b.instance;
      const found = a.predicted !== null && b.predicted !== null;
      const joined = found && a.predicted!.entityId === b.predicted!.entityId;
      if (same) t.pairs++;
      if (same && found) t.pairsFound++;
      if (joined) t.predicted++;
      if (same && joined) {
        t.correct++;
        t.correctFound++;
      }
      if (joined && !same) wrongJoins++;
    }
  }
  return { cross, within, wrongJoins };
}

export function scoreEntityCoref(mentions: readonly ScoredMention[]): EntityCorefScore {
  const { cross, within, wrongJoins } = tallyPairs(mentions);
  return {
    mentions: mentions.length,
    found: mentions.filter((m) => m.predicted).length,
    foundRightType: mentions.filter((m) => m.predicted?.type === m.type).length,
    crossDocument: pairScore(cross),
    withinDocument: pairScore(within),
    wrongJoins,
  };
}

/**
 * The error census: gold instances spread over several of our entities (split), entities of ours
 * holding several gold instances (joined), and gold mentions with nothing of ours at their head
 * (missed). Each line leads with the pairs it costs (a missed mention: across articles), largest first.
 */
export function entityCorefCensus(mentions: readonly ScoredMention[]): { split: string[]; joined: string[]; missed: string[] } {
  const byInstance = groupBy(mentions.filter((m) => m.predicted), (m) => m.instance);
  const split: Array<[number, string]> = [];
  for (const group of byInstance.values()) {
    const parts = groupBy(group, (m) => m.predicted!.entityId);
    if (parts.size < 2) continue;
    const sizes = [...parts.values()].map((p) => p.length);
    const lost = (sizes.reduce((a, b) => a + b) ** 2 - sizes.reduce((a, b) => a + b * b, 0)) / 2;
    const described = [...parts.values()].map((p) => `${p[0].predicted!.type}:"${p[0].predicted!.canonical}" ← ${forms(p, (m) => m.text)}`);
    split.push([lost, `${lost} pairs  ${group[0].type} ${group[0].name}: ${described.join(' | ')}`]);
  }
  const byEntity = groupBy(mentions.filter((m) => m.predicted), (m) => m.predicted!.entityId);
  const joined: Array<[number, string]> = [];
  for (const group of byEntity.values()) {
    const parts = groupBy(group, (m) => m.instance);
    if (parts.size < 2) continue;
    const sizes = [...parts.values()].map((p) => p.length);
    const wrong = (sizes.reduce((a, b) => a + b) ** 2 - sizes.reduce((a, b) => a + b * b, 0)) / 2;
    const described = [...parts.values()].map((p) => `${p[0].type} ${p[0].name} ← ${forms(p, (m) => m.text)}`);
    joined.push([wrong, `${wrong} pairs  "${group[0].predicted!.canonical}": ${described.join(' | ')}`]);
  }
  // a missed mention costs its pairs with the instance's mentions in other articles
  const crossPairs = (m: ScoredMention) => mentions.filter((o) => o.instance === m.instance && o.doc !== m.doc).length;
  const missed = [...groupBy(mentions.filter((m) => !m.predicted), (m) => `${m.type} "${m.text}"`)].map(([k, v]) => [v.reduce((s, m) => s + crossPairs(m), 0), v.length, k] as const);
  return {
    split: split.sort((a, b) => b[0] - a[0]).map((x) => x[1]),
    joined: joined.sort((a, b) => b[0] - a[0]).map((x) => x[1]),
    missed: missed.sort((a, b) => b[0] - a[0] || b[1] - a[1]).map(([lost, n, k]) => `${lost} pairs  ${n}× ${k}`),
  };
}

function groupBy<T>(items: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) out.set(key(x), [...(out.get(key(x)) ?? []), x]);
  return out;
}

/** Distinct forms with their counts: `"GM" ×4, "General Motors" ×2`. */
function forms<T>(items: readonly T[], text: (x: T) => string): string {
  const counts = new Map<string, number>();
  for (const x of items) counts.set(text(x), (counts.get(text(x)) ?? 0) + 1);
  return [...counts].map(([t, n]) => `"${t}"${n > 1 ? ` ×${n}` : ''}`).join(', ');
}
