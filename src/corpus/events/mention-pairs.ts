// Whether two event mentions of related documents name one event: a logistic model over what the
// pair shares — the head (same lemma, or heads that corefer often in the training topics), the
// documents (TF-IDF cosine: the same story), the arguments the parse gives the head, the people,
// places and dates of the two sentences, and the sentences' words. Trained on ECB+ train topics
// (`chronicle train event-coref`), stored as models/event-coref.json.
import { datesCompatible } from './coreference.js';
import { REPORTING_LEMMAS } from '../../pipeline/facts/lexicons/events.js';

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
  info?: Record<string, string | number>;
}

export const PAIR_FEATURES = [
  'sameHead', 'headRate', 'headSeen', 'docSimilarity', 'docSimilarity×sameHead', 'docSimilarity×headRate',
  'sameStory', 'sameStory×sameHead', 'sameStory×headRate',
  'sameDocument', 'sameSentence', 'sharedArgument', 'argumentsDiffer', 'sharedParticipant', 'participantsDiffer',
  'samePlace', 'placesDiffer', 'sameDate', 'datesDiffer', 'contextOverlap', 'reporting',
] as const;

export interface PairEnvironment {
  /** Cosine of two documents' story vectors. */
  docSimilarity: (a: string, b: string) => number;
  /** Whether two documents fall in one story (average-link clusters of the documents). */
  sameStory: (a: string, b: string) => boolean;
  /** Smoothed coreference rate of two heads, and how many training pairs it rests on. */
  headRate: (a: string, b: string) => { rate: number; seen: number };
}

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
  const sameHead = a.lemma === b.lemma ? 1 : 0;
  const { rate, seen } = env.headRate(a.lemma, b.lemma);
  const doc = env.docSimilarity(a.doc, b.doc);
  const story = env.sameStory(a.doc, b.doc) ? 1 : 0;
  const sameDocument = a.doc === b.doc ? 1 : 0;
  const sameSentence = sameDocument && a.sentence !== undefined && a.sentence === b.sentence ? 1 : 0;
  const [sharedArgument, argumentsDiffer] = overlap(a.args, b.args);
  const [sharedParticipant, participantsDiffer] = overlap(a.participants, b.participants);
  const [samePlace, placesDiffer] = overlap(a.places, b.places);
  const sameDate = a.date && b.date && a.date === b.date ? 1 : 0;
  const datesDiffer = a.date && b.date && !datesCompatible(a.date, b.date) ? 1 : 0;
  const reporting = REPORTING_LEMMAS.has(a.lemma) || REPORTING_LEMMAS.has(b.lemma) ? 1 : 0;
  return [
    sameHead, rate, Math.min(1, Math.log1p(seen) / 6), doc, doc * sameHead, doc * rate,
    story, story * sameHead, story * rate,
    sameDocument, sameSentence, sharedArgument, argumentsDiffer, sharedParticipant, participantsDiffer,
    samePlace, placesDiffer, sameDate, datesDiffer, jaccard(a.context, b.context), reporting,
  ];
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function linkProbability(model: Pick<PairModel, 'weights' | 'bias'>, features: number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += model.weights[i] * features[i];
  return sigmoid(z);
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
}

export const DEFAULT_LOGISTIC: LogisticOptions = { epochs: 12, learningRate: 0.05, l2: 1e-6 };

/** Logistic regression by stochastic gradient descent, examples visited in a fixed shuffled order; returns averaged weights. */
export function trainLogistic(examples: ReadonlyArray<{ x: number[]; y: number }>, opts: LogisticOptions = DEFAULT_LOGISTIC): { weights: number[]; bias: number } {
  const dims = examples[0]?.x.length ?? 0;
  const w = new Float64Array(dims);
  let b = 0;
  const sumW = new Float64Array(dims);
  let sumB = 0;
  let steps = 0;
  const order = examples.map((_, i) => i);
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
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
