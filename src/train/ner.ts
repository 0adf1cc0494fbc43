// `chronicle train ner`: trains the entity tagger on CoNLL-2003-format data and writes the
// gzip model that `loadNerModel` reads.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, parsePositiveInt } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { createProgress } from '../cli/progress.js';
import { projectPath } from '../paths.js';
import { parseLexicon } from '../pipeline/entities/lexicon.js';
import { serialiseModel } from '../pipeline/entities/model.js';
import type { NerResources } from '../pipeline/entities/features.js';
import { countTokens, parseConll } from './lib/conll.js';
import { buildGazetteer } from './lib/ner-resources.js';
import { trainPerceptron } from './lib/ner-perceptron.js';
import { learnWordResources } from './lib/ner-unlabeled.js';

const usage = `Usage: chronicle train ner --train FILE --dev FILE --out FILE [options]

Trains the averaged-perceptron BILOU entity tagger (PER, ORG, LOC, MISC): several runs with
different shuffling seeds, averaged into one model.

  --train FILE      CoNLL-2003 format training data (word POS chunk NER; only word and NER are used)
  --dev FILE        CoNLL data for per-epoch F1 and choosing the epoch (never trained on)
  --out FILE        where to write the model (gzip)
  --unlabeled DIR   Reuters-21578 SGML folder: learns word clusters and a casing prior, and
                    reads its category name lists
  --lexicon FILE    curated name list (default: the shipped models/ner-lexicon.tsv)
  --epochs N        passes over the training data per run (default 12)
  --runs N          runs averaged into the model, seeds SEED .. SEED+N-1 (default 5)
  --seed N          shuffling seed of the first run (default 1)
  --min-weight X    drop weights smaller than this when saving (default 0.3: a quarter fewer
                    rows, same dev F1)`;

const command: Subcommand = {
  summary: 'Train the entity tagger (averaged perceptron, BILOU) on CoNLL-2003 data',
  usage,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        train: { type: 'string' },
        dev: { type: 'string' },
        out: { type: 'string' },
        unlabeled: { type: 'string' },
        lexicon: { type: 'string' },
        epochs: { type: 'string' },
        seed: { type: 'string' },
        runs: { type: 'string' },
        'min-weight': { type: 'string' },
      },
      false,
    );
    if (!values.train || !values.out) throw new UsageError('--train and --out are required');
    const epochs = parsePositiveInt(values.epochs, 'epochs', 12);
    const seed = parsePositiveInt(values.seed, 'seed', 1);
    const runs = parsePositiveInt(values.runs, 'runs', 5);
    const minWeight = values['min-weight'] === undefined ? 0.3 : Number(values['min-weight']);
    const started = Date.now();
    const log = (msg: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);

    const train = parseConll(readFileSync(values.train, 'utf8'));
    const dev = values.dev ? parseConll(readFileSync(values.dev, 'utf8')) : null;
    log(`train: ${train.length} documents, ${countTokens(train)} tokens${dev ? `; dev: ${dev.length} documents, ${countTokens(dev)} tokens` : ''}`);

    const lexicon = parseLexicon(readFileSync(values.lexicon ?? projectPath('models', 'ner-lexicon.tsv'), 'utf8'));
    const resources: NerResources = { clusters: new Map(), casing: new Map(), gazetteer: buildGazetteer(lexicon, values.unlabeled) };
    log(`gazetteer: ${resources.gazetteer.size} names in ${resources.gazetteer.categories.length} categories`);
    if (values.unlabeled) {
      const learned = learnWordResources(values.unlabeled, { log });
      resources.clusters = learned.clusters;
      resources.casing = learned.casing;
    }

    const bar = createProgress('training', train.length * epochs * runs);
    const result = trainPerceptron(train, dev, resources, {
      epochs,
      seed,
      runs,
      onDoc: () => bar.tick(),
      onEpoch: (epoch, score, secs, run) => {
        const devPart = score ? ` dev F1 ${score.f1.toFixed(4)} (P ${score.precision.toFixed(4)} R ${score.recall.toFixed(4)})` : '';
        process.stderr.write(process.stderr.isTTY ? '\r\x1b[2K' : '');
        log(`run ${run + 1}/${runs} epoch ${epoch}/${epochs} ${secs.toFixed(1)}s${devPart}`);
      },
    });
    bar.done();
    const info: Record<string, string | number> = {
      trainedOn: values.train,
      epochs,
      runs,
      bestEpochs: result.bestEpochs.join(','),
      seed,
      devF1: result.dev?.f1 ?? -1,
      unlabeled: values.unlabeled ?? '',
      created: new Date().toISOString(),
    };
    const gz = serialiseModel(result.keys, result.weights, result.trans, resources, info, minWeight);
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, gz);
    log(`best epochs ${result.bestEpochs.join(',')}${result.dev ? `; averaged model dev F1 ${result.dev.f1.toFixed(4)}` : ''}; wrote ${values.out} (${(statSync(values.out).size / 1e6).toFixed(1)} MB)`);
    return 0;
  },
};
export default command;
