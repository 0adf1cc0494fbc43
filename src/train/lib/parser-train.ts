// Trains the syntax model from UD CoNLL-U: lemma table and tokenisation facts, the UPOS
// tagger, then (on jackknifed tags, so it sees tagging errors as at run time) the arc-hybrid
// parser with a dynamic oracle, then the relation labeller. Deterministic for a given seed.
import type { ConlluSentence } from '../../pipeline/syntax/conllu.js';
import { learnLemmas } from '../../pipeline/syntax/lemma.js';
import { encodeWords, type EncodeOptions, type EncodedWords, type WordResources } from '../../pipeline/syntax/lexical.js';
import { PerceptronTrainer, frozenModel } from '../../pipeline/syntax/linear.js';
import { trainLabellerSentence, labelSentence } from '../../pipeline/syntax/labeller.js';
import type { ModelParts } from '../../pipeline/syntax/model.js';
import { NUM_ACTIONS, parseSentence, trainParserSentence } from '../../pipeline/syntax/parser.js';
import { tagSentence, trainTaggerSentence } from '../../pipeline/syntax/tagger.js';
import { NUM_UPOS, uposId } from '../../pipeline/syntax/upos.js';
import { universalRelation } from '../../pipeline/syntax/conllu.js';
import { seededRandom, shuffled } from '../../seeded-random.js';

export interface ParserTrainOptions {
  taggerEpochs: number;
  parserEpochs: number;
  labellerEpochs: number;
  /** Folds for jackknifed training tags (1: parser trains on gold tags). */
  folds: number;
  seed: number;
  /** Probability of following a wrong prediction from the second parser epoch on. */
  explore: number;
  /** Parser and labeller rows whose largest averaged weight is below this are dropped from the saved model (the tagger keeps all: its word features are cached). */
  minWeight: number;
  log: (msg: string) => void;
}

export interface Example {
  forms: string[];
  enc: EncodedWords;
  tags: Uint8Array;
  /** Gold head per word, n (the sentence length) for the root. */
  heads: Int32Array;
  labels: Int32Array;
}

export interface DevScore {
  upos: number;
  uas: number;
  las: number;
}



/**
 * Treebank sentences as encoded examples. The training set keeps the reading of ’’ the shipped weights
 * were learned with (treebankClosingMark, see normalise); the dev set is scored as text is read at run time.
 */
export function toExamples(sentences: readonly ConlluSentence[], res: WordResources, labelIds: ReadonlyMap<string, number>, opts: EncodeOptions = {}): Example[] {
  return sentences
    .filter((s) => s.words.length > 0)
    .map((s) => {
      const n = s.words.length;
      const forms = s.words.map((w) => w.form);
      return {
        forms,
        enc: encodeWords(forms, res, opts),
        tags: Uint8Array.from(s.words, (w) => uposId(w.upos)),
        heads: Int32Array.from(s.words, (w) => (w.head < 0 ? n : w.head)),
        labels: Int32Array.from(s.words, (w) => labelIds.get(w.deprel) ?? 0),
      };
    });
}

/**
 * UD's multiword tokens whose parts spell the token ("cannot" = can + not), seen twice or more and
 * split in most of the token's occurrences. Splits the treebank marks as typos ("its" for "it's",
 * "cars" for "car's": Typo=Yes or a CorrectForm) are not learned: in edited text the word is whole.
 */
export function learnSplits(sentences: readonly ConlluSentence[]): Map<string, string[]> {
  const counts = new Map<string, { pieces: string[]; count: number }>();
  const whole = new Map<string, number>();
  for (const s of sentences) {
    const forms = s.words.map((w) => w.form);
    const inMultiword = new Set<number>();
    for (const line of s.lines) {
      const m = /^(\d+)-(\d+)\t([^\t]+)\t/.exec(line);
      if (!m) continue;
      const first = Number(m[1]) - 1;
      const last = Number(m[2]);
      for (let i = first; i < last; i++) inMultiword.add(i);
      const pieces = forms.slice(first, last);
      const token = m[3];
      if (pieces.join('') !== token || pieces.some((p) => /^['’]|^n['’]t$/i.test(p))) continue;
      if (/['’]/.test(token)) continue; // clitics: the segmenter splits these already
      if (s.words.slice(first, last).some((w) => /\bTypo=Yes\b/.test(w.feats) || /\bCorrectForm=/.test(w.misc))) continue;
      const key = token.toLowerCase();
      const entry = counts.get(key) ?? { pieces: pieces.map((p) => p.toLowerCase()), count: 0 };
      entry.count++;
      counts.set(key, entry);
    }
    s.words.forEach((w, i) => {
      if (!inMultiword.has(i)) whole.set(w.form.toLowerCase(), (whole.get(w.form.toLowerCase()) ?? 0) + 1);
    });
  }
  return new Map([...counts].filter(([k, e]) => e.count >= 2 && e.count > (whole.get(k) ?? 0)).map(([k, e]) => [k, e.pieces]));
}

/** First parts of hyphenated words the treebank keeps whole ("non-stop", "anti-war"), seen twice or more. */
export function learnHyphenPrefixes(sentences: readonly ConlluSentence[]): Set<string> {
  const counts = new Map<string, number>();
  for (const s of sentences) {
    for (const w of s.words) {
      const m = /^([\p{L}]+)-[\p{L}\p{N}]/u.exec(w.form);
      if (!m || w.form.includes('://') || w.form.includes('@')) continue;
      const prefix = m[1].toLowerCase();
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  return new Set([...counts].filter(([, c]) => c >= 2).map(([p]) => p));
}

function trainTagger(examples: readonly Example[], epochs: number, random: () => number, onEpoch?: (epoch: number, trainer: PerceptronTrainer) => void): PerceptronTrainer {
  const trainer = new PerceptronTrainer(NUM_UPOS);
  for (let e = 1; e <= epochs; e++) {
    for (const ex of shuffled(examples, random)) trainTaggerSentence(trainer, ex.enc, ex.tags);
    onEpoch?.(e, trainer);
  }
  return trainer;
}

function frozen(trainer: PerceptronTrainer, classes: number, minWeight = 0) {
  const { keys, weights } = trainer.averaged(minWeight);
  return frozenModel(classes, keys, weights);
}

export function scoreDev(dev: readonly Example[], labels: readonly string[], models: { tagger?: ReturnType<typeof frozen>; parser?: ReturnType<typeof frozen>; labeller?: ReturnType<typeof frozen> }): DevScore {
  let words = 0, upos = 0, uas = 0, las = 0;
  for (const ex of dev) {
    const n = ex.forms.length;
    const tags = models.tagger ? tagSentence(models.tagger, ex.enc) : ex.tags;
    const heads = models.parser ? parseSentence(models.parser, ex.enc, tags) : null;
    const rels = heads && models.labeller ? labelSentence(models.labeller, labels, ex.enc, tags, heads) : null;
    for (let i = 0; i < n; i++) {
      words++;
      if (tags[i] === ex.tags[i]) upos++;
      if (!heads) continue;
      const gold = ex.heads[i] === n ? -1 : ex.heads[i];
      if (heads[i] === gold) {
        uas++;
        if (rels && universalRelation(rels[i]) === universalRelation(labels[ex.labels[i]])) las++;
      }
    }
  }
  return { upos: upos / words, uas: uas / words, las: las / words };
}

export function trainSyntaxModel(trainSet: readonly ConlluSentence[], devSet: readonly ConlluSentence[] | null, resources: WordResources, opts: ParserTrainOptions): ModelParts {
  const { log } = opts;
  const labelCounts = new Map<string, number>();
  for (const s of trainSet) for (const w of s.words) labelCounts.set(w.deprel, (labelCounts.get(w.deprel) ?? 0) + 1);
  const labels = [...labelCounts.keys()].sort();
  const labelIds = new Map(labels.map((l, i) => [l, i]));
  const train = toExamples(trainSet, resources, labelIds, { treebankClosingMark: true });
  const dev = devSet ? toExamples(devSet, resources, labelIds) : [];
  const lemmas = learnLemmas(trainSet.flatMap((s) => s.words));
  const splits = learnSplits(trainSet);
  const hyphenPrefixes = learnHyphenPrefixes(trainSet);
  log(`train: ${train.length} sentences, ${labels.length} relations, ${lemmas.exact.size} lemma entries, ${splits.size} splits, ${hyphenPrefixes.size} hyphen prefixes`);

  // 1. tagger on all of train
  const tagger = trainTagger(train, opts.taggerEpochs, seededRandom(opts.seed), (e, t) => {
    if (dev.length) log(`tagger epoch ${e}: dev UPOS ${scoreDev(dev, labels, { tagger: frozen(t, NUM_UPOS) }).upos.toFixed(4)}`);
  });
  const taggerModel = frozen(tagger, NUM_UPOS);

  // 2. jackknifed tags for the parser's training data
  const trainTags = train.map((ex) => ex.tags);
  if (opts.folds > 1) {
    for (let f = 0; f < opts.folds; f++) {
      const rest = train.filter((_, i) => i % opts.folds !== f);
      const foldModel = frozen(trainTagger(rest, opts.taggerEpochs, seededRandom(opts.seed + 100 + f)), NUM_UPOS);
      train.forEach((ex, i) => {
        if (i % opts.folds === f) trainTags[i] = tagSentence(foldModel, ex.enc);
      });
      log(`jackknife fold ${f + 1}/${opts.folds} tagged`);
    }
  }

  // 3. parser with the dynamic oracle
  const random = seededRandom(opts.seed + 1);
  const parser = new PerceptronTrainer(NUM_ACTIONS);
  const order = train.map((_, i) => i);
  for (let e = 1; e <= opts.parserEpochs; e++) {
    const started = Date.now();
    for (const i of shuffled(order, random)) trainParserSentence(parser, train[i].enc, trainTags[i], train[i].heads, e > 1 ? opts.explore : 0, random);
    const devPart = dev.length ? ` dev UAS ${scoreDev(dev, labels, { tagger: taggerModel, parser: frozen(parser, NUM_ACTIONS) }).uas.toFixed(4)}` : '';
    log(`parser epoch ${e}: ${((Date.now() - started) / 1000).toFixed(1)}s${devPart}`);
  }
  const parserModel = frozen(parser, NUM_ACTIONS);

  // 4. labeller on gold trees with jackknifed tags
  const labeller = new PerceptronTrainer(labels.length);
  const goldHeads = train.map((ex) => ex.heads.map((h) => (h === ex.forms.length ? -1 : h)));
  for (let e = 1; e <= opts.labellerEpochs; e++) {
    for (const i of shuffled(order, random)) trainLabellerSentence(labeller, train[i].enc, trainTags[i], goldHeads[i], train[i].labels);
    if (dev.length) {
      const s = scoreDev(dev, labels, { tagger: taggerModel, parser: parserModel, labeller: frozen(labeller, labels.length) });
      log(`labeller epoch ${e}: dev UPOS ${s.upos.toFixed(4)} UAS ${s.uas.toFixed(4)} LAS ${s.las.toFixed(4)}`);
    }
  }
  const saved = { tagger: tagger.averaged(), parser: parser.averaged(opts.minWeight), labeller: labeller.averaged(opts.minWeight) };
  const final = dev.length
    ? scoreDev(dev, labels, {
        tagger: frozenModel(NUM_UPOS, saved.tagger.keys, saved.tagger.weights),
        parser: frozenModel(NUM_ACTIONS, saved.parser.keys, saved.parser.weights),
        labeller: frozenModel(labels.length, saved.labeller.keys, saved.labeller.weights),
      })
    : null;
  if (final) log(`saved model (parser and labeller rows below ${opts.minWeight} dropped): dev UPOS ${final.upos.toFixed(4)} UAS ${final.uas.toFixed(4)} LAS ${final.las.toFixed(4)}`);
  return {
    ...saved,
    labels,
    resources,
    lemmas,
    splits,
    hyphenPrefixes,
    info: {
      taggerEpochs: opts.taggerEpochs,
      parserEpochs: opts.parserEpochs,
      labellerEpochs: opts.labellerEpochs,
      folds: opts.folds,
      seed: opts.seed,
      explore: opts.explore,
      minWeight: opts.minWeight,
      ...(final ? { devUpos: final.upos, devUas: final.uas, devLas: final.las } : {}),
    },
  };
}
