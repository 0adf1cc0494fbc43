// `chronicle eval meantime --corpus DIR [--json]`: the whole pipeline on MEANTIME's Wikinews
// articles (NewsReader, English): time expressions against its TIMEX3 (TempEval-3 scores, the
// document creation time as anchor) and figures against its VALUE markables (money, percentages,
// quantities; spans only, MEANTIME gives no normalised values). MEANTIME annotates each article's
// first sentences only: what is found after them is not scored.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Analysis } from '../types.js';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { analyse, defaultContext } from '../pipeline/index.js';
import { timexOf } from '../pipeline/time/timex.js';
import { parseMeantime, type GoldValue, type MeantimeDoc } from './timeml/meantime-read.js';
import { relocate } from './timeml/relocate.js';
import { addTally, emptyTally, report, scoreTimexes, type TimexReport } from './timeml/score.js';
import { prf, type Tally } from './lib/gold-match.js';

const usage = `Usage: chronicle eval meantime --corpus DIR [--details] [--json]

Runs the pipeline on every MEANTIME .xml file under DIR (intra_cross-doc_annotation/corpus_*),
each with its document creation time as the publication date, and reports time expressions
(strict/relaxed/value F1, TempEval-3) and figures against the VALUE markables: relaxed-span
precision/recall/F1 overall and per type (MONEY, PERCENT, QUANTITY).`;

function xmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...xmlFiles(path));
    else if (name.endsWith('.xml')) out.push(path);
  }
  return out;
}

function scoreValues(gold: GoldValue[], a: Analysis, byType: Map<string, Tally>, all: Tally, details: string[]): void {
  const used = new Set<number>();
  for (const g of gold) {
    const t = byType.get(g.type) ?? { tp: 0, fp: 0, fn: 0 };
    byType.set(g.type, t);
    const i = a.figures.findIndex((f, k) => !used.has(k) && f.start < g.end && g.start < f.end);
    if (i < 0) {
      t.fn++;
      all.fn++;
      details.push(`miss      ${g.type} "${g.text}"`);
      continue;
    }
    used.add(i);
    t.tp++;
    all.tp++;
  }
  a.figures.forEach((f, k) => {
    if (used.has(k)) return;
    all.fp++;
    details.push(`spurious  ${f.unit ?? ''} "${f.text}" ${f.value}`);
  });
}

export interface MeantimeReport {
  documents: number;
  time: TimexReport;
  figures: ReturnType<typeof prf> & { byType: Record<string, ReturnType<typeof prf>> };
  details?: Record<string, string[]>;
}

export async function evaluateMeantime(dir: string, withDetails: boolean): Promise<MeantimeReport> {
  const files = xmlFiles(dir);
  if (!files.length) throw new UsageError(`no MEANTIME .xml files under ${dir}`);
  const ctx = defaultContext();
  let times = emptyTally();
  const byType = new Map<string, Tally>();
  const all: Tally = { tp: 0, fp: 0, fn: 0 };
  const details: Record<string, string[]> = {};
  for (const file of files) {
    const m: MeantimeDoc = parseMeantime(readFileSync(file, 'utf8'), basename(file, '.xml'));
    const day = m.dct && /^\d{4}-\d{2}-\d{2}/.test(m.dct) ? m.dct.slice(0, 10) : undefined;
    const a = analyse({ source: { kind: 'file', location: file, name: m.id }, format: 'text', content: m.text, encoding: 'utf-8', hints: day ? { published: day } : {} }, ctx);
    const text = a.doc.text;
    const limit = relocate(m.text, text, [m.annotatedEnd])[0]?.end ?? text.length;
    a.times = a.times.filter((t) => t.start < limit);
    a.figures = a.figures.filter((f) => f.start < limit);
    const found = a.times.map((t) => ({ start: t.start, end: t.end, text: t.text, ...timexOf(t) }));
    const s = scoreTimexes(relocate(m.text, text, m.timexes), found);
    times = addTally(times, s.tally);
    const lines: string[] = [];
    scoreValues(relocate(m.text, text, m.values), a, byType, all, lines);
    if (withDetails) {
      for (const g of s.missed) lines.push(`time miss "${g.text}" ${g.value}`);
      for (const f of s.spurious) lines.push(`time spurious "${f.text}" ${f.value}`);
      for (const w of s.wrongValue) lines.push(`time value "${w.gold.text}" gold ${w.gold.value}, found ${w.found.value}`);
      details[m.id] = lines;
    }
  }
  return {
    documents: files.length,
    time: report(times),
    figures: { ...prf(all), byType: Object.fromEntries([...byType].map(([k, t]) => [k, prf(t)])) },
    ...(withDetails ? { details } : {}),
  };
}

const command: Subcommand = {
  summary: 'Time expressions and figures on MEANTIME (Wikinews) annotations',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { corpus: { type: 'string' }, json: { type: 'boolean' }, details: { type: 'boolean' } });
    requireOptions(values, { corpus: 'DIR' });
    const r = await evaluateMeantime(values.corpus, values.details === true);
    if (values.json) {
      printJson(r);
      return 0;
    }
    console.log(`documents ${r.documents}`);
    console.log(`time      strict F1 ${r.time.strict.f1.toFixed(3)}  relaxed F1 ${r.time.relaxed.f1.toFixed(3)} (P ${r.time.relaxed.precision.toFixed(3)} R ${r.time.relaxed.recall.toFixed(3)})  value F1 ${r.time.value.f1.toFixed(3)}`);
    console.log(`figures   P ${r.figures.precision.toFixed(3)}  R ${r.figures.recall.toFixed(3)}  F1 ${r.figures.f1.toFixed(3)}`);
    for (const [k, t] of Object.entries(r.figures.byType)) console.log(`  ${k.padEnd(9)} recall ${t.recall.toFixed(3)} (${t.tp}/${t.tp + t.fn})`);
    if (r.details) for (const [doc, lines] of Object.entries(r.details)) for (const l of lines) console.log(`${doc}  ${l}`);
    return 0;
  },
};
export default command;
