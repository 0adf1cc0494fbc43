// Figures: every quantity in the text — money, shares, measures, durations, ages and counts —
// with its value, unit, qualifier, change, what it measures and who says so. Dates, clock times,
// years, identifiers, numbers inside names, addresses, phone numbers and list markers are not
// figures (./filters.ts).
import type { Attribution, Figure, FigureChange, Qualifier, Quote, Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { type Frame, frameFor, tokSpan } from '../attribution.js';
import { boundAsWritten, findNumbers, qualifierBefore, vagueWordsOf, type NumberExpr } from '../numbers.js';
import { DEFINITE_BEFORE } from '../../lexicons/numbers.js';
import { INJURED_WORDS, KILLED_WORDS } from '../../lexicons/events.js';
import { looksVerbal } from '../../context/phrases.js';
import { wordOfToken } from '../../syntax/query.js';
import { figureLexicon, type FigureLexicon } from '../../lexicons/figures.js';
import { readQuantity, type Quantity } from './quantity.js';
import { notAFigure } from './filters.js';
import { changeOf } from './change.js';
import { specialFigures, type SpecialFigure } from './special.js';
import { countedPhrase, distanceFromPlace, measuredThing, numberOfPhrase, type What } from './what.js';
import { parsedAmountHolder, parsedCount, parsedMeasured } from './parse-what.js';
import { markInconsistentMultiples } from './consistency.js';
import { foldHeadlineFigures, type Placed } from './headline.js';
import { claimantOf, makerOfWork, nationalBody, resolvePronoun } from './claimant.js';
import { labelQuoteMarks } from '../../../label-marks.js';

export interface FigureInput {
  ctx: DocumentContext;
  framesBySentence: Frame[][];
  quotes: Quote[];
  /** The dependency parse, when the pipeline ran the syntax stage: what a figure measures is read from it first. */
  syntax?: Syntax;
}

/** A figure being built, with the tokens it spans. */
interface Draft {
  from: number;
  core: number;
  end: number;
  value: number;
  unit: string;
  kind: Quantity['kind'];
  qualifier: Qualifier;
  change: FigureChange;
  what: What;
  /** A vague amount's own words ("hundreds of thousands"), when the number is one. */
  vagueWords?: string;
}

export function extractFigures({ ctx, framesBySentence, quotes, syntax }: FigureInput): Figure[] {
  const lex = figureLexicon();
  const syn = syntax && syntax.words.length > 0 ? syntax : null;
  const out: Placed[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    // headlines count too: a document may be a single sentence, which the extract stage takes for its title
    if (ctx.repeatSent[s]) continue;
    const from = ctx.sentStart[s];
    const to = ctx.sentStart[s + 1];
    const drafts = sentenceFigures(ctx, lex, syn, from, to);
    for (const d of drafts) {
      out.push({ figure: toFigure(ctx, lex, syn, d, s, framesBySentence[s] ?? [], quotes), kind: d.kind, inHeadline: ctx.headingSent[s] === 1 });
    }
  }
  const figures = foldHeadlineFigures(out);
  markInconsistentMultiples(ctx.text, figures);
  return figures;
}

function sentenceFigures(ctx: DocumentContext, lex: FigureLexicon, syn: Syntax | null, from: number, to: number): Draft[] {
  const specials = specialFigures(ctx, from, to);
  const taken = new Set<number>();
  for (const sp of specials) for (let k = sp.core; k < sp.end; k++) taken.add(k);
  const items: Array<{ n: NumberExpr } | { sp: SpecialFigure }> = [
    ...findNumbers(ctx, from, to).filter((n) => !taken.has(n.core)).map((n) => ({ n })),
    ...specials.map((sp) => ({ sp })),
  ].sort((a, b) => ('n' in a ? a.n.core : a.sp.core) - ('n' in b ? b.n.core : b.sp.core));
  const drafts: Draft[] = [];
  for (const item of items) {
    const prev = drafts[drafts.length - 1] ?? null;
    const d = 'sp' in item ? special(ctx, lex, syn, item.sp, from, to) : numberFigure(ctx, lex, syn, item.n, from, to, drafts);
    if (!d) continue;
    // "between 20% and 30%": the bounds of a range
    if (prev && ctx.low[d.from - 1] === 'and' && d.from - 1 === prev.end && ctx.low[prev.from - 1] === 'between') {
      if (prev.qualifier === 'exact') prev.qualifier = 'at_least';
      if (d.qualifier === 'exact') d.qualifier = 'up_to';
      if (d.change === 'none') d.change = prev.change;
      if (!d.what.text) d.what = prev.what;
    }
    // "48,000 migrants landed …, down from about 105,000": the level before the comparison is the one
    // that moved, so it shares the direction the levels of a change share ("from 7.1 to 7.5")
    const moved = prev ? comparedAfterComma(ctx, lex, prev, d) : null;
    if (prev && moved) prev.change = moved;
    drafts.push(d);
  }
  return drafts;
}

/** The direction of ", down from"/", up from" before figure d when it compares d with prev, a figure of the same unit with no change of its own. */
function comparedAfterComma(ctx: DocumentContext, lex: FigureLexicon, prev: Draft, d: Draft): FigureChange | null {
  const { low } = ctx;
  let k = d.from - 1;
  while (k > prev.end && NUMBER_HEDGES.has(low[k])) k--;
  if (low[k] !== 'from' || low[k - 2] !== ',' || k - 2 < prev.end) return null;
  const dir = lex.changes.get(low[k - 1]);
  if (!dir || prev.change !== 'none' || prev.kind !== d.kind || prev.unit !== d.unit) return null;
  for (let i = prev.end; i < k - 2; i++) if (CLAUSE_BREAKS.has(low[i])) return null;
  return dir;
}

/** Words that may stand between "from" and its number: "down from about 105,000". */
const NUMBER_HEDGES = new Set(['about', 'around', 'nearly', 'almost', 'some', 'roughly', 'approximately', 'just', 'over', 'under']);
const CLAUSE_BREAKS = new Set([';', ':', '(', ')', '—', '–', '"', '“', '”']);

function special(ctx: DocumentContext, lex: FigureLexicon, syn: Syntax | null, sp: SpecialFigure, from: number, to: number): Draft {
  const ch = changeOf(ctx, lex, sp.from, sp.end, from, to);
  let what: What;
  if (sp.kind === 'age') {
    const person = sp.of ? { text: ctx.text.slice(sp.of.start, sp.of.end), span: sp.of } : null;
    const after = person ? null : countedPhrase(ctx, sp.end, to);
    const whose = person ?? (after && after.text ? { text: after.text, span: after.span! } : null);
    what = whose ? { text: `age of ${whose.text}`, span: whose.span, head: 'age', headText: 'age' } : { text: 'age', head: 'age', headText: 'age' };
  } else if (sp.kind === 'multiple') {
    // "a fivefold rise in profits": what rose
    const after = countedPhrase(ctx, sp.end, to);
    what = after.text ? after : measured(ctx, syn, sp.from, sp.end, from, to, ch.at);
  } else if (sp.kind === 'duration') what = measuredThing(ctx, sp.from, sp.end, from, to, ch.at);
  else what = measured(ctx, syn, sp.from, sp.end, from, to, ch.at);
  return { from: sp.from, core: sp.core, end: sp.end, value: sp.value, unit: sp.unit, kind: sp.kind, qualifier: sp.qualifier, change: ch.change, what };
}

const NUMERAL_START = /^(?:\d|one$|two$|three$|four$|five$|six$|seven$|eight$|nine$|ten$)/;

/** What an amount or share measures: the parse's reading, else the words around it. */
function measured(ctx: DocumentContext, syn: Syntax | null, figFrom: number, figEnd: number, from: number, to: number, changeAt: number): What {
  if (distanceFromPlace(ctx, figEnd)) return { text: '', head: '', headText: '' };
  // "Shr 30 cts 39 cts": the parse hangs the next column's unit or scale word on this figure
  const columnFollows = /^\d/.test(ctx.low[figEnd] ?? '');
  const parsed = syn && !columnFollows ? parsedMeasured(ctx, syn, figFrom, figEnd) : null;
  return parsed ?? measuredThing(ctx, figFrom, figEnd, from, to, changeAt);
}

/** A bound written after a number or its unit ("or more", "plus") starting at token i, or null. */
function boundAfter(lex: FigureLexicon, low: readonly string[], i: number): { words: number; qualifier: Qualifier } | null {
  if (low[i] !== 'or' && low[i] !== 'plus') return null;
  const hit = lex.qualifiersAfter.find(([phrase]) => phrase.every((w, p) => low[i + p] === w));
  return hit ? { words: hit[0].length, qualifier: hit[1] } : null;
}

function numberFigure(ctx: DocumentContext, lex: FigureLexicon, syn: Syntax | null, expr: NumberExpr, from: number, to: number, drafts: Draft[]): Draft | null {
  const prev = drafts[drafts.length - 1] ?? null;
  const { low } = ctx;
  // "two plus years", "five or more people": the unit or counted noun comes after the bound, so the number reads on past it
  const bare = expr.suffix ? null : boundAfter(lex, low, expr.end);
  const n = bare ? { ...expr, end: expr.end + bare.words, qualifier: expr.qualifier === 'exact' ? bare.qualifier : expr.qualifier } : expr;
  const q = readQuantity(ctx, lex, n, to);
  if (!q || notAFigure(ctx, lex, n, q, from)) return null;
  const before = low[n.from - 1];
  let qualifier = n.qualifier;
  let end = q.end;
  // "5 km or more": the bound after the unit
  const unitBound = bare ? null : boundAfter(lex, low, end);
  if (unitBound) {
    if (qualifier === 'exact') qualifier = unitBound.qualifier;
    end += unitBound.words;
  }
  const ch = changeOf(ctx, lex, q.from, end, from, to);
  // "rose 0.4 points, from 7.1 to 7.5": the levels a change runs between share its direction
  const change = ch.change === 'none' && (before === 'from' || before === 'to') && prev && n.from - prev.end <= 3 ? prev.change : ch.change;
  const vagueWords = vagueWordsOf(ctx, n, from);
  const draft = (unit: string, what: What): Draft => ({ from: q.from, core: n.core, end, value: q.value, unit, kind: q.kind, qualifier, change, what, ...(vagueWords ? { vagueWords } : {}) });
  // "millions of pounds" says how much only vaguely
  if (q.kind === 'money' && n.vague) return null;
  if (q.kind === 'duration') {
    // "the past two years" is a period of time; "One day you …" an idiom
    if (PERIOD_BEFORE.has(before ?? '')) return null;
    if (n.value === 1 && n.word && n.from === n.core && !DURATION_VERBS.has(before ?? '')) return null;
  }
  if (q.kind === 'duration') return draft(q.unit, measuredThing(ctx, q.from, end, from, to, ch.at));
  if (q.kind !== 'count') {
    const what = measured(ctx, syn, q.from, end, from, to, ch.at);
    // "a net loss of 500 mln dlrs": an amount the words around it leave unlabelled is what the noun it is "of" names (not a change: "a rise of")
    const holder = !what.text && q.kind === 'money' && syn ? parsedAmountHolder(ctx, syn, q.from, end) : null;
    return draft(q.unit, holder && !lex.changes.has(holder.head) ? holder : what);
  }

  // a count: "the three parties" refers to a set already counted
  // ("all three" too, but "all 228 passengers" states a number)
  if (before && DEFINITE_BEFORE.has(before) && n.from === n.core && !(before === 'all' && !n.word)) return null;
  // "one of the insiders", "one another": a pronoun, unless it continues a list of counts
  const joined = prev !== null && n.from - prev.end <= 12 && (before === 'and' || before === ',' || before === 'or');
  const words = countedPhrase(ctx, n.end, to);
  // the parse says what is counted; the words after the number stand in where it has nothing
  const parsed = words.text && syn ? parsedCount(ctx, syn, n.core, n.end) : null;
  // the parse picks the counted noun; where the words agree on it, their extent stands (the parse may hang a clause's verb on it)
  const counted = parsed && parsed.head !== words.head ? parsed : words;
  if (n.value === 1 && n.word && !(joined && !counted.text && low[n.end] !== 'of' && low[n.end] !== 'another')) return null;
  if (counted.text) {
    // a count whose members are then named ("two hitmen, A and B") only restates the names
    const after = counted.endTok ?? n.end;
    if (n.value <= 5 && low[after] === ',' && ctx.mentions[ctx.mentionAt[after + 1]]?.type === 'PER') return null;
    return draft(nounUnit(counted.headText), counted);
  }

  // "297 votes to 203": findNumbers reads a bare "to N" as an upper bound; after a figure it is the other side of a pair
  if (qualifier === 'up_to' && low[n.from] === 'to' && prev && n.from - prev.end <= 1) qualifier = 'exact';
  // no noun follows: the other side of a range or pair ("297 votes to 203"), an elliptical list
  // ("seven from Tajikistan and one from Kyrgyzstan"), a casualty ("injured 69"), "the number of X … 250"
  if (prev && prev.unit && n.from - prev.end <= 2 && PAIR_JOINERS.has(low[n.core - 1] ?? '')) return draft(prev.unit, prev.what);
  // "Net 1.1 mln dlrs vs 829,000", "45 cts vs 58 cts": what a figure is set against with "vs" measures what it does;
  // so does the next column of an earnings table that leaves "vs" out ("Shr 1.20 dlrs 2.55")
  if (prev && prev.unit && VERSUS.has(low[n.from - 1] ?? '') && n.from - 1 === Math.max(prev.end, prev.what.endTok ?? 0)) return { ...draft(prev.unit, prev.what), kind: prev.kind };
  if (prev && prev.kind === 'money' && n.from === prev.end && n.from === n.core && !n.word) return { ...draft(prev.unit, prev.what), kind: prev.kind };
  // "48,000 migrants …, down from about 105,000", "7,000 people … compared with 1,300": the other side of a
  // comparison counts what the count it is compared with counts
  if (prev && prev.kind === 'count' && prev.unit && comparedSide(lex, low, n.from) && !verbAsUnit(ctx, syn, prev, n.from)) return draft(prev.unit, prev.what);
  if (prev && joined && prev.kind === 'count' && prev.unit) {
    const modEnd = extendAfter(ctx, n.end, to);
    const text = `${prev.what.head || prev.unit}${modEnd > n.end ? ' ' + ctx.text.slice(ctx.toks[n.end].start, ctx.toks[modEnd - 1].end) : ''}`;
    return draft(prev.unit, { text, head: prev.what.head, headText: prev.what.headText });
  }
  if (before && (KILLED_WORDS.has(before) || INJURED_WORDS.has(before))) {
    return draft('people', { text: `people ${CASUALTY_PAST[before] ?? before}`, head: 'people', headText: 'people' });
  }
  const numberOf = numberOfPhrase(ctx, from, n.from);
  if (numberOf && (qualifier !== 'exact' || NUMBER_OF_VERBS.has(before ?? ''))) return draft(nounUnit(numberOf.headText), numberOf);
  // a level a change arrives at ("fell 5.07 points to 3,817.69", "trade at 9,300")
  const levelPrep = low[n.core - 1];
  if ((levelPrep === 'to' || levelPrep === 'at' || levelPrep === 'from') && (ch.change !== 'none' || changedBefore(drafts, n.from) || LEVEL_BEFORE.has(low[n.core - 2] ?? ''))) {
    return draft('', measured(ctx, syn, q.from, end, from, to, ch.at >= 0 ? ch.at : -1));
  }
  // "250,000 repossessed", "three million unemployed", "one million in negative equity"
  if (q.value >= 1000 && !NUMERAL_START.test(low[n.end] ?? '') && (looksVerbal(low[n.end] ?? '') || low[n.end] === 'unemployed' || low[n.end] === 'in')) {
    const e = extendAfter(ctx, n.end, to);
    if (e > n.end) {
      const span = { start: ctx.toks[n.end].start, end: ctx.toks[e - 1].end };
      return draft('', { text: ctx.text.slice(span.start, span.end), span, head: low[n.end], headText: ctx.toks[n.end].text });
    }
  }
  return null;
}

const PERIOD_BEFORE = new Set(['past', 'last', 'next', 'coming', 'previous', 'following', 'first', 'final', 'recent']);
const DURATION_VERBS = new Set(['for', 'take', 'takes', 'took', 'lasted', 'within', 'spent']);

/** A figure stated as a change shortly before token i in the sentence ("risen 20.54 points, or 0.2%, to 10,847.66"). */
function changedBefore(drafts: Draft[], i: number): boolean {
  return drafts.some((d) => d.change !== 'none' && i - d.end <= 10);
}

const PAIR_JOINERS = new Set(['to', 'and', 'or', '-', '–']);
const VERSUS = new Set(['vs', 'vs.', 'versus']);

/**
 * Is a figure's unit a verb the parse reads after its number ("110,552 compared with …", "homes sold … was
 * 53,000")? Such a unit is a misreading that the other side of a comparison must not copy.
 */
function verbAsUnit(ctx: DocumentContext, syn: Syntax | null, d: Draft, until: number): boolean {
  const unit = d.unit.toLowerCase();
  if (looksVerbal(unit)) return true;
  if (!syn) return false;
  for (let k = Math.max(0, d.from - 8); k < until; k++) {
    if (ctx.low[k] !== unit) continue;
    const w = wordOfToken(syn, k);
    if (w >= 0 && (syn.words[w].upos === 'VERB' || syn.words[w].upos === 'AUX')) return true;
  }
  return false;
}

/** Is the number at token i introduced as what another figure is compared with ("down from", "compared with")? */
function comparedSide(lex: FigureLexicon, low: string[], i: number): boolean {
  const w1 = low[i - 1] ?? '';
  const w2 = low[i - 2] ?? '';
  return (w1 === 'from' && lex.changes.has(w2)) || ((w1 === 'with' || w1 === 'to') && (w2 === 'compared' || w2 === 'comparison'));
}
// "the number of X … was 250": words before a bare number that make it the number of X
const NUMBER_OF_VERBS = new Set(['at', 'be', 'is', 'was', 'are', 'were', 'reached', 'stood', 'totalled', 'totaled', 'exceeded', 'to']);
// Verbs that a bare number after "at"/"to" is the level of.
const LEVEL_BEFORE = new Set(['trade', 'traded', 'trading', 'closed', 'close', 'stood', 'stand', 'ended', 'finished', 'opened']);
const CASUALTY_PAST: Record<string, string> = { killing: 'killed', injuring: 'injured', wounding: 'wounded', dead: 'dead', wounded: 'wounded' };
const CLAUSE_STOP = new Set([',', '.', ';', ':', '–', '—', '”', '"', '(', ')', '!', '?', 'and', 'but']);

/** A counted noun as a unit: lower case, except acronyms ("MPs"). */
function nounUnit(word: string): string {
  return /[A-Z].*[A-Z]/.test(word) ? word : word.toLowerCase();
}

/** The words after a bare number up to the clause end, at most six ("in negative equity"). */
function extendAfter(ctx: DocumentContext, at: number, to: number): number {
  let e = at;
  while (e < to && e - at < 6 && !CLAUSE_STOP.has(ctx.low[e])) e++;
  return e;
}

function toFigure(ctx: DocumentContext, lex: FigureLexicon, syn: Syntax | null, d: Draft, s: number, frames: Frame[], quotes: Quote[]): Figure {
  const span = tokSpan(ctx, d.from, d.end);
  const framed = attributionOf(ctx, d.core, frames, quotes);
  const source = framed ?? (syn ? claimantOf(ctx, syn, lex, d.core) : undefined);
  // a frame's speaker may be the outlet carrying a poll, not its maker
  const frame = framed && syn ? frameFor(frames, d.core) : undefined;
  const maker = frame && frame.evidence === framed?.evidence && syn ? makerOfWork(ctx.text, syn, frame.speaker.span) : null;
  if (source && maker) source.source = maker;
  else if (source) source.source = nationalBody(canonicalName(ctx, source.source, source.evidence));
  // the span's fields written out: V8 (Node 20) adds each field after a leading spread in the runtime, about 1 µs each
  return {
    start: span.start,
    end: span.end,
    text: ctx.text.slice(span.start, span.end),
    value: d.value,
    unit: d.unit,
    qualifier: d.qualifier,
    ...(d.vagueWords ? { vagueWords: d.vagueWords } : {}),
    ...qualifierAsWritten(ctx, d),
    change: d.change,
    // the label only: whatSpan still covers the marks as written
    what: labelQuoteMarks(d.what.text),
    ...(d.what.span ? { whatSpan: d.what.span } : {}),
    sentence: { ...ctx.sentences[s] },
    ...(source ? { attribution: source } : {}),
  };
}

/** The qualifier phrase the figure opens with, when its words are not how the qualifier reads ("nearly", not "up to"). */
function qualifierAsWritten(ctx: DocumentContext, d: Draft): { qualifierWords?: string } {
  if (d.qualifier === 'exact') return {};
  const q = qualifierBefore(ctx, d.core, d.from);
  const words = q && q.qualifier === d.qualifier ? boundAsWritten(q) : undefined;
  return words ? { qualifierWords: words } : {};
}

export function attributionOf(ctx: DocumentContext, i: number, frames: Frame[], quotes: Quote[]): Attribution | undefined {
  const offset = ctx.toks[i].start;
  const q = quotes.find((x) => x.kind === 'direct' && x.start <= offset && offset < x.end);
  if (q && q.speaker) return { source: q.speaker, evidence: q.speakerSpan ?? { start: q.start, end: q.end } };
  const f = frameFor(frames, i);
  return f ? { source: resolvePronoun(ctx, f.speaker.name, f.evidence.start), evidence: f.evidence } : undefined;
}

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof|Professor|President|Chancellor|Judge)\.?\s+/;

/**
 * The full name of a speaker written short ("Mr Brown" → "Gordon Brown"): entity resolution's name
 * for it, else the last full name before it in the document that ends with the same surname.
 */
function canonicalName(ctx: DocumentContext, name: string, near: { start: number; end: number }): string {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const m of ctx.mentions) {
    if (m.text !== name || !m.canonical || m.canonical === name) continue;
    const distance = Math.abs(m.start - near.start);
    if (distance < bestDistance) {
      best = m.canonical;
      bestDistance = distance;
    }
  }
  if (best) return best;
  const surname = name.replace(TITLE, '');
  if (surname.includes(' ') || !/^[A-Z]/.test(surname)) return name;
  let full: string | undefined;
  for (const m of ctx.mentions) {
    if (m.start >= near.start) break;
    if (m.type === 'PER' && m.text.endsWith(' ' + surname) && !TITLE.test(m.text)) full = m.text;
  }
  return full ?? name;
}
