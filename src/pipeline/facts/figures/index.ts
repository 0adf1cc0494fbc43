// Figures: every count in the text, normalised, with its qualifier, what it counts
// and who says so. Dates, durations, ranks, ages, identifiers and references to a
// known set ("the three parties") are not figures.
import type { Attribution, Figure, Quote } from '../../../types.js';
import type { FactsContext } from '../context.js';
import { type Frame, frameFor, tokSpan } from '../attribution.js';
import { findNumbers, type NumberExpr } from '../numbers.js';
import { DEFINITE_BEFORE, IDENTIFIER_BEFORE, MEASURE_UNITS, NON_COUNT_UNITS } from '../lexicons/numbers.js';
import { DEMONYMS, PERSON_NOUNS } from '../lexicons/nouns.js';
import { INJURED_WORDS, KILLED_WORDS } from '../lexicons/events.js';
import { isCapitalized, isPunct, looksVerbal, npForward } from '../syntax.js';

const MODIFIER_PREPS = new Set(['of', 'from', 'in', 'on', 'among', 'with', 'across', 'inside']);
const CLAUSE_STOP = new Set([',', '.', ';', ':', '–', '—', '”', '"', '»', '“', '(', ')', '!', '?']);
const NUMBER_FRAME_VERBS = new Set(['at', 'be', 'is', 'was', 'are', 'were', 'reached', 'stood', 'totalled', 'totaled', 'exceeded', 'to']);

export interface FigureInput {
  ctx: FactsContext;
  framesBySentence: Frame[][];
  quotes: Quote[];
}

export function extractFigures({ ctx, framesBySentence, quotes }: FigureInput): Figure[] {
  const out: Figure[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    if (ctx.headingSent[s] || ctx.repeatSent[s]) continue;
    const from = ctx.sentStart[s];
    const to = ctx.sentStart[s + 1];
    const numbers = findNumbers(ctx, from, to);
    let prevFigure: { head: string; expr: NumberExpr } | null = null;
    for (const n of numbers) {
      const fig = readFigure(ctx, n, from, to, prevFigure, framesBySentence[s] ?? [], quotes);
      if (!fig) continue;
      out.push(fig.figure);
      prevFigure = { head: fig.head, expr: n };
    }
  }
  return out;
}

function readFigure(
  ctx: FactsContext, n: NumberExpr, from: number, to: number, prev: { head: string; expr: NumberExpr } | null,
  frames: Frame[], quotes: Quote[],
): { figure: Figure; head: string } | null {
  const { low } = ctx;
  const core = low[n.core];
  if (ctx.timeAt[n.core] >= 0 || ctx.mentionAt[n.core] >= 0) return null;
  if (/^\d{4}$/.test(core) && n.value >= 1800 && n.value <= 2100 && !PERSON_NOUNS.has(low[n.end])) return null;
  if (core.includes(':') || NON_COUNT_UNITS.has(low[n.end]) || (low[n.end] === '-' && NON_COUNT_UNITS.has(low[n.end + 1]))) return null;
  if (/^(year|month|week|day|hour|minute)/.test(low[n.end] ?? '') || (low[n.end] ?? '').includes('-year')) return null;
  const before = low[n.from - 1];
  if (before && (IDENTIFIER_BEFORE.has(before) || DEFINITE_BEFORE.has(before) || before === '#')) return null;
  if (before && n.from === n.core && isCapitalized(ctx.toks[n.from - 1].text) && n.from - 1 > from && !n.word && ctx.mentionAt[n.from - 1] < 0 && !['In', 'At', 'Of', 'About', 'And'].includes(ctx.toks[n.from - 1].text)) return null;
  // "one of the insiders", "one another": a pronoun, unless it continues a list of counts
  const partitive = low[n.end] === 'of' && ['them', 'us', 'the', 'those', 'these', 'whom'].includes(low[n.end + 1]);
  const elliptical = prev !== null && !partitive && n.core - prev.expr.end < 14 && (before === 'and' || before === ',') && (headless(ctx, n, to));
  if (n.value === 1 && n.word && (low[n.end] === 'of' || low[n.end] === 'another' || !elliptical)) return null;
  if (low[n.end] === '%' || low[n.end] === 'percent' || low[n.end] === 'per') return null;

  // what is counted
  let headEnd = n.end;
  let whatStart = n.end;
  if (low[n.end] === 'of' && ['them', 'us', 'the', 'those', 'these', 'whom'].includes(low[n.end + 1])) {
    // "three of the detainees", "seven of the suspects": part of a set already counted, not a new figure
    if (n.value < 2 || low[n.end + 1] === 'the' || low[n.end + 1] === 'these' || low[n.end + 1] === 'those') return null;
    headEnd = npForward(ctx, n.end + 1, to);
  } else headEnd = npForward(ctx, n.end, to);
  let head = headEnd > n.end ? low[headEnd - 1] : '';
  // the head of "citizens of Peru" is "citizens"
  for (let k = n.end + 1; k < headEnd; k++) if (low[k] === 'of') { head = low[k - 1]; break; }
  let what = '';
  // "$25 million", "€5m": the currency written before the number is what is counted
  const currency = CURRENCY_SIGNS.get(low[n.core - 1] ?? '');
  // a conversion in brackets ("4.5 million lira ($123,000)") or a price range is not a count of its own
  if (currency && (low[n.core - 2] === '(' || low[n.from - 1] === 'between' || (low[n.from - 1] === 'and' && low[n.from - 4] === 'between'))) return null;
  if (currency && !MEASURE_UNITS.has(head) && !PERSON_NOUNS.has(head)) {
    what = currency;
    head = currency;
    headEnd = n.end;
  } else if (headEnd > n.end) {
    const whatEnd = extendModifiers(ctx, headEnd, to);
    what = ctx.text.slice(ctx.toks[whatStart].start, ctx.toks[whatEnd - 1].end);
  } else if (!elliptical) {
    // bare number: "injured 69", "the number of X … at about 250"
    const casualty = KILLED_WORDS.has(before ?? '') || INJURED_WORDS.has(before ?? '') ? before : null;
    const numberOf = numberOfPhrase(ctx, from, n.from);
    if (casualty) {
      what = `people ${CASUALTY_PAST[casualty] ?? casualty}`;
      head = 'people';
    } else if (numberOf && NUMBER_FRAME_VERBS.has(before ?? '') || numberOf && n.qualifier !== 'exact') {
      what = numberOf!.text;
      head = numberOf!.head;
    } else return null;
  }
  if (elliptical && prev && (low[n.end] === 'from' || low[n.end] === 'of' || headEnd === n.end || PREP_START.has(low[n.end]))) {
    const modEnd = extendModifiers(ctx, n.end, to);
    head = prev.head;
    what = `${prev.head}${modEnd > n.end ? ' ' + ctx.text.slice(ctx.toks[n.end].start, ctx.toks[modEnd - 1].end) : ''}`;
    headEnd = modEnd;
  }
  if (!what) return null;
  // a count whose members are then named ("two hitmen, A and B") only restates the names
  if (low[headEnd] === ',' && ctx.mentions[ctx.mentionAt[headEnd + 1]]?.type === 'PER' && n.value <= 5) return null;

  const source = attributionOf(ctx, n.core, frames, quotes);
  const person = PERSON_NOUNS.has(head) || DEMONYMS.has(head) || (ctx.mentionAt[headEnd - 1] >= 0 && head.endsWith('s') && isCapitalized(ctx.toks[headEnd - 1].text));
  const measure = !!currency || MEASURE_UNITS.has(head) || MEASURE_UNITS.has(low[n.from - 1] ?? '') || MEASURE_UNITS.has(low[n.end] ?? '');
  if (!person && !measure && !source && n.value < 1000) return null;

  const span = tokSpan(ctx, n.from, n.end);
  const s = ctx.toks[n.core].sentence;
  const whatTok = headEnd > n.end ? { start: ctx.toks[n.end].start, end: ctx.toks[headEnd - 1].end } : undefined;
  return {
    head,
    figure: {
      ...span, text: ctx.text.slice(span.start, span.end), value: n.value, qualifier: n.qualifier, what,
      ...(whatTok ? { whatSpan: whatTok } : {}), sentence: { ...ctx.sentences[s] }, ...(source ? { attribution: source } : {}),
    },
  };
}

const PREP_START = new Set(['from', 'in', 'of', 'among', 'with']);
const CURRENCY_SIGNS: ReadonlyMap<string, string> = new Map([['$', 'dollars'], ['€', 'euros'], ['£', 'pounds'], ['us$', 'dollars'], ['¥', 'yen'], ['₽', 'rubles']]);
const CASUALTY_PAST: Record<string, string> = { killing: 'killed', injuring: 'injured', wounding: 'wounded', dead: 'dead', wounded: 'wounded' };

/** No counted noun of its own: "and one from Peru". */
function headless(ctx: FactsContext, n: NumberExpr, to: number): boolean {
  return npForward(ctx, n.end, to) === n.end;
}
const PREP_AFTER_PARTICIPLE = new Set(['in', 'on', 'by', 'for', 'with', 'to', 'from', 'at', 'as', 'of', 'under', 'during']);

/** Head noun phrase plus its prepositional and participial modifiers, up to the end of the clause. */
function extendModifiers(ctx: FactsContext, j: number, to: number): number {
  const { low } = ctx;
  let end = j;
  let steps = 0;
  while (end < to && steps < 6) {
    const w = low[end];
    if (MODIFIER_PREPS.has(w) && end + 1 < to) {
      const e = npForward(ctx, end + 1, to);
      if (e === end + 1) break;
      end = e;
    } else if ((looksVerbal(w) && !isCapitalized(ctx.toks[end].text) && (w.endsWith('ing') || PREP_AFTER_PARTICIPLE.has(low[end + 1] ?? ''))) || w === 'who' || w === 'which' || w === 'that') {
      let k = end + 1;
      // "men suspected of laundering payments and seized servers": the participle ends before the next verb
      while (k < to && !CLAUSE_STOP.has(low[k]) && k - end < 16 && !(low[k] === 'and' && looksVerbal(low[k + 1] ?? '') && !isCapitalized(ctx.toks[k + 1].text))) k++;
      end = k;
      break;
    } else break;
    steps++;
  }
  return end;
}

/** "the number of X …" earlier in the clause: X is what a bare number counts. */
function numberOfPhrase(ctx: FactsContext, from: number, at: number): { text: string; head: string } | null {
  for (let i = at - 1; i > from; i--) {
    if (ctx.low[i] === 'number' && ctx.low[i + 1] === 'of') {
      const start = i + 2;
      const headEnd = npForward(ctx, start, at);
      if (headEnd <= start) return null;
      const end = extendModifiers(ctx, headEnd, at);
      let stop = end;
      while (stop > start && (isPunct(ctx.low[stop - 1]) || ['at', 'could', 'be', 'is', 'was', 'to'].includes(ctx.low[stop - 1]))) stop--;
      return { text: ctx.text.slice(ctx.toks[start].start, ctx.toks[stop - 1].end), head: ctx.low[headEnd - 1] };
    }
  }
  return null;
}

export function attributionOf(ctx: FactsContext, i: number, frames: Frame[], quotes: Quote[]): Attribution | undefined {
  const offset = ctx.toks[i].start;
  const q = quotes.find((x) => x.kind === 'direct' && x.start <= offset && offset < x.end);
  if (q && q.speaker) return { source: q.speaker, evidence: q.speakerSpan ?? { start: q.start, end: q.end } };
  const f = frameFor(frames, i);
  return f ? { source: f.speaker.name, evidence: f.evidence } : undefined;
}
