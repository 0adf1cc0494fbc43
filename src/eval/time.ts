// `chronicle eval time --timeml DIR [--json]`: the time stage against TimeML gold (TempEval-3
// Task A): every .tml file under DIR is read, its text normalised with its document creation time
// as the anchor, and the expressions found are scored against the TIMEX3 annotations.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Doc, Span } from '../types.js';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { normaliseTimes } from '../pipeline/time/index.js';
import { timexOf } from '../pipeline/time/timex.js';
import { parseTimeml, type TimemlDoc } from '../pipeline/read/timeml.js';
import { addTally, emptyTally, report, scoreTimexes, type DocTimexScore, type FoundTimex, type TimexReport } from './timeml/score.js';

const usage = `Usage: chronicle eval time --timeml DIR [--details] [--json]

Reads every TimeML .tml file under DIR (TempEval-3 TimeBank/AQUAINT, MEANTIME converted to
TimeML), runs the time stage on each text with its document creation time as the anchor, and
reports strict and relaxed extraction precision/recall/F1 and value F1 (TempEval-3 Task A: relaxed
F1 × the share of relaxed matches with the right normalised value), per folder and overall, with
the time stage's speed. --details lists misses, spurious and wrong values.`;

function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tmlFiles(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out;
}

/** A Doc for the time stage: the TimeML text, paragraphs at blank lines, the creation time as publication date. */
export function timemlDoc(t: TimemlDoc): Doc {
  const paragraphs: Span[] = [];
  for (const m of t.text.matchAll(/[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g)) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const day = t.dct && /^\d{4}-\d{2}-\d{2}/.test(t.dct) ? t.dct.slice(0, 10) : null;
  return {
    id: t.id, text: t.text, title: '', sources: [], removed: [], paragraphs,
    meta: { authors: [], publisher: null, dateline: null, published: day ? { value: day, precision: 'day' } : { value: null, precision: 'none' } },
  };
}

export interface TimeEvalReport extends TimexReport {
  documents: number;
  byFolder: Record<string, TimexReport & { documents: number }>;
  /** Time stage alone, one core, warm: documents per second of CPU time. */
  docsPerSecond: number;
  details?: Record<string, Omit<DocTimexScore, 'tally'>>;
}

/** Documents per second of CPU time for the time stage, on fresh copies (its cache is per Doc), after the scoring pass warmed it up. */
function timeStageSpeed(docs: Doc[]): number {
  const copies = docs.map((d) => ({ ...d }));
  const before = process.cpuUsage();
  for (const d of copies) normaliseTimes(d);
  const used = process.cpuUsage(before);
  return Math.round(copies.length / ((used.user + used.system) / 1e6));
}

export function evaluateTime(dir: string, withDetails: boolean): TimeEvalReport {
  const files = tmlFiles(dir);
  if (files.length === 0) throw new UsageError(`no .tml files under ${dir}`);
  let total = emptyTally();
  const folders = new Map<string, { tally: ReturnType<typeof emptyTally>; documents: number }>();
  const details: Record<string, Omit<DocTimexScore, 'tally'>> = {};
  const docs: Doc[] = [];
  for (const file of files) {
    const gold = parseTimeml(readFileSync(file, 'utf8'), basename(file, '.tml'));
    const doc = timemlDoc(gold);
    docs.push(doc);
    const times = normaliseTimes(doc);
    const found: FoundTimex[] = times.map((t) => ({ start: t.start, end: t.end, text: t.text, ...timexOf(t) }));
    const score = scoreTimexes(gold.timexes, found);
    total = addTally(total, score.tally);
    const folder = basename(join(file, '..'));
    const f = folders.get(folder) ?? { tally: emptyTally(), documents: 0 };
    f.tally = addTally(f.tally, score.tally);
    f.documents++;
    folders.set(folder, f);
    if (withDetails) details[gold.id] = { missed: score.missed, spurious: score.spurious, wrongValue: score.wrongValue };
  }
  return {
    documents: files.length,
    ...report(total),
    byFolder: Object.fromEntries([...folders].map(([name, f]) => [name, { documents: f.documents, ...report(f.tally) }])),
    docsPerSecond: timeStageSpeed(docs),
    ...(withDetails ? { details } : {}),
  };
}

const command: Subcommand = {
  summary: 'Time expressions vs TimeML gold (TempEval-3): strict/relaxed F1, value F1',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { timeml: { type: 'string' }, json: { type: 'boolean' }, details: { type: 'boolean' } });
    requireOptions(values, { timeml: 'DIR' });
    const r = evaluateTime(values.timeml, values.details === true);
    if (values.json) {
      printJson(r);
      return 0;
    }
    const line = (name: string, x: TimexReport & { documents: number }) =>
      console.log(`${name.padEnd(12)} docs ${String(x.documents).padStart(4)}  strict F1 ${x.strict.f1.toFixed(3)}  relaxed F1 ${x.relaxed.f1.toFixed(3)} (P ${x.relaxed.precision.toFixed(3)} R ${x.relaxed.recall.toFixed(3)})  value F1 ${x.value.f1.toFixed(3)}  type F1 ${x.type.f1.toFixed(3)}`);
    for (const [name, f] of Object.entries(r.byFolder)) line(name, f);
    line('all', r);
    console.log(`time stage: ${r.docsPerSecond} documents/s`);
    if (r.details)
      for (const [doc, d] of Object.entries(r.details)) {
        for (const g of d.missed) console.log(`${doc}  miss      "${g.text}" ${g.type} ${g.value}`);
        for (const f of d.spurious) console.log(`${doc}  spurious  "${f.text}" ${f.type} ${f.value}`);
        for (const w of d.wrongValue) console.log(`${doc}  value     "${w.gold.text}" gold ${w.gold.value}, found "${w.found.text}" ${w.found.value}`);
      }
    return 0;
  },
};
export default command;
