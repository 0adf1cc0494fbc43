// `chronicle eval ner FILE`: exact-span (conlleval) precision/recall/F1 of the entity tagger
// on CoNLL-format data, plus tagging speed on one core.
import { readFileSync } from 'node:fs';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { loadNerModel } from '../pipeline/entities/index.js';
import { scoreNer } from './lib/ner-score.js';
import { NerErrorCounter } from './lib/ner-errors.js';
import { parseConll } from '../train/lib/conll.js';
import { loadSyntaxModel } from '../pipeline/syntax/index.js';
import { scoreNerPipeline } from './lib/ner-pipeline-score.js';
import { scoreMeantimeNames } from './lib/ner-meantime.js';

const usage = `Usage: chronicle eval ner FILE [--model FILE] [--pipeline] [--details] [--json]
       chronicle eval ner --meantime DIR [--model FILE] [--details] [--json]

Tags CoNLL-2003-format FILE with the entity model (default: the shipped one) and reports
exact-span precision, recall and F1 (conlleval semantics), per type, and tokens per second.
--pipeline also scores the whole entity stage (the tagger, then the parse-based and house-style
rules after it) on the same tokens, as "pipeline". --details counts the tagger's mistakes by kind
("ORG as PER", "MISC wrong span", "LOC missed", "PER spurious"), as "errors".
--meantime DIR scores the whole entity stage on MEANTIME's named person, organisation and place
mentions instead (found with the right type: a mention of that type overlapping the gold one).`;

const command: Subcommand = {
  summary: 'Entity tagger F1 (exact spans, conlleval) and speed on CoNLL data',
  usage,
  async run(argv) {
    const { values, positionals } = parseFlags(argv, {
      model: { type: 'string' },
      pipeline: { type: 'boolean' },
      meantime: { type: 'string' },
      details: { type: 'boolean' },
      json: { type: 'boolean' },
    });
    if (values.meantime) {
      const result = scoreMeantimeNames(values.meantime, loadNerModel(values.model), loadSyntaxModel(), values.details === true);
      if (values.json) printJson(result);
      else {
        console.log(`MEANTIME named mentions with the right type ${result.found}/${result.total} (${result.accuracy.toFixed(3)}) in ${result.documents} documents`);
        for (const m of result.misses ?? []) console.log(`  missed ${m}`);
      }
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError('give one CoNLL file');
    const loadStart = performance.now();
    const model = loadNerModel(values.model);
    const loadMs = performance.now() - loadStart;
    const docs = parseConll(readFileSync(positionals[0], 'utf8'));
    const errors = values.details ? new NerErrorCounter() : undefined;
    const result = { ...scoreNer(model, docs, errors), modelLoadMs: Math.round(loadMs), ...(errors ? { errors: errors.summary() } : {}) };
    const pipeline = values.pipeline ? scoreNerPipeline(model, loadSyntaxModel(), docs) : undefined;
    if (values.json) printJson(pipeline ? { ...result, pipeline } : result);
    else {
      console.log(`F1 ${result.f1.toFixed(4)}  P ${result.precision.toFixed(4)}  R ${result.recall.toFixed(4)}  (${result.tokens} tokens, ${result.tokensPerSecond} tokens/s, model loaded in ${result.modelLoadMs} ms)`);
      for (const [t, s] of Object.entries(result.perType)) console.log(`  ${t.padEnd(5)} F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}`);
      for (const [kind, n] of Object.entries(result.errors ?? {})) console.log(`  ${String(n).padStart(5)} ${kind}`);
      if (pipeline) console.log(`pipeline F1 ${pipeline.f1.toFixed(4)}  P ${pipeline.precision.toFixed(4)}  R ${pipeline.recall.toFixed(4)}`);
    }
    return 0;
  },
};
export default command;
