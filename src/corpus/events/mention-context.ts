// What the words around two event mentions share: each mention's sentence as a TF-IDF vector over
// its content lemmas (IDF over the sentences of the mentions being compared, so words every
// report of the story uses weigh little), and how often a head recurs in its own document (a
// document's main event is named again and again; a passing event once).
import type { CorefMention } from './mention-pairs.js';
import { cosine, tfidfUnitVector, type SparseVector } from './story-vectors.js';

export interface MentionContext {
  /** Cosine of the two mentions' sentence vectors. */
  contextSimilarity: (a: CorefMention, b: CorefMention) => number;
  /** How many mentions of the document share this mention's head. */
  headCount: (m: CorefMention) => number;
}

export function mentionContext(mentions: readonly CorefMention[]): MentionContext {
  const df = new Map<string, number>();
  const bags = mentions.map((m) => {
    const tf = new Map<string, number>();
    for (const w of m.context ?? []) tf.set(w, (tf.get(w) ?? 0) + 1);
    return tf;
  });
  for (const tf of bags) for (const w of tf.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  const n = mentions.length;
  const vectors = new Map<string, SparseVector>();
  mentions.forEach((m, i) => vectors.set(m.key, tfidfUnitVector(bags[i], df, n, m.lemma)));
  const heads = new Map<string, number>();
  const headOf = (m: CorefMention) => `${m.doc}\t${m.lemma}`;
  for (const m of mentions) heads.set(headOf(m), (heads.get(headOf(m)) ?? 0) + 1);
  return {
    contextSimilarity: (a, b) => {
      const x = vectors.get(a.key);
      const y = vectors.get(b.key);
      return x && y ? cosine(x, y) : 0;
    },
    headCount: (m) => heads.get(headOf(m)) ?? 1,
  };
}
