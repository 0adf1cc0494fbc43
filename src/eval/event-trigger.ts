// `chronicle eval event-trigger`: the event-trigger detector against the <EVENT> annotations of
// listed TimeML files (word-level detection P/R/F1 and class accuracy).
import { readFileSync } from 'node:fs';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { loadTriggerModel } from '../train/lib/event-trigger-model.js';
import { parserForTraining } from '../train/lib/attribution-parse.js';
import { prepareTriggerDoc, readFileList, scoreTrigger } from '../train/lib/event-trigger.js';

const usage = `Usage: chronicle eval event-trigger --corpus DIR --files LIST [--model FILE] [--json]

Scores the event-trigger detector on the TimeML files in LIST (paths relative to DIR, one a line;
or a gold JSON whose "documents" keys are the paths): a word counts as found when the detector gives
it an event class and an <EVENT> covers it. Reports precision, recall, F1, and the share of found
events given the gold class.`;

function listOf(path: string): string[] {
  if (path.endsWith('.json')) return Object.keys((JSON.parse(readFileSync(path, 'utf8')) as { documents: Record<string, unknown> }).documents);
  return readFileList(path);
}

const command: Subcommand = {
  summary: 'Score the event-trigger detector on TimeML <EVENT> annotations',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { corpus: { type: 'string' }, files: { type: 'string' }, model: { type: 'string' }, json: { type: 'boolean' } }, false);
    if (!values.corpus || !values.files) throw new UsageError('--corpus and --files are required');
    const model = loadTriggerModel(values.model);
    if (!model) throw new UsageError('no event-trigger model (models/event-trigger.json.gz)');
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
