// `chronicle train attribution`: trains the attribution model (cue tagger and role tagger,
// averaged perceptron) on PolNeAR-layout data and writes the gzip model the facts stage reads.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseDecimal, parseFlags, parsePositiveInt, requireOptions } from '../cli/args.js';
import { deserialiseAttributionModel, serialiseAttributionModel } from '../pipeline/facts/quotes/model.js';
import { readPolnear } from './lib/polnear.js';
import { CV_CUE_BIASES, DEV_CUE_BIASES, evaluate, prepareArticle, trainAttribution } from './lib/attribution-perceptron.js';
import { parserForTraining } from './lib/attribution-parse.js';

const usage = `Usage: chronicle train attribution --train DIR --dev DIR --out FILE [options]

Trains the attribution model on PolNeAR-layout folders (DIR/text/NAME.txt,
DIR/attributions/NAME_ANNOTATOR.ann; the annotator that sorts first is used): a cue tagger
(BIO over each sentence) and a role tagger (source and content around each cue), both averaged
perceptrons. Each keeps the epoch with the best F1 on --dev (cues: exact spans; roles: exact
source and content chunks around the gold cues); then a bias towards starting a cue is chosen
on --dev (the perceptron alone finds too few). With --train-cv both are chosen on train alone.

  --train DIR       training articles
  --dev DIR         development articles (choosing epochs; never trained on)
  --out FILE        where to write the model (gzip), e.g. models/attribution.bin.gz
  --epochs N        passes over the training data (default 8)
  --seed N          shuffling seed (default 1)
  --no-syntax       do not read the dependency parse, even when the parser is installed
  --gold-cue-masks  the role tagger learns with the gold cues of the article marked, not the
                    cues a cue tagger predicts (by default, trained on the other half of --train)
  --min-weight X    drop feature rows whose largest |weight| is below X (default 0.5)
  --train-cv        choose the epochs and the cue bias by two-fold cross-validation over --train
                    (each half tagged by taggers trained on the other, even and odd articles),
                    never on --dev, which is then only reported. The cue bias grid differs: train-CV
                    tries ${CV_CUE_BIASES.join(', ')}; --dev no bias, then ${DEV_CUE_BIASES.join(', ')}
  --cue-candidates  also train a classifier that takes verbs the cue tagger passed over, read
                    from the parse (two-fold over --train; kept only when it raises cue F1 on
                    the held-out folds)`;

const command: Subcommand = {
  summary: 'Train the attribution model (who said what: source, cue, content) on PolNeAR data',
  usage,
  async run(argv) {
    const { values } = parseFlags(
      argv,
      {
        train: { type: 'string' },
        dev: { type: 'string' },
        out: { type: 'string' },
        epochs: { type: 'string' },
        seed: { type: 'string' },
        'no-syntax': { type: 'boolean' },
        'gold-cue-masks': { type: 'boolean' },
        'min-weight': { type: 'string' },
        'cue-candidates': { type: 'boolean' },
        'train-cv': { type: 'boolean' },
      },
      false,
    );
    requireOptions(values, { train: 'DIR', out: 'FILE' });
    const epochs = parsePositiveInt(values.epochs, 'epochs', 8);
    const seed = parsePositiveInt(values.seed, 'seed', 1);
    const minWeight = parseDecimal(values['min-weight'], 'min-weight', 0.5, { min: 0 });
    const started = Date.now();
    const log = (msg: string) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${msg}\n`);
    const parse = values['no-syntax'] ? undefined : await parserForTraining();
    log(parse ? 'reading the dependency parse' : 'no dependency parse: word and quote features only');
    const train = readPolnear(values.train).map((a) => prepareArticle(a, parse));
    const dev = values.dev ? readPolnear(values.dev).map((a) => prepareArticle(a, parse)) : [];
    log(`train: ${train.length} articles, ${train.reduce((n, a) => n + a.windows.length, 0)} attributions; dev: ${dev.length} articles`);
    const result = trainAttribution(train, dev, { epochs, seed, usesSyntax: !!parse, predictedCueMasks: !values['gold-cue-masks'], cueCandidates: !!values['cue-candidates'] && !!parse, trainCv: !!values['train-cv'], log });
    // the dev figures of the model as shipped: dropping light rows changes decisions
    const shipped = dev.length ? evaluate(dev, deserialiseAttributionModel(serialiseAttributionModel(result.model, minWeight))) : null;
    result.model.info = {
      trainedOn: values.train,
      devOn: values.dev ?? '',
      epochs,
      cueEpoch: result.cueEpoch,
      roleEpoch: result.roleEpoch,
      cueBias: result.cueBias,
      seed,
      usesSyntax: !!parse,
      predictedCueMasks: !values['gold-cue-masks'],
      cueCandidates: !!result.model.candidates,
      ...(values['train-cv'] ? { chosenOn: 'train-cv' } : {}),
      devSourceF1: shipped?.exact.source.f1 ?? -1,
      devCueF1: shipped?.exact.cue.f1 ?? -1,
      devContentF1: shipped?.exact.content.f1 ?? -1,
    };
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, serialiseAttributionModel(result.model, minWeight));
    if (result.dev) log(`dev before dropping rows under --min-weight, exact spans: source F1 ${result.dev.exact.source.f1}, cue ${result.dev.exact.cue.f1}, content ${result.dev.exact.content.f1}; relations (overlap) ${result.dev.relation.f1}`);
    if (shipped) log(`dev as written, exact spans: source F1 ${shipped.exact.source.f1}, cue ${shipped.exact.cue.f1}, content ${shipped.exact.content.f1}; relations (overlap) ${shipped.relation.f1}`);
    log(`cue tagger from epoch ${result.cueEpoch}, role tagger from epoch ${result.roleEpoch}; wrote ${values.out} (${(statSync(values.out).size / 1e6).toFixed(1)} MB)`);
    return 0;
  },
};
export default command;
