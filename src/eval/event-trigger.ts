// `chronicle eval event-trigger`: the event-trigger detector against the <EVENT> annotations of
// listed TimeML files (word-level detection P/R/F1 and class accuracy).
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { DEFAULT_TRIGGER_MODEL, loadTriggerModel } from '../train/lib/event-trigger-model.js';
import { checkAnchoredGold, loadAnchoredOrPlain } from './lib/gold-anchored.js';
import { parserForTraining } from '../train/lib/attribution-parse.js';
import { prepareTriggerDoc, readFileList, scoreTrigger } from '../train/lib/event-trigger.js';

const usage = `Usage: chronicle eval event-trigger --corpus DIR --files LIST [--model FILE] [--json]

Scores the event-trigger detector on the TimeML files in LIST: a file of paths relative to DIR, one a
line, or a gold JSON file (its "documents" keys are the paths); several such files may be given
separated by commas. FILE defaults to models/${DEFAULT_TRIGGER_MODEL}. A word counts as found when the detector gives
it an event class and an <EVENT> covers it. Reports precision, recall, F1, and the share of found
events given the gold class.`;

/** The TimeML paths a list names: a gold JSON's document keys (read as `eval gold` reads it), else one a line. */
function listOf(path: string): string[] {
  if (!path.endsWith('.json')) return readFileList(path);
  const gold = loadAnchoredOrPlain(path);
  if ('plain' in gold) return Object.keys(gold.plain.documents);
  checkAnchoredGold(gold.anchored);
  return Object.keys(gold.anchored.documents);
}

const command: Subcommand = {
  summary: 'Score the event-trigger detector on TimeML <EVENT> annotations',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { corpus: { type: 'string' }, files: { type: 'string' }, model: { type: 'string' }, json: { type: 'boolean' } }, false);
    requireOptions(values, { corpus: 'DIR', files: 'LIST' });
    const model = loadTriggerModel(values.model);
    if (!model) throw new UsageError(`no event-trigger model at ${values.model ?? `models/${DEFAULT_TRIGGER_MODEL}`}`);
    const parse = await parserForTraining();
    if (!parse) throw new UsageError('models/parser.bin.gz is missing');
    const docs = values.files.split(',').flatMap(listOf).map((f) => prepareTriggerDoc(values.corpus!, f, parse));
    const figures = { files: docs.length, ...scoreTrigger(model, docs) };
    if (values.json) printJson(figures);
    else process.stdout.write(`${docs.length} files, ${figures.goldEvents} event words: P ${figures.precision} R ${figures.recall} F1 ${figures.f1}, class accuracy ${figures.classAccuracy}\n`);
    return 0;
  },
};
export default command;
