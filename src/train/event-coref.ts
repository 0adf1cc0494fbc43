// `chronicle train event-coref`: learns, from ECB+ training topics, when two event mentions name
// one event: how often each pair of heads corefers, the weights of the pair model, the
// average-link threshold that scores best on those topics (on links scored out of sample), and the
// second pass over whole clusters (cluster-pairs.ts). Writes models/event-coref.json; with
// --pairs-out also the head-lemma pairs of the head-only fallback.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { defaultContext } from '../pipeline/index.js';
import { groupStories, linkMatrix, storyEnvironment, DEFAULT_MENTION_COREF } from '../corpus/events/mention-coref.js';
import { DEFAULT_LEMMA_PAIRS, learnLemmaPairs, type AnnotatedMention } from '../corpus/events/lemma-pairs.js';
import { DEFAULT_LOGISTIC, PAIR_FEATURES, headKey, headRates, pairFeatures, trainLogistic, type CorefMention, type HeadTally, type PairEnvironment, type PairModel } from '../corpus/events/mention-pairs.js';
import { averageLink } from '../corpus/events/agglomerate.js';
import { compareCodeUnits } from '../corpus/events/order.js';
import { CLUSTER_PAIR_FEATURES, clusterPairs, clustersOf, joinClusters, type ClusterPairModel, type LinkMatrix } from '../corpus/events/cluster-pairs.js';
import type { CorefDocument } from '../corpus/events/story-vectors.js';
import type { HeadVectorModel } from '../corpus/events/head-vectors.js';
import { REPORTING_LEMMAS } from '../pipeline/lexicons/events.js';
import { readEcbTopic, readValidatedSentences } from '../eval/ecb/read.js';
import { analyseEcbDocument } from '../eval/ecb/analyse.js';
import { corefDocument, corefMentions } from '../eval/ecb/mentions.js';
import { corefScores, type Clustering } from '../eval/ecb/scores.js';
import { parseTopics } from '../eval/event-coref.js';

const usage = `Usage: chronicle train event-coref --ecb DIR --topics LIST --out FILE [--pairs-out FILE] [--min-topics N] [--min-rate X] [--epochs N] [--learning-rate X] [--l2 X] [--story-threshold X]

Reads the gold event mentions of ECB+ topics LIST (train topics only) and learns when two
mentions of one topic name one event: head-pair coreference rates, a logistic model over pair
features (heads, document similarity, arguments, participants, places, dates, sentence words), and
the average-link threshold with the best CoNLL F1 on those topics (each topic scored with rates
learned from the others). Writes the model as JSON (models/event-coref.json).
--pairs-out FILE  also write the head-lemma pairs of the head-only fallback (models/event-lemma-pairs.json):
                  a pair is kept when its mentions in one story corefer at least X of the time
                  (default ${DEFAULT_LEMMA_PAIRS.minRate}) in at least N topics (default ${DEFAULT_LEMMA_PAIRS.minTopics})
--vectors FILE    head word vectors (\`chronicle train event-vectors\`) for the headCosine features; the
                  model then needs the same --vectors in \`eval event-coref\` (without: those features read 0)
--epochs N, --learning-rate X   the mention-pair model's training (default ${DEFAULT_LOGISTIC.epochs}, ${DEFAULT_LOGISTIC.learningRate})
--l2 X            the mention-pair model's L2 penalty per step (default ${DEFAULT_LOGISTIC.l2})
--story-threshold X  document cosine at which average link joins reports into one story, for the
                  sameStory feature and the head-pair tallies (default ${DEFAULT_MENTION_COREF.storyThreshold}); stored in the model
--seed N          seed of the shuffles of both passes' training (default ${DEFAULT_LOGISTIC.seed}); others measure seed noise`;

interface TrainingTopic {
  mentions: CorefMention[];
  docs: CorefDocument[];
  cluster: Map<string, string>;
  heads: Map<string, HeadTally>;
}

/** Pairs of mentions in one story, by their heads: how many, and how many are one event. */
function headTally(topic: Pick<TrainingTopic, 'mentions' | 'cluster' | 'docs'>, storyThreshold: number): Map<string, HeadTally> {
  const out = new Map<string, HeadTally>();
  const { mentions, cluster } = topic;
  const story = groupStories(topic.docs, storyThreshold);
  for (let i = 0; i < mentions.length; i++)
    for (let j = i + 1; j < mentions.length; j++) {
      if (story.get(mentions[i].doc) !== story.get(mentions[j].doc)) continue;
      const key = headKey(mentions[i].lemma, mentions[j].lemma);
      let t = out.get(key);
      if (!t) out.set(key, (t = { linked: 0, seen: 0 }));
      t.seen++;
      if (cluster.get(mentions[i].key) === cluster.get(mentions[j].key)) t.linked++;
    }
  return out;
}

function addTally(into: Map<string, HeadTally>, from: Map<string, HeadTally>, sign: 1 | -1): void {
  for (const [k, t] of from) {
    const cur = into.get(k) ?? { linked: 0, seen: 0 };
    into.set(k, { linked: cur.linked + sign * t.linked, seen: cur.seen + sign * t.seen });
  }
}

function priorsOf(tally: Map<string, HeadTally>): PairModel['priors'] {
  const sum = { same: [0, 0], different: [0, 0] };
  for (const [k, t] of tally) {
    const [a, b] = k.split('\t');
    const s = a === b ? sum.same : sum.different;
    s[0] += t.linked;
    s[1] += t.seen;
  }
  return { same: sum.same[0] / (sum.same[1] || 1), different: sum.different[0] / (sum.different[1] || 1) };
}

/** The threshold with the best CoNLL F1 over the training topics, from 0.10 to 0.90: the middle of the best plateau. */
function bestThreshold(topics: TrainingTopic[], cluster: (k: number, threshold: number) => number[], label: string): { threshold: number; f1: number } {
  const score = (th: number, digits?: number): number => {
    const key: Clustering = new Map();
    const response: Clustering = new Map();
    topics.forEach((t, k) => {
      const owner = cluster(k, th);
      t.mentions.forEach((m, i) => {
        key.set(m.key, `${k}|${t.cluster.get(m.key)}`);
        response.set(m.key, `${k}|${owner[i]}`);
      });
    });
    return corefScores(key, response, digits).conllF1;
  };
  const scored: Array<{ threshold: number; f1: number }> = [];
  for (let step = 2; step <= 18; step++) {
    const th = step / 20;
    const f1 = score(th);
    process.stderr.write(`${label} threshold ${th.toFixed(2)}: CoNLL F1 ${f1}\n`);
    scored.push({ threshold: th, f1 });
  }
  // scores are rounded, and a tie is no reason to sit at a plateau's edge
  const f1 = Math.max(...scored.map((x) => x.f1));
  const best = scored.filter((x) => x.f1 === f1);
  const threshold = best[Math.floor((best.length - 1) / 2)].threshold;
  // four decimals, to tell trainings (seeds, recipes) apart that three would call equal
  process.stderr.write(`${label} chosen threshold ${threshold.toFixed(2)}: CoNLL F1 ${score(threshold, 4)}\n`);
  return { threshold, f1 };
}

/** Folds of the training topics for links out of sample. */
const FOLDS = 4;

/** Few examples, features on small scales: more epochs and a larger step than the mention pairs. */
const CLUSTER_LOGISTIC = { epochs: 30, learningRate: 0.2, l2: 1e-6 };

/** The cluster-pair pass: first-pass clusters of each training topic, labelled one event when most
 *  of their mention pairs are; a logistic model over their features, and its threshold. */
function trainClusterPass(topics: TrainingTopic[], links: LinkMatrix[], environments: PairEnvironment[], threshold: number, seed: number): { model: ClusterPairModel; trainConllF1: number } {
  const firstPass = topics.map((t, k) => clustersOf(averageLink(t.mentions.length, (i, j) => links[k][i][j], threshold)));
  const pairs = topics.map((t, k) => clusterPairs(firstPass[k], t.mentions, links[k], environments[k]));
  const examples: Array<{ x: number[]; y: number }> = [];
  topics.forEach((t, k) => {
    const gold = (i: number) => t.cluster.get(t.mentions[i].key);
    for (const [a, b, x] of pairs[k]) {
      let linked = 0;
      for (const i of firstPass[k][a]) for (const j of firstPass[k][b]) if (gold(i) === gold(j)) linked++;
      examples.push({ x, y: linked * 2 >= firstPass[k][a].length * firstPass[k][b].length ? 1 : 0 });
    }
  });
  process.stderr.write(`${examples.length} cluster pairs, ${examples.filter((e) => e.y).length} one event\n`);
  const { weights, bias } = trainLogistic(examples, { ...CLUSTER_LOGISTIC, seed });
  const { threshold: joinAt, f1 } = bestThreshold(topics, (k, th) => joinClusters(firstPass[k], pairs[k], { weights, bias }, th, topics[k].mentions.length), 'cluster pass');
  const r = (x: number) => Math.round(x * 10000) / 10000;
  return { model: { features: [...CLUSTER_PAIR_FEATURES], weights: weights.map(r), bias: r(bias), threshold: joinAt }, trainConllF1: f1 };
}

const command: Subcommand = {
  summary: 'Learn when two event mentions name one event (pair model for event coreference) from ECB+ train topics',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, {
      ecb: { type: 'string' },
      topics: { type: 'string' },
      out: { type: 'string' },
      'pairs-out': { type: 'string' },
      'min-topics': { type: 'string' },
      'min-rate': { type: 'string' },
      epochs: { type: 'string' },
      'learning-rate': { type: 'string' },
      seed: { type: 'string' },
      vectors: { type: 'string' },
      l2: { type: 'string' },
      'story-threshold': { type: 'string' },
    }, false);
    requireOptions(values, { ecb: 'DIR', topics: 'LIST', out: 'FILE' });
    const minTopics = values['min-topics'] === undefined ? DEFAULT_LEMMA_PAIRS.minTopics : Number(values['min-topics']);
    const minRate = values['min-rate'] === undefined ? DEFAULT_LEMMA_PAIRS.minRate : Number(values['min-rate']);
    if (!Number.isInteger(minTopics) || minTopics < 1 || !(minRate > 0 && minRate <= 1)) throw new UsageError('--min-topics must be a positive integer and --min-rate in (0, 1]');
    const storyThreshold = values['story-threshold'] === undefined ? DEFAULT_MENTION_COREF.storyThreshold : Number(values['story-threshold']);
    if (!(storyThreshold > 0 && storyThreshold < 1)) throw new UsageError('--story-threshold must be in (0, 1)');
    const topicNames = parseTopics(values.topics);
    const vectors = values.vectors ? (JSON.parse(readFileSync(values.vectors, 'utf8')) as HeadVectorModel) : null;
    const validated = readValidatedSentences(join(values.ecb, 'coreference_sentences.csv'));
    const ctx = defaultContext();
    const topics: TrainingTopic[] = [];
    for (const topic of topicNames) {
      const analysed = readEcbTopic(values.ecb, topic, validated).map((d) => analyseEcbDocument(d, ctx));
      const mentions = analysed.flatMap(corefMentions);
      const cluster = new Map(analysed.flatMap((a) => a.doc.mentions.map((m) => [m.key, m.cluster] as const)));
      const docs = analysed.map(corefDocument);
      topics.push({ mentions, docs, cluster, heads: headTally({ mentions, cluster, docs }, storyThreshold) });
      process.stderr.write(`topic ${topic}: ${mentions.length} mentions\n`);
    }
    const total = new Map<string, HeadTally>();
    for (const t of topics) addTally(total, t.heads, 1);
    const priors = priorsOf(total);

    // each topic sees head rates learned from the other topics, as a new topic will
    const environments = topics.map((t) => {
      const others = new Map(total);
      addTally(others, t.heads, -1);
      return storyEnvironment(t.docs, t.mentions, storyThreshold, headRates(others, priors), vectors);
    });
    const examples = topics.map((t, k) => {
      const { mentions, cluster } = t;
      const out: Array<{ x: number[]; y: number }> = [];
      for (let i = 0; i < mentions.length; i++)
        for (let j = i + 1; j < mentions.length; j++)
          out.push({ x: pairFeatures(mentions[i], mentions[j], environments[k]), y: cluster.get(mentions[i].key) === cluster.get(mentions[j].key) ? 1 : 0 });
      return out;
    });
    const pairCount = examples.reduce((n, e) => n + e.length, 0);
    process.stderr.write(`${pairCount} mention pairs\n`);
    const logistic = {
      ...DEFAULT_LOGISTIC,
      ...(values.epochs !== undefined ? { epochs: Number(values.epochs) } : {}),
      ...(values['learning-rate'] !== undefined ? { learningRate: Number(values['learning-rate']) } : {}),
      ...(values.seed !== undefined ? { seed: Number(values.seed) } : {}),
      ...(values.l2 !== undefined ? { l2: Number(values.l2) } : {}),
    };
    if (!(Number.isInteger(logistic.epochs) && logistic.epochs > 0 && logistic.learningRate > 0)) throw new UsageError('--epochs must be a positive integer and --learning-rate positive');
    if (!(logistic.l2 >= 0)) throw new UsageError('--l2 must be a non-negative number');
    if (!(Number.isInteger(logistic.seed) && logistic.seed >= 0)) throw new UsageError('--seed must be a non-negative integer');
    const { weights, bias } = trainLogistic(examples.flat(), logistic);

    // thresholds and the cluster pass are learned on links a topic's own pairs did not train, as on a new topic
    const probabilities = new Array<LinkMatrix>(topics.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const held = (k: number) => k % FOLDS === fold;
      const foldModel = trainLogistic(examples.filter((_, k) => !held(k)).flat(), logistic);
      topics.forEach((t, k) => {
        if (held(k)) probabilities[k] = linkMatrix(t.mentions, environments[k], foldModel);
      });
    }
    const { threshold, f1: bestF1 } = bestThreshold(topics, (k, th) => averageLink(topics[k].mentions.length, (i, j) => probabilities[k][i][j], th), 'mention pairs');

    const clusterModel = trainClusterPass(topics, probabilities, environments, threshold, logistic.seed);

    const heads: PairModel['heads'] = [...total]
      .filter(([, t]) => t.linked > 0 || t.seen >= 3)
      .map(([k, t]) => [...(k.split('\t') as [string, string]), t.linked, t.seen] as [string, string, number, number])
      .sort((x, y) => compareCodeUnits(x[0], y[0]) || compareCodeUnits(x[1], y[1]));
    const r = (x: number) => Math.round(x * 10000) / 10000;
    const model: PairModel = {
      info: { trainedOn: `ECB+ topics ${values.topics}`, ...(values.vectors ? { vectors: basename(values.vectors) } : {}), pairs: pairCount, trainConllF1: bestF1, clusterPassTrainConllF1: clusterModel.trainConllF1 },
      features: [...PAIR_FEATURES],
      weights: weights.map(r),
      bias: r(bias),
      storyThreshold,
      threshold,
      priors: { same: r(priors.same), different: r(priors.different) },
      clusters: clusterModel.model,
      heads,
    };
    mkdirSync(dirname(values.out), { recursive: true });
    // one head pair a line, so the file reads as a table
    const body = JSON.stringify({ ...model, clusters: undefined, heads: [] }, null, 2).replace(/,\n {2}"heads": \[\]\n}$/, '');
    const clusters = `  "clusters": ${JSON.stringify(model.clusters)}`;
    writeFileSync(values.out, `${body},\n${clusters},\n  "heads": [\n${heads.map((h) => `    ${JSON.stringify(h)}`).join(',\n')}\n  ]\n}\n`);
    console.log(`pair model → ${values.out} (threshold ${threshold}, train CoNLL F1 ${bestF1}, ${heads.length} head pairs)`);

    if (values['pairs-out']) {
      const annotated: AnnotatedMention[][] = topics.map((t) => {
        const story = groupStories(t.docs, storyThreshold);
        return t.mentions.filter((m) => !REPORTING_LEMMAS.has(m.lemma)).map((m) => ({ lemma: m.lemma, story: String(story.get(m.doc)), cluster: t.cluster.get(m.key) ?? m.key }));
      });
      const pairs = learnLemmaPairs(annotated, { minTopics, minRate });
      const info = { trainedOn: `ECB+ topics ${values.topics}`, minTopics, minRate };
      mkdirSync(dirname(values['pairs-out']), { recursive: true });
      const lines = pairs.map((p) => `    ${JSON.stringify(p)}`).join(',\n');
      writeFileSync(values['pairs-out'], `{\n  "info": ${JSON.stringify(info)},\n  "pairs": [\n${lines}\n  ]\n}\n`);
      console.log(`${pairs.length} lemma pairs → ${values['pairs-out']}`);
    }
    return 0;
  },
};
export default command;
