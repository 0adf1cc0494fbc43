// `chronicle train parser`: trains the UPOS tagger, dependency parser and relation labeller on
// UD CoNLL-U and writes the gzip model the syntax stage loads.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseDecimal, parseFlags, parsePositiveInt, requireOptions } from '../cli/args.js';
import { loadNerModel } from '../pipeline/entities/index.js';
import { parseConllu } from '../pipeline/syntax/conllu.js';
import { replaceLemmaTable, serialiseSyntaxModel } from '../pipeline/syntax/model.js';
import { learnLemmas } from '../pipeline/syntax/lemma.js';
import { trainSyntaxModel } from './lib/parser-train.js';

const usage = `Usage: chronicle train parser --train FILE --dev FILE --out FILE [options]

Trains the averaged-perceptron UPOS tagger, the arc-hybrid dependency parser (dynamic oracle,
trained on jackknifed tags) and the relation labeller on Universal Dependencies CoNLL-U.

  --train FILE          CoNLL-U training data (e.g. UD English EWT train.conllu)
  --dev FILE            CoNLL-U data for per-epoch scores (never trained on)
  --out FILE            where to write the model (gzip)
  --clusters-from FILE  entity model whose word clusters the syntax model copies
                        (default: the shipped models/ner.model.gz)
  --tagger-epochs N     (default 5)
  --parser-epochs N     (default 8)
  --labeller-epochs N   (default 5)
  --folds N             jackknife folds for the parser's training tags (default 3; 1 = gold tags)
  --seed N              shuffling seed (default 1)
  --min-weight X        drop parser and labeller features whose largest averaged weight is
                        below X (default 1: a third of the rows, dev UAS −0.001, much faster)
  --lemmas-only FROM    copy the model FROM with only its lemma table relearned from --train
                        (lemmas feed no tagger, parser or labeller feature, so the weights a full
                        run would train are FROM's; FROM's info, creation time included, is kept)`;

const command: Subcommand = {
  summary: 'Train the UPOS tagger and dependency parser on UD CoNLL-U',
  usage,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        train: { type: 'string' },
        dev: { type: 'string' },
        out: { type: 'string' },
        'clusters-from': { type: 'string' },
        'tagger-epochs': { type: 'string' },
        'parser-epochs': { type: 'string' },
        'labeller-epochs': { type: 'string' },
        folds: { type: 'string' },
        seed: { type: 'string' },
        'min-weight': { type: 'string' },
        'lemmas-only': { type: 'string' },
      },
      false,
    );
    requireOptions(values, { train: 'FILE', out: 'FILE' });
    const started = Date.now();
    const log = (msg: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
    const train = parseConllu(readFileSync(values.train, 'utf8'));
    if (values['lemmas-only']) {
      const lemmas = learnLemmas(train.flatMap((s) => s.words));
      mkdirSync(dirname(values.out), { recursive: true });
      writeFileSync(values.out, replaceLemmaTable(readFileSync(values['lemmas-only']), lemmas));
      log(`wrote ${values.out} with ${values['lemmas-only']}'s weights and ${lemmas.exact.size} lemma entries, ${lemmas.rules.size} suffix rules`);
      return 0;
    }
    const dev = values.dev ? parseConllu(readFileSync(values.dev, 'utf8')) : null;
    const clusters = loadNerModel(values['clusters-from']).resources.clusters;
    const parts = trainSyntaxModel(train, dev, { clusters }, {
      taggerEpochs: parsePositiveInt(values['tagger-epochs'], 'tagger-epochs', 5),
      parserEpochs: parsePositiveInt(values['parser-epochs'], 'parser-epochs', 8),
      labellerEpochs: parsePositiveInt(values['labeller-epochs'], 'labeller-epochs', 5),
      folds: parsePositiveInt(values.folds, 'folds', 3),
      seed: parsePositiveInt(values.seed, 'seed', 1),
      explore: 0.9,
      minWeight: parseDecimal(values['min-weight'], 'min-weight', 1, { min: 0 }),
      log,
    });
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, serialiseSyntaxModel({ ...parts, info: { ...parts.info, trainedOn: values.train.split('/').slice(-2).join('/'), created: new Date().toISOString() } }));
    log(`wrote ${values.out} (${(statSync(values.out).size / 1e6).toFixed(1)} MB)`);
    return 0;
  },
};
export default command;
