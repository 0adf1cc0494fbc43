// chronicle eval extract: main-content extraction on the article-extraction benchmark
// (scrapinghub's metric), optionally beside Mozilla Readability in the same run.
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from '../cli/command.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { printJson } from '../cli/output.js';
import { createProgress } from '../cli/progress.js';
import type { Subcommand } from '../cli/subcommands.js';
import { extract } from '../pipeline/extract/index.js';
import { loadPages, runExtractor, type RunResult } from './lib/extract-benchmark.js';
import { loadReadability } from './lib/extract-readability.js';

const usage = `Usage: chronicle eval extract --pages DIR --truth FILE [--split dev|train|test] [--baseline readability] [--json] [--per-page]

  --pages DIR       folder of <id>.html or <id>.html.gz pages
  --truth FILE      ground-truth.json: { "<id>": { "articleBody": "…" } }
  --split NAME      which half of the benchmark this is (default: the dev/train/test folder the
                    truth file sits in); the output says whether the figure is held-out
  --baseline NAME   also run a baseline on the same pages (readability)
  --json            print JSON
  --per-page        include per-page precision/recall in the JSON`;

/** Only a test split is held out: the extractor was built looking at the dev half. */
const SPLIT_NOTES: Record<string, string> = {
  dev: 'development half: the extractor was built against these pages, so this is not a held-out figure',
  train: 'training half: not a held-out figure',
  test: 'held-out half: not used to build the extractor',
};

/** The split named by the truth file's folder (…/dev/ground-truth.json), if it names one. */
function splitOf(truthPath: string): string | null {
  const folder = basename(dirname(resolve(truthPath)));
  return folder in SPLIT_NOTES ? folder : null;
}

function ourExtractor(html: string, url?: string): string {
  return extract({
    source: { kind: 'file', location: url ?? '-', name: 'page' },
    format: 'html',
    content: html,
    encoding: 'utf-8',
    hints: {},
  }).text;
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

const command: Subcommand = {
  summary: 'Main-content extraction F1 on the article-extraction benchmark',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, {
      pages: { type: 'string' },
      truth: { type: 'string' },
      baseline: { type: 'string' },
      json: { type: 'boolean' },
      'per-page': { type: 'boolean' },
      split: { type: 'string' },
    });
    requireOptions(values, { pages: 'DIR', truth: 'FILE' });
    if (values.baseline && values.baseline !== 'readability') throw new UsageError(`unknown baseline "${values.baseline}" (known: readability)`);
    const pages = loadPages(values.pages, values.truth);
    if (pages.length === 0) throw new UsageError(`no pages in ${values.pages} match ids in ${values.truth}`);

    const progress = createProgress('extract', pages.length, !values.json && process.stderr.isTTY === true);
    const ours = runExtractor(pages, ourExtractor, () => progress.tick());
    progress.done();
    let baseline: (RunResult & { name: string }) | undefined;
    if (values.baseline) {
      const readability = await loadReadability();
      const bp = createProgress('readability', pages.length, !values.json && process.stderr.isTTY === true);
      baseline = { name: values.baseline, ...runExtractor(pages, readability, () => bp.tick()) };
      bp.done();
    }
    const split = values.split ?? splitOf(values.truth);
    if (split !== null && !(split in SPLIT_NOTES)) throw new UsageError(`unknown split "${split}" (known: ${Object.keys(SPLIT_NOTES).join(', ')})`);
    const result = {
      split,
      heldOut: split === null ? null : split === 'test',
      note: split === null ? 'split unknown (pass --split): do not report this as a held-out figure' : SPLIT_NOTES[split],
      pages: ours.pages,
      precision: round(ours.precision),
      recall: round(ours.recall),
      f1: round(ours.f1),
      accuracy: round(ours.accuracy),
      seconds: round(ours.seconds),
      ...(baseline
        ? { baseline: { name: baseline.name, precision: round(baseline.precision), recall: round(baseline.recall), f1: round(baseline.f1), accuracy: round(baseline.accuracy), seconds: round(baseline.seconds) } }
        : {}),
      ...(values['per-page'] ? { perPage: ours.perPage.map((p) => ({ id: p.id, precision: round(p.precision), recall: round(p.recall) })) } : {}),
    };
    if (values.json) {
      printJson(result);
      return 0;
    }
    const line = (name: string, r: { precision: number; recall: number; f1: number; accuracy: number; seconds: number }) =>
      `${name.padEnd(12)} precision=${r.precision.toFixed(3)}  recall=${r.recall.toFixed(3)}  F1=${r.f1.toFixed(3)}  accuracy=${r.accuracy.toFixed(3)}  (${r.seconds.toFixed(1)} s)`;
    console.log(`${result.pages} pages, split ${result.split ?? 'unknown'}: ${result.note}`);
    console.log(line('chronicle', result));
    if (result.baseline) console.log(line(result.baseline.name, result.baseline));
    return 0;
  },
};
export default command;
