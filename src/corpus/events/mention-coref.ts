// Event-mention coreference within a set of related documents (an ECB+ topic, a story's
// reports): documents are first grouped by the story they tell — the people, organisations,
// places and dates they name and the words they use — and mentions then corefer when they
// share a head (same lemma, or lemmas the trained pairs say name one event: "killed", "murder");
// verbs of saying stay apart, one act of speech each.

import { REPORTING_LEMMAS } from '../../pipeline/facts/lexicons/events.js';
import { shippedLemmaGroups } from './lemma-pairs.js';

export interface CorefMention {
  key: string;
  doc: string;
  /** Head lemma of the trigger ("arrest" for "arrested", "quake" for "quake"). */
  lemma: string;
  /** Participants named by the mention's clause (resolved entity ids). */
  participants: string[];
  /** Places named by the mention's clause (gazetteer refs). */
  places: string[];
  /** ISO date of the mention's clause, any precision, or null. */
  date: string | null;
}

export interface CorefDocument {
  name: string;
  /** Weighted features of the whole document: entity ids, place refs, dates, content words. */
  features: Map<string, number>;
}

export interface MentionCorefOptions {
  /** Cosine similarity above which two documents tell the same story. */
  storyThreshold: number;
  /** Head lemma → its group of lemmas that name one event ("kill" and "murder"); the shipped model when absent. */
  lemmaGroup?: (lemma: string) => string;
}

export const DEFAULT_MENTION_COREF: MentionCorefOptions = { storyThreshold: 0.05 };

/** Groups documents into stories: average-link agglomerative clustering on TF-IDF cosine. */
export function groupStories(docs: CorefDocument[], threshold: number): Map<string, number> {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.features.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const n = docs.length;
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    let norm = 0;
    for (const [f, tf] of d.features) {
      const w = (1 + Math.log(tf)) * Math.log((n + 1) / (df.get(f)! + 0.5));
      if (w <= 0) continue;
      v.set(f, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [f, w] of v) v.set(f, w / norm);
    return v;
  });
  const cos = (a: Map<string, number>, b: Map<string, number>) => {
    let s = 0;
    const [small, large] = a.size < b.size ? [a, b] : [b, a];
    for (const [f, w] of small) s += w * (large.get(f) ?? 0);
    return s;
  };
  const sim = vectors.map((a) => vectors.map((b) => cos(a, b)));
  let clusters = docs.map((_, i) => [i]);
  for (;;) {
    let best = -1;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < clusters.length; i++)
      for (let j = i + 1; j < clusters.length; j++) {
        let s = 0;
        for (const x of clusters[i]) for (const y of clusters[j]) s += sim[x][y];
        s /= clusters[i].length * clusters[j].length;
        if (s > best) [best, bi, bj] = [s, i, j];
      }
    if (best < threshold || bi < 0) break;
    clusters[bi] = [...clusters[bi], ...clusters[bj]];
    clusters = clusters.filter((_, k) => k !== bj);
  }
  const out = new Map<string, number>();
  clusters.forEach((c, id) => c.forEach((i) => out.set(docs[i].name, id)));
  return out;
}

/** Mention key → cluster id. */
export function clusterEventMentions(mentions: CorefMention[], docs: CorefDocument[], opts: MentionCorefOptions = DEFAULT_MENTION_COREF): Map<string, string> {
  const story = groupStories(docs, opts.storyThreshold);
  const group = opts.lemmaGroup ?? shippedLemmaGroups();
  const out = new Map<string, string>();
  const byKey = new Map<string, CorefMention[]>();
  for (const m of mentions) {
    // each "said" is its own act of speech: a shared verb of saying joins nothing
    const k = REPORTING_LEMMAS.has(m.lemma) ? m.key : `${story.get(m.doc) ?? m.doc}|${group(m.lemma)}`;
    const list = byKey.get(k);
    if (list) list.push(m);
    else byKey.set(k, [m]);
  }
  for (const [k, list] of byKey) for (const m of list) out.set(m.key, k);
  return out;
}
