// `chronicle eval parser FILE.conllu`: UPOS accuracy, UAS and LAS of the syntax model on the
// file's gold words and sentences (punctuation counted; LAS on the universal relation, before
// ':'), as the CoNLL 2018 shared task scores with gold segmentation; and words per second.
import { readFileSync, statSync } from 'node:fs';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { DEFAULT_SYNTAX_MODEL, loadSyntaxModel } from '../pipeline/syntax/index.js';
import { projectPath } from '../paths.js';
import { scoreParser } from './lib/parser-score.js';
import { parseConllu } from '../pipeline/syntax/conllu.js';

const usage = `Usage: chronicle eval parser FILE.conllu [--model FILE] [--repair] [--json]

Tags and parses the gold words of each sentence of FILE with the syntax model (default: the
shipped models/parser.bin.gz) and prints {sentences, words, upos, uas, las, wordsPerSecond, modelBytes,
loadSeconds, modelLoadMs, modelLoadCpuMs} (modelBytes: the model file's size on disk; wordsPerSecond,
loadSeconds and modelLoadCpuMs count CPU time; LAS on the universal part of the relation; punctuation counted).
--repair: also mend the parses a fronted adverbial or a predicate read as a participle derailed, as the pipeline does.`;

const command: Subcommand = {
  summary: 'Tagger and parser accuracy (UPOS, UAS, LAS) and speed on UD CoNLL-U',
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, { model: { type: 'string' }, json: { type: 'boolean' }, repair: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError('give one CoNLL-U file');
    const modelFile = values.model ?? projectPath('models', DEFAULT_SYNTAX_MODEL);
    const modelBytes = statSync(modelFile).size;
    const loadStart = performance.now();
    const loadCpu = process.cpuUsage();
    const model = loadSyntaxModel(modelFile);
    const modelLoadMs = Math.round(performance.now() - loadStart);
    // CPU time too: on a shared machine the wall-clock figure mostly measures the other processes
    const cpu = process.cpuUsage(loadCpu);
    const modelLoadCpuMs = Math.round((cpu.user + cpu.system) / 1000);
    const loadSeconds = Math.round(modelLoadCpuMs / 10) / 100;
    const result = { ...scoreParser(model, parseConllu(readFileSync(positionals[0], 'utf8')), { repair: values.repair === true }), modelBytes, loadSeconds, modelLoadMs, modelLoadCpuMs };
    if (values.json) printJson(result);
    else {
      console.log(`UPOS ${result.upos.toFixed(4)}  UAS ${result.uas.toFixed(4)}  LAS ${result.las.toFixed(4)}  lemma ${result.lemma.toFixed(4)}`);
      console.log(`${result.sentences} sentences, ${result.words} words, ${result.wordsPerSecond} words/s, model ${(modelBytes / 1e6).toFixed(1)} MB loaded in ${modelLoadMs} ms (${modelLoadCpuMs} ms CPU)`);
    }
    return 0;
  },
};
export default command;
