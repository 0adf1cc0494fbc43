// Whether two event mentions of related documents name one event: a logistic model over what the
// pair shares — the head (same lemma, or heads that corefer often in the training topics), the
// documents (TF-IDF cosine: the same story), the arguments the parse gives the head, the people,
// places and dates of the two sentences, and the sentences' words. Trained on ECB+ train topics
// (`chronicle train event-coref`), stored as models/event-coref.json.
import { datesCompatible } from './coreference.js';
import { REPORTING_LEMMAS } from '../../pipeline/lexicons/events.js';
import { seededRandom, shuffleInPlace } from '../../seeded-random.js';
import type { ClusterPairModel } from './cluster-pairs.js';
import type { HeadRelation } from './head-senses.js';
import type { MentionRoles } from './mention-roles.js';

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
  /** Sentence index within its document. */
  sentence?: number;
  /** The head's arguments from the parse (subject, object, obliques): entity ids or lemmas. */
  args?: string[];
  /** Content lemmas of the mention's sentence. */
  context?: string[];
  /** Universal POS of the head word (VERB, NOUN …). */
  pos?: string;
  /** Dictionary forms to look the head up by, most specific first ("open_fire", "open"); lemma when absent. */
  senseKeys?: string[];
  /** What the parse attaches to the head, by role (mention-roles.ts); read by the error census. */
  roles?: MentionRoles;
}

/** How often two heads corefer in the training topics: mention pairs of one topic, and how many were one event. */
export interface HeadTally {
  linked: number;
  seen: number;
}

export const headKey = (a: string, b: string) => (a <= b ? `${a}\t${b}` : `${b}\t${a}`);

export interface PairModel {
  features: string[];
  weights: number[];
  bias: number;
  /** Document cosine at or above which two groups of documents are one story. */
  storyThreshold: number;
  /** Average link probability at or above which two clusters join. */
  threshold: number;
  /** Coreference rate of head pairs never seen in training: same head, different heads. */
  priors: { same: number; different: number };
  /** Head pair tallies of mention pairs in one story, from the training topics: [lemma, lemma, linked, seen]. */
  heads: Array<[string, string, number, number]>;
  /** The second pass over whole clusters (cluster-pairs.ts); absent: mention pairs only. */
  clusters?: ClusterPairModel;
  info?: Record<string, string | number>;
}

/** What one pair of mentions shares, each on a scale of 0 to 1. */
const BASE_FEATURES = [
  'sameHead', 'headRate', 'headSeen', 'headStem', 'docSimilarity', 'docRatio', 'sameStory',
  'sameDocument', 'sameSentence', 'sharedArgument', 'argumentsDiffer', 'argumentOverlap',
  'sharedParticipant', 'participantsDiffer', 'participantOverlap', 'samePlace', 'placesDiffer',
  'sameDate', 'datesDiffer', 'contextOverlap', 'contextCosine', 'reporting', 'bothVerbs', 'bothNouns',
  'bothLead', 'bothHeadlines', 'bothRepeated', 'headCosine',
  'wnSynonym', 'wnFirstSynonym', 'wnHypernym', 'wnHypernym2', 'wnSibling', 'wnDerived', 'wnRelated',
] as const;

/** Features whose pairwise products the model also weighs: what a shared argument means depends on
 *  whether the heads agree, whether the reports tell one story, where in the reports they sit. */
const INTERACTING: ReadonlyArray<(typeof BASE_FEATURES)[number]> = [
  'sameHead', 'headRate', 'headStem', 'docRatio', 'sameStory', 'sameDocument', 'sameSentence',
  'sharedArgument', 'argumentOverlap', 'participantOverlap', 'placesDiffer', 'datesDiffer',
  'contextCosine', 'reporting', 'bothVerbs', 'bothNouns', 'bothLead', 'bothHeadlines', 'bothRepeated', 'headCosine', 'wnRelated',
];

const INTERACTION_PAIRS: Array<[number, number]> = INTERACTING.flatMap((x, i) =>
  INTERACTING.slice(i + 1).map((y) => [BASE_FEATURES.indexOf(x), BASE_FEATURES.indexOf(y)] as [number, number]));

export const PAIR_FEATURES: readonly string[] = [
  ...BASE_FEATURES,
  ...INTERACTION_PAIRS.map(([i, j]) => `${BASE_FEATURES[i]}×${BASE_FEATURES[j]}`),
];

export interface PairEnvironment {
  /** Cosine of two documents' story vectors. */
  docSimilarity: (a: string, b: string) => number;
  /** Whether two documents fall in one story (average-link clusters of the documents). */
  sameStory: (a: string, b: string) => boolean;
  /** Smoothed coreference rate of two heads, and how many training pairs it rests on. */
  headRate: (a: string, b: string) => { rate: number; seen: number };
  /** The mentions' sentences compared (mention-context.ts); contextOverlap stands in when absent. */
  contextSimilarity?: (a: CorefMention, b: CorefMention) => number;
  /** Document similarity relative to the set's average pair, in [0, 1] (docSimilarity stands in when absent). */
  docRatio?: (a: string, b: string) => number;
  /** How many mentions of its document share a mention's head (1 when unknown). */
  headCount?: (m: CorefMention) => number;
  /** Cosine of two heads' word vectors learned from unlabeled text (head-vectors.ts); 0 when absent. */
  headSimilarity?: (a: string, b: string) => number;
  /** How two different heads relate in WordNet (head-senses.ts); no relation when absent. */
  headRelation?: (a: CorefMention, b: CorefMention) => HeadRelation;
}

/** Different heads with one stem ("nominat" and "nomine"): the lemmatiser's variants of one word. */
function sameStem(a: string, b: string): number {
  if (a === b || a.length < 5 || b.length < 5) return 0;
  return a.slice(0, 5) === b.slice(0, 5) ? 1 : 0;
}

/** The lead of a report: its headline and first sentences, where its main event is told. */
const LEAD_SENTENCES = 3;

const overlap = (a: readonly string[] | undefined, b: readonly string[] | undefined): [shared: number, differ: number] => {
  if (!a?.length || !b?.length) return [0, 0];
  const set = new Set(a);
  return b.some((x) => set.has(x)) ? [1, 0] : [0, 1];
};

function jaccard(a: readonly string[] | undefined, b: readonly string[] | undefined): number {
  if (!a?.length || !b?.length) return 0;
  const x = new Set(a);
  const y = new Set(b);
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

export function pairFeatures(a: CorefMention, b: CorefMention, env: PairEnvironment): number[] {
  const { rate, seen } = env.headRate(a.lemma, b.lemma);
  const doc = env.docSimilarity(a.doc, b.doc);
  const sameDocument = a.doc === b.doc ? 1 : 0;
  const [sharedArgument, argumentsDiffer] = overlap(a.args, b.args);
  const [sharedParticipant, participantsDiffer] = overlap(a.participants, b.participants);
  const [samePlace, placesDiffer] = overlap(a.places, b.places);
  const context = jaccard(a.context, b.context);
  const within = (m: CorefMention, n: number) => m.sentence !== undefined && m.sentence < n;
  const wn = env.headRelation?.(a, b);
  const base: Record<(typeof BASE_FEATURES)[number], number> = {
    sameHead: a.lemma === b.lemma ? 1 : 0,
    headRate: rate,
    headSeen: Math.min(1, Math.log1p(seen) / 6),
    headStem: sameStem(a.lemma, b.lemma),
    docSimilarity: doc,
    docRatio: env.docRatio ? env.docRatio(a.doc, b.doc) : doc,
    sameStory: env.sameStory(a.doc, b.doc) ? 1 : 0,
    sameDocument,
    sameSentence: sameDocument && a.sentence !== undefined && a.sentence === b.sentence ? 1 : 0,
    sharedArgument,
    argumentsDiffer,
    argumentOverlap: jaccard(a.args, b.args),
    sharedParticipant,
    participantsDiffer,
    participantOverlap: jaccard(a.participants, b.participants),
    samePlace,
    placesDiffer,
    sameDate: a.date && b.date && a.date === b.date ? 1 : 0,
    datesDiffer: a.date && b.date && !datesCompatible(a.date, b.date) ? 1 : 0,
    contextOverlap: context,
    contextCosine: env.contextSimilarity ? env.contextSimilarity(a, b) : context,
    reporting: REPORTING_LEMMAS.has(a.lemma) || REPORTING_LEMMAS.has(b.lemma) ? 1 : 0,
    bothVerbs: a.pos === 'VERB' && b.pos === 'VERB' ? 1 : 0,
    bothNouns: a.pos === 'NOUN' && b.pos === 'NOUN' ? 1 : 0,
    bothLead: within(a, LEAD_SENTENCES) && within(b, LEAD_SENTENCES) ? 1 : 0,
    bothHeadlines: within(a, 1) && within(b, 1) ? 1 : 0,
    bothRepeated: env.headCount && env.headCount(a) > 1 && env.headCount(b) > 1 ? 1 : 0,
    // different heads only: a shared head is sameHead's
    headCosine: a.lemma !== b.lemma && env.headSimilarity ? env.headSimilarity(a.lemma, b.lemma) : 0,
    wnSynonym: wn?.synonym ?? 0,
    wnFirstSynonym: wn?.firstSynonym ?? 0,
    wnHypernym: wn?.hypernym ?? 0,
    wnHypernym2: wn?.hypernym2 ?? 0,
    wnSibling: wn?.sibling ?? 0,
    wnDerived: wn?.derived ?? 0,
    wnRelated: wn ? Math.max(wn.synonym, wn.hypernym, wn.derived) : 0,
  };
  const x = BASE_FEATURES.map((f) => base[f]);
  for (const [i, j] of INTERACTION_PAIRS) x.push(x[i] * x[j]);
  return x;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

const featureIndexes = new WeakMap<object, Map<readonly string[], Int32Array>>();

/** Where each of a model's named features sits in a vector of features `names` (-1: not computed
 *  any more): a model trained before a feature was added still reads its own features. */
export function featureIndex(model: object, features: readonly string[], names: readonly string[]): Int32Array {
  let byNames = featureIndexes.get(model);
  if (!byNames) featureIndexes.set(model, (byNames = new Map()));
  let index = byNames.get(names);
  if (!index) {
    const at = new Map(names.map((n, i) => [n, i]));
    byNames.set(names, (index = Int32Array.from(features, (f) => at.get(f) ?? -1)));
  }
  return index;
}

/** A linear model's score of a feature vector: by position, or (when the model names its features) by name. */
export function linearScore(model: { weights: readonly number[]; bias: number; features?: readonly string[] }, x: readonly number[], names: readonly string[]): number {
  let z = model.bias;
  if (model.features) {
    const index = featureIndex(model, model.features, names);
    for (let k = 0; k < index.length; k++) if (index[k] >= 0) z += model.weights[k] * x[index[k]];
  } else for (let i = 0; i < x.length; i++) z += model.weights[i] * x[i];
  return z;
}

export function linkProbability(model: Pick<PairModel, 'weights' | 'bias'> & { features?: readonly string[] }, features: number[]): number {
  return sigmoid(linearScore(model, features, PAIR_FEATURES));
}

/** Smoothed head-pair rates from tallies: unseen pairs fall back to the prior of their kind. */
export function headRates(tally: ReadonlyMap<string, HeadTally>, priors: PairModel['priors'], strength = 2): PairEnvironment['headRate'] {
  return (a, b) => {
    const t = tally.get(headKey(a, b));
    const prior = a === b ? priors.same : priors.different;
    const seen = t?.seen ?? 0;
    return { rate: ((t?.linked ?? 0) + strength * prior) / (seen + strength), seen };
  };
}

export interface LogisticOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  /** Seed of the shuffle that orders each epoch's examples (default DEFAULT_LOGISTIC's). */
  seed?: number;
}

export const DEFAULT_LOGISTIC: Required<LogisticOptions> = { epochs: 12, learningRate: 0.2, l2: 1e-6, seed: 12345 };

/** Logistic regression by stochastic gradient descent, examples visited in a fixed shuffled order; returns averaged weights. */
export function trainLogistic(examples: ReadonlyArray<{ x: number[]; y: number }>, opts: LogisticOptions = DEFAULT_LOGISTIC): { weights: number[]; bias: number } {
  const dims = examples[0]?.x.length ?? 0;
  const w = new Float64Array(dims);
  let b = 0;
  const sumW = new Float64Array(dims);
  let sumB = 0;
  let steps = 0;
  const order = examples.map((_, i) => i);
  // an integer generator: the floating-point LCG used before lost its low bits past 2^53 and
  // repeated after 10,466 draws, fewer than the pairs it shuffled
  const random = seededRandom(opts.seed ?? DEFAULT_LOGISTIC.seed);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffleInPlace(order, random);
    const rate = opts.learningRate / (1 + epoch);
    for (const k of order) {
      const { x, y } = examples[k];
      let z = b;
      for (let d = 0; d < dims; d++) z += w[d] * x[d];
      const g = sigmoid(z) - y;
      for (let d = 0; d < dims; d++) w[d] -= rate * (g * x[d] + opts.l2 * w[d]);
      b -= rate * g;
      for (let d = 0; d < dims; d++) sumW[d] += w[d];
      sumB += b;
      steps++;
    }
  }
  return { weights: [...sumW].map((v) => v / (steps || 1)), bias: sumB / (steps || 1) };
}
