// `chronicle train event-vectors`: the event heads' word vectors (corpus/events/head-vectors.ts),
// counted over unlabeled text: Reuters-21578 bodies and, optionally, the text of ECB+ topics
// (train topics only: their coreference labels are not read). Writes models/event-head-vectors.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { simpleTokens } from '../pipeline/entities/tokenize.js';
import { buildHeadVectors, DEFAULT_HEAD_VECTORS } from '../corpus/events/head-vectors.js';
import { readReutersBodies } from './lib/reuters.js';
import { readEcbTopic, readValidatedSentences } from '../eval/ecb/read.js';
import { parseTopics } from '../eval/event-coref.js';

const usage = `Usage: chronicle train event-vectors --reuters DIR [--ecb DIR --topics LIST] --out FILE [--window N] [--min-count N] [--keep N]

Counts, for every word stem seen at least N times (default ${DEFAULT_HEAD_VECTORS.minCount}), the content words
within --window (default ${DEFAULT_HEAD_VECTORS.window}) of it, after dropping the ${DEFAULT_HEAD_VECTORS.dropTop} most frequent stems, and
keeps its --keep (default ${DEFAULT_HEAD_VECTORS.keep}) strongest contexts by positive PMI. Text: Reuters-21578
bodies (.sgm files in DIR) and, with --ecb, the text of ECB+ topics LIST (train topics only).
Writes the vectors as JSON (models/event-head-vectors.json), read by event coreference.`;

const command: Subcommand = {
  summary: 'Learn event-head word vectors from unlabeled text (Reuters, ECB+ train text)',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, {
      reuters: { type: 'string' },
      ecb: { type: 'string' },
      topics: { type: 'string' },
      out: { type: 'string' },
      window: { type: 'string' },
      'min-count': { type: 'string' },
      keep: { type: 'string' },
    }, false);
    requireOptions(values, { reuters: 'DIR', out: 'FILE' });
    if (!!values.ecb !== !!values.topics) throw new UsageError('--ecb and --topics go together');
    const opts = { ...DEFAULT_HEAD_VECTORS };
    for (const [flag, key] of [['window', 'window'], ['min-count', 'minCount'], ['keep', 'keep']] as const) {
      const v = values[flag];
      if (v === undefined) continue;
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${flag} must be a positive integer`);
      opts[key] = n;
    }
    const texts = readReutersBodies(values.reuters).map((b) => simpleTokens(b));
    process.stderr.write(`Reuters: ${texts.length} bodies\n`);
    if (values.ecb && values.topics) {
      const validated = readValidatedSentences(join(values.ecb, 'coreference_sentences.csv'));
      let docs = 0;
      for (const topic of parseTopics(values.topics))
        for (const d of readEcbTopic(values.ecb, topic, validated)) {
          texts.push(d.tokens.map((t) => t.text));
          docs++;
        }
      process.stderr.write(`ECB+: ${docs} documents\n`);
    }
    const model = buildHeadVectors(texts, opts);
    model.info = { ...model.info, text: `Reuters-21578${values.topics ? ` + ECB+ topics ${values.topics} (text only)` : ''}` };
    mkdirSync(dirname(values.out), { recursive: true });
    // one stem a line, so the file reads as a table
    const lines = Object.entries(model.vectors).map(([w, v]) => `    ${JSON.stringify(w)}: ${JSON.stringify(v)}`);
    writeFileSync(values.out, `{\n  "info": ${JSON.stringify(model.info)},\n  "contexts": ${JSON.stringify(model.contexts)},\n  "vectors": {\n${lines.join(',\n')}\n  }\n}\n`);
    console.log(`${lines.length} stem vectors → ${values.out}`);
    return 0;
  },
};
export default command;
