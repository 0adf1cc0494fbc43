// Event-mention coreference within a set of related documents (an ECB+ topic, a story's
// reports). With the trained pair model (models/event-coref.json), every pair of mentions gets a
// probability of naming one event (mention-pairs.ts) and mentions are joined by average link while
// that probability holds; a second pass then joins whole clusters (cluster-pairs.ts). Without it, documents are grouped into stories by what they name and
// mentions corefer when they share a head (same lemma, or a learned pair: "killed", "murder").
// Verbs of saying stay apart either way when the model says so: one act of speech each.
import { existsSync, readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';
import { REPORTING_LEMMAS } from '../../pipeline/lexicons/events.js';
import { shippedLemmaGroups } from './lemma-pairs.js';
import { averageLink } from './agglomerate.js';
import { clusterPairs, clustersOf, joinClusters, type LinkMatrix } from './cluster-pairs.js';
import { mentionContext } from './mention-context.js';
import { headSimilarity, type HeadVectorModel } from './head-vectors.js';
import { headRelations, type HeadRelation, type SenseHead } from './head-senses.js';
import { installedWordNet } from '../../pipeline/lexicons/wordnet.js';
import { documentSimilarity, documentVectors, cosine, meanPairSimilarity, type CorefDocument } from './story-vectors.js';
import { headKey, headRates, linkProbability, pairFeatures, type CorefMention, type HeadTally, type PairEnvironment, type PairModel } from './mention-pairs.js';

export type { CorefDocument } from './story-vectors.js';
export type { CorefMention } from './mention-pairs.js';

export interface MentionCorefOptions {
  /** Cosine similarity above which two documents tell the same story (the head-only fallback). */
  storyThreshold: number;
  /** Head lemma → its group of lemmas that name one event ("kill" and "murder"); the shipped model when absent. */
  lemmaGroup?: (lemma: string) => string;
  /** The pair model; the shipped one when absent, `null` for the head-only fallback. */
  model?: PairModel | null;
  /** Overrides the model's clustering threshold. */
  threshold?: number;
  /** Head word vectors for the pair model's headCosine features (absent: those features read 0). */
  headVectors?: HeadVectorModel | null;
}

export const DEFAULT_MENTION_COREF: MentionCorefOptions = { storyThreshold: 0.05 };

/** Groups documents into stories: average-link agglomerative clustering on TF-IDF cosine. */
export function groupStories(docs: CorefDocument[], threshold: number): Map<string, number> {
  const vectors = documentVectors(docs);
  const owner = averageLink(docs.length, (i, j) => cosine(vectors[i], vectors[j]), threshold);
  return new Map(docs.map((d, i) => [d.name, owner[i]]));
}

let shippedModel: PairModel | null | undefined;

/** The pair model that ships in models/ (null when absent). */
export function shippedPairModel(): PairModel | null {
  if (shippedModel !== undefined) return shippedModel;
  const file = projectPath('models', 'event-coref.json');
  return (shippedModel = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PairModel) : null);
}

let wordNetRelation: ((a: SenseHead, b: SenseHead) => HeadRelation) | null | undefined;

/** Head relations from the installed WordNet, one cache per process; null without the package. */
function installedHeadRelations(): ((a: SenseHead, b: SenseHead) => HeadRelation) | null {
  if (wordNetRelation === undefined) {
    const wn = installedWordNet();
    wordNetRelation = wn ? headRelations(wn) : null;
  }
  return wordNetRelation;
}

/** What the pair model reads beside the mentions: document similarity and head-pair rates. */
export function pairEnvironment(docs: CorefDocument[], mentions: readonly CorefMention[], model: Pick<PairModel, 'heads' | 'priors' | 'storyThreshold'>, vectors?: HeadVectorModel | null): PairEnvironment {
  const tally = new Map<string, HeadTally>(model.heads.map(([a, b, linked, seen]) => [headKey(a, b), { linked, seen }]));
  return storyEnvironment(docs, mentions, model.storyThreshold, headRates(tally, model.priors), vectors);
}

/** Document similarity and stories of a set of documents, the mentions' sentences, with the given head rates (and head vectors). */
export function storyEnvironment(docs: CorefDocument[], mentions: readonly CorefMention[], storyThreshold: number, headRate: PairEnvironment['headRate'], vectors?: HeadVectorModel | null): PairEnvironment {
  const story = groupStories(docs, storyThreshold);
  const docSimilarity = documentSimilarity(docs);
  const mean = meanPairSimilarity(docs.map((d) => d.name), docSimilarity);
  // how much more alike two reports are than the set's average pair, capped (1: four times as alike)
  const docRatio = (a: string, b: string) => (mean > 0 ? Math.min(4, docSimilarity(a, b) / mean) / 4 : 0);
  const relation = installedHeadRelations();
  return {
    docSimilarity, docRatio, sameStory: (a, b) => story.get(a) === story.get(b), headRate, ...mentionContext(mentions),
    ...(vectors ? { headSimilarity: headSimilarity(vectors) } : {}),
    ...(relation ? { headRelation: relation } : {}),
  };
}

/** Pair probabilities of all mentions (upper triangle). */
export function linkMatrix(mentions: readonly CorefMention[], env: PairEnvironment, model: Pick<PairModel, 'weights' | 'bias'> & { features?: readonly string[] }): LinkMatrix {
  const n = mentions.length;
  const p = Array.from({ length: n }, () => new Float64Array(n));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) p[i][j] = linkProbability(model, pairFeatures(mentions[i], mentions[j], env));
  return p;
}

/** Mention key → cluster id, by the pair model and average link, then (when the model has one) the cluster-pair pass. */
export function clusterByModel(mentions: CorefMention[], env: PairEnvironment, model: Pick<PairModel, 'weights' | 'bias' | 'clusters'> & { features?: readonly string[] }, threshold: number): Map<string, string> {
  const links = linkMatrix(mentions, env, model);
  let owner = averageLink(mentions.length, (i, j) => links[i][j], threshold);
  if (model.clusters) {
    const clusters = clustersOf(owner);
    owner = joinClusters(clusters, clusterPairs(clusters, mentions, links, env), model.clusters, model.clusters.threshold, mentions.length);
  }
  return new Map(mentions.map((m, i) => [m.key, mentions[owner[i]].key]));
}

/** Mention key → cluster id. */
export function clusterEventMentions(mentions: CorefMention[], docs: CorefDocument[], opts: MentionCorefOptions = DEFAULT_MENTION_COREF): Map<string, string> {
  const model = opts.model === undefined ? shippedPairModel() : opts.model;
  if (model) return clusterByModel(mentions, pairEnvironment(docs, mentions, model, opts.headVectors), model, opts.threshold ?? model.threshold);
  const story = groupStories(docs, opts.storyThreshold);
  const group = opts.lemmaGroup ?? shippedLemmaGroups();
  const out = new Map<string, string>();
  for (const m of mentions) {
    // each "said" is its own act of speech: a shared verb of saying joins nothing
    out.set(m.key, REPORTING_LEMMAS.has(m.lemma) ? m.key : `${story.get(m.doc) ?? m.doc}|${group(m.lemma)}`);
  }
  return out;
}
