// `chronicle train ner`: trains the entity tagger on CoNLL-2003-format data and writes the
// gzip model that `loadNerModel` reads.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseDecimal, parseFlags, parsePositiveInt, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { createProgress } from '../cli/progress.js';
import { projectPath } from '../paths.js';
import { parseLexicon } from '../pipeline/entities/lexicon.js';
import { createModel, deserialiseModel, serialiseModel } from '../pipeline/entities/model.js';
import { tagDocument } from '../pipeline/entities/tagger.js';
import { scoreNer } from '../eval/lib/ner-score.js';
import type { NerScore } from '../eval/lib/ner-conlleval.js';
import { holdBack } from './lib/held-back.js';
import type { NerResources } from '../pipeline/entities/features.js';
import { countTokens, parseConll, type ConllDoc } from './lib/conll.js';
import { buildGazetteer } from './lib/ner-resources.js';
import { trainPerceptron, type TrainedWeights, type TrainOptions } from './lib/ner-perceptron.js';
import { learnWordResources } from './lib/ner-unlabeled.js';

const usage = `Usage: chronicle train ner --train FILE --dev FILE --out FILE [options]

Trains the averaged-perceptron BILOU entity tagger (PER, ORG, LOC, MISC): several runs with
different shuffling seeds, averaged into one model. Each run's number of epochs is chosen on a
slice of the training data held back for it (every Nth document); the runs are then refit on all
of the training data for that many epochs. The dev set is only reported on, unless it is also given to --also-train.

  --train FILE      CoNLL-2003 format training data (word POS chunk NER; only word and NER are used)
  --dev FILE        CoNLL data the final model is scored on (never used to choose; trained on
                    only when also given to --also-train, and then not a held-out figure)
  --also-train FILE more CoNLL training data (repeatable), added only when refitting after the
                    epochs are chosen: never in the held-back slice, so it takes no part in choices
  --hold-back N     hold back every Nth training document to choose the epochs (default 10; 0:
                    no selection, train --epochs on everything)
  --out FILE        where to write the model (gzip)
  --unlabeled DIR   Reuters-21578 SGML folder: learns word clusters and a casing prior, and
                    reads its category name lists
  --lexicon FILE    curated name list (default: the shipped models/ner-lexicon.tsv)
  --resources-from MODEL  take the word clusters, casing prior and name lists from this model
                    instead of building them (--unlabeled and --lexicon are then not read)
  --epochs N        passes over the training data per run (default 12)
  --runs N          runs averaged into the model, seeds SEED .. SEED+N-1 (default 5)
  --seed N          shuffling seed of the first run (default 1)
  --min-weight X    drop weights smaller than this when saving (default 0.3: a quarter fewer
                    rows, same dev F1)
  --drop-contexts X share of training passes over a document made without its context-aggregation
                    features (default 0.5), so local evidence keeps its weight
  --passes N        1 (default): one tagger; 2: a second tagger that also sees what the first
                    tagged each word and name across the document, trained on first-pass tags
                    made --folds-fold over the training data (each fold tagged by a model not
                    trained on it). CoNLL-2003 dev F1 0.9301 vs 0.9291, MEANTIME 655 vs 642 of
                    753, at about half the tagging speed: not shipped
  --folds N         folds for the first-pass tags the second pass trains on (default 2)`;

const command: Subcommand = {
  summary: 'Train the entity tagger (averaged perceptron, BILOU) on CoNLL-2003 data',
  usage,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        train: { type: 'string' },
        'also-train': { type: 'string', multiple: true },
        dev: { type: 'string' },
        out: { type: 'string' },
        unlabeled: { type: 'string' },
        lexicon: { type: 'string' },
        'resources-from': { type: 'string' },
        epochs: { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        'min-weight': { type: 'string' },
        'hold-back': { type: 'string' },
        'drop-contexts': { type: 'string' },
        passes: { type: 'string' },
        folds: { type: 'string' },
      },
      false,
    );
    requireOptions(values, { train: 'FILE', out: 'FILE' });
    const epochs = parsePositiveInt(values.epochs, 'epochs', 12);
    const seed = parsePositiveInt(values.seed, 'seed', 1);
    const runs = parsePositiveInt(values.runs, 'runs', 5);
    const every = values['hold-back'] === undefined ? 10 : Number(values['hold-back']);
    if (!Number.isInteger(every) || every < 0) throw new UsageError('--hold-back must be a whole number');
    const minWeight = parseDecimal(values['min-weight'], 'min-weight', 0.3, { min: 0 });
    const dropContexts = values['drop-contexts'] === undefined ? 0.5 : Number(values['drop-contexts']);
    if (!(dropContexts >= 0 && dropContexts <= 1)) throw new UsageError('--drop-contexts must be between 0 and 1');
    const passes = parsePositiveInt(values.passes, 'passes', 1);
    if (passes > 2) throw new UsageError('--passes must be 1 or 2');
    const folds = parsePositiveInt(values.folds, 'folds', 2);
    if (folds < 2) throw new UsageError('--folds must be at least 2');
    const started = Date.now();
    const log = (msg: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);

    const train = parseConll(readFileSync(values.train, 'utf8'));
    const dev = values.dev ? parseConll(readFileSync(values.dev, 'utf8')) : null;
    const alsoTrain = (values['also-train'] ?? []).flatMap((file) => parseConll(readFileSync(file, 'utf8')));
    log(`train: ${train.length} documents, ${countTokens(train)} tokens${dev ? `; dev: ${dev.length} documents, ${countTokens(dev)} tokens` : ''}`);
    if (alsoTrain.length) log(`also trained on after choosing epochs: ${alsoTrain.length} documents, ${countTokens(alsoTrain)} tokens`);

    const from = values['resources-from'];
    if (from && (values.unlabeled || values.lexicon)) throw new UsageError('--resources-from replaces --unlabeled and --lexicon');
    const source = from ? deserialiseModel(readFileSync(from)) : null;
    const resources: NerResources = source
      ? source.resources
      : { clusters: new Map(), casing: new Map(), gazetteer: buildGazetteer(parseLexicon(readFileSync(values.lexicon ?? projectPath('models', 'ner-lexicon.tsv'), 'utf8')), values.unlabeled) };
    log(`gazetteer: ${resources.gazetteer.size} names in ${resources.gazetteer.categories.length} categories; ${resources.clusters.size} clustered words`);
    if (values.unlabeled) {
      const learned = learnWordResources(values.unlabeled, { log });
      resources.clusters = learned.clusters;
      resources.casing = learned.casing;
    }

    const onEpoch = (phase: string) => (epoch: number, score: NerScore | null, secs: number, run: number) => {
      const part = score ? ` held-back F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)})` : '';
      process.stderr.write(process.stderr.isTTY ? '\r\x1b[2K' : '');
      log(`${phase} run ${run + 1}/${runs} epoch ${epoch} ${secs.toFixed(1)}s${part}`);
    };
    const options = { epochs, seed, runs, dropContexts };
    const data = { train, alsoTrain };
    const first = trainPass(data, resources, every, options, undefined, (phase) => onEpoch(`pass 1 ${phase}`), log);
    let second: PassResult | null = null;
    if (passes === 2) {
      const passOne = crossTag([...train, ...alsoTrain], resources, folds, { ...options, epochsPerRun: first.epochsPerRun }, log);
      second = trainPass(data, resources, every, options, passOne, (phase) => onEpoch(`pass 2 ${phase}`), log);
    }
    const result = first.weights;
    const info: Record<string, string | number> = {
      trainedOn: [values.train, ...(values['also-train'] ?? [])].join(' + '),
      epochs,
      runs,
      holdBack: every,
      bestEpochs: first.epochsPerRun.join(','),
      seed,
      dropContexts,
      heldBackF1: first.selectF1,
      passes,
      ...(second ? { folds, secondPassEpochs: second.epochsPerRun.join(','), secondPassHeldBackF1: second.selectF1 } : {}),
      unlabeled: values.unlabeled ?? (source ? `resources of ${from} (${String(source.info.unlabeled ?? '')})` : ''),
      created: new Date().toISOString(),
    };
    const save = () => serialiseModel(result.keys, result.weights, result.trans, resources, info, minWeight, second?.weights);
    let gz = save();
    if (dev) {
      // reported, never chosen on: the saved model's own score, rounding of weights included
      // named apart when dev was trained on, so nobody reads it as a held-out figure
      const devSeen = (values['also-train'] ?? []).some((f) => resolve(f) === resolve(values.dev ?? ''));
      info[devSeen ? 'devF1TrainedOnDev' : 'devF1'] = scoreNer(deserialiseModel(gz), dev).f1;
      gz = save();
    }
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, gz);
    const devNote = info.devF1TrainedOnDev !== undefined ? `; dev F1 ${Number(info.devF1TrainedOnDev).toFixed(4)} (dev was trained on)` : dev ? `; dev F1 ${Number(info.devF1).toFixed(4)}` : '';
    log(`epochs ${info.bestEpochs}${devNote}; wrote ${values.out} (${(statSync(values.out).size / 1e6).toFixed(1)} MB)`);
    return 0;
  },
};
export default command;

interface PassResult {
  weights: TrainedWeights;
  epochsPerRun: number[];
  /** Held-back F1 of the runs trained without the held-back documents (−1: none held back). */
  selectF1: number;
}

type EpochLog = (epoch: number, score: NerScore | null, secs: number, run: number) => void;

/** Training documents: `train` is split to choose epochs; `alsoTrain` joins only the refit. */
interface TrainingData {
  train: ConllDoc[];
  alsoTrain: ConllDoc[];
}

/**
 * Chooses each run's epochs on every Nth training document, then refits on all of them plus the
 * --also-train documents.
 */
function trainPass(
  { train, alsoTrain }: TrainingData,
  resources: NerResources,
  every: number,
  options: TrainOptions,
  passOne: Map<ConllDoc, Uint8Array> | undefined,
  onEpoch: (phase: string) => EpochLog,
  log: (msg: string) => void,
): PassResult {
  const { fit, select } = holdBack(train, every);
  const runs = options.runs ?? 1;
  let epochsPerRun = Array.from({ length: runs }, () => options.epochs);
  let selectF1 = -1;
  if (select.length) {
    log(`choosing epochs on ${select.length} held-back training documents, training on ${fit.length}`);
    const bar = createProgress('selecting', fit.length * options.epochs * runs);
    const chosen = trainPerceptron(fit, select, resources, { ...options, passOne, onDoc: () => bar.tick(), onEpoch: onEpoch('select') });
    bar.done();
    epochsPerRun = chosen.bestEpochs;
    selectF1 = chosen.dev?.f1 ?? -1;
    log(`chosen epochs ${epochsPerRun.join(',')}; refitting on all ${train.length + alsoTrain.length} training documents`);
  }
  const all = [...train, ...alsoTrain];
  const bar = createProgress('training', all.length * epochsPerRun.reduce((a, b) => a + b, 0));
  const weights = trainPerceptron(all, null, resources, { ...options, epochsPerRun, passOne, onDoc: () => bar.tick(), onEpoch: onEpoch('fit') });
  bar.done();
  return { weights, epochsPerRun, selectF1 };
}

/**
 * First-pass tags for every training document from a model that did not train on it (k folds,
 * every kth document), so the second pass learns how far to trust tags as good as at run time.
 */
function crossTag(train: ConllDoc[], resources: NerResources, folds: number, options: TrainOptions, log: (msg: string) => void): Map<ConllDoc, Uint8Array> {
  const tags = new Map<ConllDoc, Uint8Array>();
  for (let f = 0; f < folds; f++) {
    log(`pass-one tags: fold ${f + 1}/${folds}`);
    const rest = train.filter((_, i) => i % folds !== f);
    const w = trainPerceptron(rest, null, resources, options);
    const model = createModel(w.keys, w.weights, w.trans, resources, {});
    train.forEach((d, i) => {
      if (i % folds === f) tags.set(d, tagDocument(model, { sentences: d.sentences.map((s) => s.words) }));
    });
  }
  return tags;
}
