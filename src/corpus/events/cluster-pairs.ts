// Second pass of event-mention coreference: whole clusters compared, not single pairs. The first
// pass (average link over mention pairs) gathers each way of naming an event ("captured" in nine
// reports, "arrested" in four); what tells that two such clusters are one event shows only at
// cluster level: the reports of one name it "captured" and the reports of the other "arrested"
// (they take turns, rarely sharing a report, let alone a sentence), both in their reports' leads,
// about one story. A logistic model over these cluster-pair features, trained on ECB+ train topics
// (`chronicle train event-coref`), joins clusters by average link.
import { averageLink } from './agglomerate.js';
import { compareCodeUnits } from './order.js';
import { meanPairSimilarity } from './story-vectors.js';
import { linearScore, sigmoid, type CorefMention, type PairEnvironment } from './mention-pairs.js';

export interface ClusterPairModel {
  features: string[];
  weights: number[];
  bias: number;
  /** Average cluster-pair probability at or above which two clusters join. */
  threshold: number;
}

export const CLUSTER_PAIR_FEATURES = [
  'meanLink', 'maxLink', 'sharedReports', 'sharedSentences', 'reportsApart', 'lead', 'lead×reportsApart',
  'storySimilarity', 'storySimilarity×reportsApart', 'storyRatio', 'storyRatio×reportsApart', 'sameStoryShare', 'sameStoryShare×reportsApart', 'headRate', 'contextCosine', 'sharedArguments', 'logSize', 'bothRepeated',
  'headCosine', 'headCosine×lead', 'wnRelated', 'wnRelated×lead', 'wnRelated×reportsApart',
] as const;

/** Sentence index below which a mention sits in its report's lead (headline and first sentences). */
const LEAD = 3;

/** Pair probabilities of mentions (symmetric matrix, upper triangle filled). */
export type LinkMatrix = Float64Array[];

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

interface ClusterSummary {
  members: number[];
  docs: Set<string>;
  sentences: Set<string>;
  lead: number;
  args: Set<string>;
  lemma: string;
}

function summarise(members: number[], mentions: readonly CorefMention[]): ClusterSummary {
  const lemmas = new Map<string, number>();
  const args = new Set<string>();
  let lead = 0;
  for (const i of members) {
    const m = mentions[i];
    lemmas.set(m.lemma, (lemmas.get(m.lemma) ?? 0) + 1);
    for (const a of [...(m.args ?? []), ...m.participants]) args.add(a);
    if (m.sentence !== undefined && m.sentence < LEAD) lead++;
  }
  const lemma = [...lemmas].sort((x, y) => y[1] - x[1] || compareCodeUnits(x[0], y[0]))[0][0];
  return {
    members,
    docs: new Set(members.map((i) => mentions[i].doc)),
    sentences: new Set(members.map((i) => `${mentions[i].doc}#${mentions[i].sentence}`)),
    lead: lead / members.length,
    args,
    lemma,
  };
}

/** Mean similarity of the documents of distinct mentions: what "alike" means among these reports. */
function meanDocumentSimilarity(mentions: readonly CorefMention[], env: PairEnvironment): number {
  return meanPairSimilarity([...new Set(mentions.map((m) => m.doc))], env.docSimilarity);
}

function clusterPairFeatures(a: ClusterSummary, b: ClusterSummary, mentions: readonly CorefMention[], links: LinkMatrix, env: PairEnvironment, meanSimilarity: number): number[] {
  let sum = 0;
  let max = 0;
  let context = 0;
  let story = 0;
  let storyPairs = 0;
  let sameStory = 0;
  let related = 0;
  for (const i of a.members)
    for (const j of b.members) {
      const p = i < j ? links[i][j] : links[j][i];
      sum += p;
      if (p > max) max = p;
      context += env.contextSimilarity ? env.contextSimilarity(mentions[i], mentions[j]) : 0;
      const r = env.headRelation?.(mentions[i], mentions[j]);
      if (r && (r.synonym || r.derived || r.hypernym)) related++;
      if (mentions[i].doc !== mentions[j].doc) {
        story += env.docSimilarity(mentions[i].doc, mentions[j].doc);
        if (env.sameStory(mentions[i].doc, mentions[j].doc)) sameStory++;
        storyPairs++;
      }
    }
  const pairs = a.members.length * b.members.length;
  const smaller = Math.min(a.docs.size, b.docs.size);
  let sharedDocs = 0;
  for (const d of a.docs) if (b.docs.has(d)) sharedDocs++;
  let sharedSentences = 0;
  for (const s of a.sentences) if (b.sentences.has(s)) sharedSentences++;
  const shared = sharedDocs / smaller;
  const apart = 1 - shared;
  const lead = a.lead * b.lead;
  const storySimilarity = storyPairs ? story / storyPairs : 0;
  // how much more alike these reports are than the set's average pair, capped (1: four times as alike)
  const storyRatio = meanSimilarity > 0 ? Math.min(4, storySimilarity / meanSimilarity) / 4 : 0;
  const sameStoryShare = storyPairs ? sameStory / storyPairs : 0;
  const repeated = (c: ClusterSummary) => (c.docs.size > 1 ? 1 : 0);
  // the clusters' usual heads compared by the company they keep in unlabeled text
  const headCosine = a.lemma !== b.lemma && env.headSimilarity ? env.headSimilarity(a.lemma, b.lemma) : 0;
  // share of the clusters' mention pairs whose heads WordNet relates: "foiled" and "thwarted" named in turns
  const wnRelated = related / pairs;
  return [
    sum / pairs, max, shared, sharedSentences / Math.min(a.sentences.size, b.sentences.size), apart, lead, lead * apart,
    storySimilarity, storySimilarity * apart, storyRatio, storyRatio * apart, sameStoryShare, sameStoryShare * apart, env.headRate(a.lemma, b.lemma).rate, context / pairs, jaccard(a.args, b.args),
    Math.log(pairs) / 5, repeated(a) * repeated(b),
    headCosine, headCosine * lead, wnRelated, wnRelated * lead, wnRelated * apart,
  ];
}

/** Probability that two clusters are one event. */
function clusterLink(model: Pick<ClusterPairModel, 'weights' | 'bias'> & { features?: readonly string[] }, x: number[]): number {
  return sigmoid(linearScore(model, x, CLUSTER_PAIR_FEATURES));
}

/** First-pass clusters (owner index per mention) as member lists. */
export function clustersOf(owner: readonly number[]): number[][] {
  const groups = new Map<number, number[]>();
  owner.forEach((o, i) => {
    const list = groups.get(o);
    if (list) list.push(i);
    else groups.set(o, [i]);
  });
  return [...groups.values()];
}

/** Features of every pair of first-pass clusters: [cluster index, cluster index, features]. */
export function clusterPairs(clusters: number[][], mentions: readonly CorefMention[], links: LinkMatrix, env: PairEnvironment): Array<[number, number, number[]]> {
  const summaries = clusters.map((c) => summarise(c, mentions));
  const meanSimilarity = meanDocumentSimilarity(mentions, env);
  const out: Array<[number, number, number[]]> = [];
  for (let i = 0; i < clusters.length; i++)
    for (let j = i + 1; j < clusters.length; j++) out.push([i, j, clusterPairFeatures(summaries[i], summaries[j], mentions, links, env, meanSimilarity)]);
  return out;
}

/** Joins first-pass clusters by average link on the cluster-pair model; returns each mention's owner index. */
export function joinClusters(clusters: number[][], pairs: Array<[number, number, number[]]>, model: Pick<ClusterPairModel, 'weights' | 'bias'> & { features?: readonly string[] }, threshold: number, count: number): number[] {
  const p = Array.from({ length: clusters.length }, () => new Float64Array(clusters.length));
  for (const [i, j, x] of pairs) p[i][j] = clusterLink(model, x);
  const owner = averageLink(clusters.length, (i, j) => p[i][j], threshold);
  const out = new Array<number>(count).fill(0);
  clusters.forEach((c, k) => {
    for (const m of c) out[m] = clusters[owner[k]][0];
  });
  return out;
}
