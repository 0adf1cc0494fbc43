// Where event-coreference errors sit, topic by topic: each topic's scores beside the shape of its
// clusterings (how many clusters, how many singletons) and its links (right, wrong, missing), so a
// low CEAF-e can be told apart as too many small clusters or too few large ones.
import { corefScores, type Clustering, type CorefScores } from './scores.js';

export interface TopicBreakdown {
  topic: string;
  mentions: number;
  scores: CorefScores;
  /** Clusters in gold and in the response, and how many of each hold one mention. */
  goldClusters: number;
  responseClusters: number;
  goldSingletons: number;
  responseSingletons: number;
  /** Mention pairs the response joins that gold joins (right), that gold keeps apart (wrong), and gold pairs the response misses. */
  rightLinks: number;
  wrongLinks: number;
  missingLinks: number;
}

function sizes(c: Clustering, keys: readonly string[]): number[] {
  const count = new Map<string, number>();
  for (const k of keys) {
    const id = c.get(k) ?? k;
    count.set(id, (count.get(id) ?? 0) + 1);
  }
  return [...count.values()];
}

/**
 * The breakdown of one topic's gold mentions (`keys`) under gold `key` and `response`. A gold mention
 * the response lacks is a singleton there; a response mention gold lacks (a predicted one) stays in
 * the response only, so its wrong links count as they do in the overall score.
 */
export function topicBreakdown(topic: string, keys: readonly string[], key: Clustering, response: Clustering): TopicBreakdown {
  const goldKeys = new Set(keys);
  const responseKeys = [...keys, ...[...response.keys()].filter((m) => !goldKeys.has(m))];
  const k: Clustering = new Map(keys.map((m) => [m, key.get(m) ?? m]));
  const r: Clustering = new Map(responseKeys.map((m) => [m, response.get(m) ?? m]));
  const all = responseKeys;
  let right = 0;
  let wrong = 0;
  let missing = 0;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const gold = k.has(all[i]) && k.has(all[j]) && k.get(all[i]) === k.get(all[j]);
      const said = r.get(all[i]) === r.get(all[j]);
      if (gold && said) right++;
      else if (said) wrong++;
      else if (gold) missing++;
    }
  const gs = sizes(k, keys);
  const rs = sizes(r, responseKeys);
  return {
    topic,
    mentions: keys.length,
    scores: corefScores(k, r),
    goldClusters: gs.length,
    responseClusters: rs.length,
    goldSingletons: gs.filter((n) => n === 1).length,
    responseSingletons: rs.filter((n) => n === 1).length,
    rightLinks: right,
    wrongLinks: wrong,
    missingLinks: missing,
  };
}

/** One line a topic, for the plain-text report. */
export function breakdownLine(b: TopicBreakdown): string {
  const f = (x: number) => x.toFixed(3);
  return `topic ${b.topic.padStart(3)}: ${String(b.mentions).padStart(4)} mentions  CoNLL ${f(b.scores.conllF1)} (MUC ${f(b.scores.muc.f1)} B3 ${f(b.scores.b3.f1)} CEAF-e ${f(b.scores.ceafe.f1)})  clusters ${b.responseClusters}/${b.goldClusters} gold, singletons ${b.responseSingletons}/${b.goldSingletons}  links right ${b.rightLinks} wrong ${b.wrongLinks} missing ${b.missingLinks}`;
}
