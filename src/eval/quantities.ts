// `chronicle eval quantities --corpus DIR [--limit N] [--json]`: what the figures and time stages
// find on any corpus (figures by kind of unit, share with a unit and with what they measure, time
// expressions by TIMEX3 type) and how fast the two stages run together: articles per second of CPU
// time on one core, the earlier stages (extract … places, and the document context with its
// attribution frames) run beforehand and not counted.
import { SpeakerResolver } from '../pipeline/reference/resolver.js';
import type { Analysis } from '../types.js';
import type { Subcommand } from '../cli/subcommands.js';
import { parseFlags, parsePositiveInt, requireOptions } from '../cli/args.js';
import { UsageError } from '../cli/command.js';
import { printJson } from '../cli/output.js';
import { readInputs } from '../pipeline/read/index.js';
import { analyse, defaultContext } from '../pipeline/index.js';
import { normaliseTimes } from '../pipeline/time/index.js';
import { timexOf } from '../pipeline/time/timex.js';
import { buildDocumentContext } from '../pipeline/context/document.js';
import { SpeakerMemory, sentenceFrames, type Frame } from '../pipeline/facts/attribution.js';
import { extractDirectQuotes } from '../pipeline/facts/quotes/index.js';
import { extractFigures } from '../pipeline/facts/figures/index.js';

const usage = `Usage: chronicle eval quantities --corpus DIR [--limit N] [--json]

Runs the pipeline up to the time stage on the articles under DIR (any input Chronicle reads), then
times the time and figures stages together on one core (CPU time; the document context, attribution
frames and direct quotes figures rely on are prepared first and not counted), and counts what they
find: figures by unit class (money, percent, measure, duration, age, count), with a unit, with what
they measure; time expressions by TIMEX3 type. --limit caps the number of articles (default 2000).`;

type Prepared = { analysis: Analysis; frames: Frame[][]; quotes: ReturnType<typeof extractDirectQuotes>; ctx: ReturnType<typeof buildDocumentContext> };

function unitClass(unit: string | undefined): string {
  if (!unit) return 'count (no unit)';
  if (/^[A-Z]{3}$/.test(unit)) return 'money';
  if (unit === 'percent' || unit === 'percentage_point') return 'percent';
  if (['year', 'month', 'week', 'day', 'hour', 'minute'].includes(unit)) return 'duration or age';
  if (['km', 'mile', 'mph', 'kg', 'tonne', 'point', 'barrel', 'hectare', 'acre', 'litre', 'm', 'foot'].includes(unit)) return 'measure';
  return 'count';
}

export async function measureQuantities(dir: string, limit: number) {
  const pipeline = defaultContext('time');
  const prepared: Prepared[] = [];
  for await (const r of readInputs([dir])) {
    if (!r.ok) continue;
    const analysis = analyse(r.raw, pipeline);
    const ctx = buildDocumentContext(analysis.doc, analysis.segmentation, analysis.mentions, analysis.places, analysis.times);
    const mem = new SpeakerMemory(ctx);
    const frames = ctx.sentences.map((_, s) => (ctx.headingSent[s] ? [] : sentenceFrames(ctx, mem, s)));
    prepared.push({ analysis, frames, quotes: extractDirectQuotes({ ctx, mem, framesBySentence: frames, relations: [], speakers: new SpeakerResolver(ctx), sources: new Map() }), ctx });
    if (prepared.length >= limit) break;
  }
  if (!prepared.length) throw new UsageError(`no articles read under ${dir}`);
  const byClass: Record<string, number> = {};
  const byTimex: Record<string, number> = {};
  let figures = 0;
  let withWhat = 0;
  let times = 0;
  // passes until two CPU seconds are spent (at least three: the first warms the JIT up, and a small corpus
  // needs many to be timed at all); the fastest stands, as other processes on a shared machine only slow one down
  let best = Infinity;
  let spent = 0;
  for (let pass = 0; pass < 3 || (spent < 2 && pass < 200); pass++) {
    const before = process.cpuUsage();
    for (const p of prepared) {
      const found = normaliseTimes({ ...p.analysis.doc });
      const figs = extractFigures({ ctx: p.ctx, framesBySentence: p.frames, quotes: p.quotes, syntax: p.analysis.syntax });
      p.analysis.times = found;
      p.analysis.figures = figs;
    }
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / 1e6);
    spent += (used.user + used.system) / 1e6;
  }
  for (const p of prepared) {
    for (const f of p.analysis.figures) {
      figures++;
      if (f.what) withWhat++;
      const c = unitClass(f.unit);
      byClass[c] = (byClass[c] ?? 0) + 1;
    }
    for (const t of p.analysis.times) {
      times++;
      const type = timexOf(t).type;
      byTimex[type] = (byTimex[type] ?? 0) + 1;
    }
  }
  const seconds = best;
  return {
    articles: prepared.length,
    articlesPerSecond: Math.round(prepared.length / seconds),
    figures,
    figuresByUnit: byClass,
    figuresWithWhat: figures ? Math.round((withWhat / figures) * 1000) / 1000 : 0,
    times,
    timesByType: byTimex,
  };
}

const command: Subcommand = {
  summary: 'Figures and time on any corpus: what they find, and their speed together',
  usage,
  async run(argv) {
    const { values } = parseFlags(argv, { corpus: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' } });
    requireOptions(values, { corpus: 'DIR' });
    const r = await measureQuantities(values.corpus, parsePositiveInt(values.limit, 'limit', 2000));
    if (values.json) printJson(r);
    else {
      console.log(`${r.articles} articles, figures + time: ${r.articlesPerSecond} articles/s (one core, CPU time)`);
      console.log(`figures ${r.figures} (${Object.entries(r.figuresByUnit).map(([k, v]) => `${k} ${v}`).join(', ')}), with what they measure ${r.figuresWithWhat}`);
      console.log(`times ${r.times} (${Object.entries(r.timesByType).map(([k, v]) => `${k} ${v}`).join(', ')})`);
    }
    return 0;
  },
};
export default command;
