// `chronicle train event-trigger`: trains the event-trigger detector (TimeML event class of each
// word, or none) on the <EVENT> annotations of listed TimeML files and writes the gzip model the
// detector reads (kept with the trainer: the facts stage does not use it).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, parsePositiveInt, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { serialiseTriggerModel } from './lib/event-trigger-model.js';
import { parserForTraining } from './lib/attribution-parse.js';
import { prepareTriggerDoc, readFileList, trainTrigger } from './lib/event-trigger.js';

const usage = `Usage: chronicle train event-trigger --corpus DIR --files LIST --out FILE [options]

Trains the event-trigger detector: every word of the shipped dependency parse of each TimeML file
in LIST (paths relative to DIR, one a line) is labelled with the class of the <EVENT> covering it
(OCCURRENCE, REPORTING, STATE, I_ACTION, I_STATE, ASPECTUAL, PERCEPTION) or none, and a multiclass
averaged perceptron learns the labels from the word, lemma, part of speech, relation, head,
auxiliaries, arguments, suffixes and WordNet class. The same inputs give the same bytes.

  --corpus DIR      folder the listed paths are relative to
  --files LIST      file with the TimeML paths to train on
  --out FILE        where to write the model, e.g. models/event-trigger.json.gz
  --epochs N        passes over the data (default 8)
  --seed N          shuffling seed (default 1)
  --min-count N     features seen fewer times are not learnt (default 2)`;

const command: Subcommand = {
  summary: 'Train the event-trigger detector (TimeML event classes) on TimeML files',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { corpus: { type: 'string' }, files: { type: 'string' }, out: { type: 'string' }, epochs: { type: 'string' }, seed: { type: 'string' }, 'min-count': { type: 'string' } }, false);
    requireOptions(values, { corpus: 'DIR', files: 'LIST', out: 'FILE' });
    const parse = await parserForTraining();
    if (!parse) throw new UsageError('the detector trains on the dependency parse: models/parser.bin.gz is missing');
    const docs = readFileList(values.files).map((f) => prepareTriggerDoc(values.corpus!, f, parse));
    const model = trainTrigger(docs, { epochs: parsePositiveInt(values.epochs, 'epochs', 8), seed: parsePositiveInt(values.seed, 'seed', 1), minCount: parsePositiveInt(values['min-count'], 'min-count', 2), minWeight: 0.5 });
    model.info.files = docs.length;
    mkdirSync(dirname(values.out), { recursive: true });
    writeFileSync(values.out, serialiseTriggerModel(model));
    process.stderr.write(`trained on ${docs.length} files, ${docs.reduce((n, d) => n + d.gold.filter((g) => g > 0).length, 0)} event words; wrote ${values.out} (${(statSync(values.out).size / 1e6).toFixed(2)} MB, ${model.keys.length} features)\n`);
    return 0;
  },
};
export default command;
