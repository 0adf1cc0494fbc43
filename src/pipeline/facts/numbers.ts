// Number expressions over tokens: digits with thousands separators or a decimal comma,
// multipliers ("3 thousand", "1.4 million"), number words ("seven", "a dozen",
// "tens of thousands") and the qualifier written before them.
import type { Qualifier } from '../../types.js';
import type { DocumentContext } from '../context/document.js';
import { MULTIPLIERS, UNITS, VAGUE } from '../lexicons/numbers.js';
import { currencyBefore, figureLexicon } from '../lexicons/figures.js';
import { AUX_BE, AUX_HAVE, DETERMINERS, IRREGULAR_PAST_VERBS, MODALS, looksVerbal } from '../context/phrases.js';
import { dependents, wordOfToken } from '../syntax/query.js';

export interface NumberExpr {
  /** First token of the expression, qualifier included. */
  from: number;
  /** First token of the number itself. */
  core: number;
  /** Token after the expression (and after "of" in "dozens of"). */
  end: number;
  value: number;
  qualifier: Qualifier;
  vague: boolean;
  word: boolean;
  /** A unit glued to the digits ("5km", "70mph"), lower-case, when there is one. */
  suffix?: string;
  /** The bound in the source's words where they are not how the qualifier reads ("nearly", not "up to"). */
  qualifierWords?: string;
}

/** "1,700" → 1700; "2,5" → 2.5 (decimal comma of translations); "1.4" → 1.4; "2.500" → 2500. */
export function parseDigits(w: string, beforeMultiplier: boolean): number | null {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(w)) return Number(w.replace(/,/g, ''));
  // "3.817.69": thousands and decimals both written with a point
  if (/^\d{1,3}(\.\d{3})+\.\d{1,2}$/.test(w)) {
    const cut = w.lastIndexOf('.');
    return Number(w.slice(0, cut).replace(/\./g, '') + w.slice(cut));
  }
  if (/^\d+,\d+$/.test(w)) return Number(w.replace(',', '.'));
  if (/^\d{1,3}(\.\d{3})+$/.test(w) && !beforeMultiplier) return Number(w.replace(/\./g, ''));
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  return null;
}

function wordValue(w: string): number | null {
  const v = UNITS.get(w);
  if (v !== undefined) return v;
  const dash = w.indexOf('-');
  if (dash > 0) {
    const a = UNITS.get(w.slice(0, dash));
    const b = UNITS.get(w.slice(dash + 1));
    if (a !== undefined && b !== undefined && a >= 20 && b < 10) return a + b;
  }
  return null;
}

/**
 * "ten-plus", "20-plus": a number with a one-word bound the figure lexicon lists after numbers
 * glued on by a hyphen, which the tokenizer keeps as one word; or null.
 */
function hyphenBound(w: string): { value: number; word: boolean; qualifier: Qualifier } | null {
  const dash = w.lastIndexOf('-');
  if (dash <= 0) return null;
  const tail = w.slice(dash + 1);
  const hit = figureLexicon().qualifiersAfter.find(([phrase]) => phrase.length === 1 && phrase[0] === tail);
  if (!hit) return null;
  const head = w.slice(0, dash);
  const value = /^\d/.test(head) ? parseDigits(head, false) : wordValue(head);
  return value === null ? null : { value, word: !/^\d/.test(head), qualifier: hit[1] };
}

/** The number starting at token i, or null. `bound`: a bound glued to it ("ten-plus"). */
export function parseCore(ctx: DocumentContext, i: number, limit: number): { end: number; value: number; vague: boolean; word: boolean; suffix?: string; bound?: Qualifier } | null {
  const { low } = ctx;
  const w = low[i];
  const glued = w.includes('-') ? hyphenBound(w) : null;
  if (glued) return { end: i + 1, value: glued.value, vague: false, word: glued.word, bound: glued.qualifier };
  // vague magnitudes: "tens of thousands of", "scores of"
  const vague = VAGUE.get(w);
  if (vague !== undefined && low[i + 1] === 'of') {
    let value = vague;
    let j = i + 2;
    const inner = VAGUE.get(low[j]);
    if (inner !== undefined && low[j + 1] === 'of') {
      value *= inner;
      j += 2;
    }
    return { end: j, value, vague: true, word: true };
  }
  let value: number | null = null;
  let j = i + 1;
  let word = false;
  let suffix: string | undefined;
  const first = w.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const glued = GLUED.exec(w);
    if (glued) {
      // "6.58bn", "246m", "5km": the digits, then a multiplier or a unit
      const digits = parseDigits(glued[1], true);
      if (digits === null) return null;
      const m = MULTIPLIERS.get(glued[2]);
      if (m !== undefined && glued[2] !== 'hundreds' && glued[2] !== 'thousands') value = digits * m;
      else {
        value = digits;
        suffix = glued[2];
      }
    } else value = parseDigits(w, MULTIPLIERS.has(low[i + 1] ?? ''));
  } else if ((w === 'several' || w === 'few') && (low[i + 1] === 'hundred' || low[i + 1] === 'thousand' || low[i + 1] === 'million' || low[i + 1] === 'billion')) {
    // "several hundred", "a few thousand": more than two of the unit
    const m = MULTIPLIERS.get(low[i + 1])!;
    let j2 = i + 2;
    if (low[j2] === 'of') j2++;
    return { end: j2, value: 2 * m, vague: true, word: true };
  } else if (w === 'a' && (low[i + 1] === 'dozen' || low[i + 1] === 'hundred' || low[i + 1] === 'thousand' || low[i + 1] === 'million')) {
    value = 1;
    word = true;
  } else {
    value = wordValue(w);
    word = value !== null;
    if (value !== null && value >= 20 && value % 10 === 0 && j < limit) {
      const u = wordValue(low[j]);
      if (u !== null && u < 10) {
        value += u;
        j++;
      }
    }
  }
  if (value === null) return null;
  if (w === 'dozen' || w === 'dozens') return null;
  while (j < limit && suffix === undefined) {
    const m = MULTIPLIERS.get(low[j]);
    if (m === undefined) break;
    // "m"/"k" only directly after digits
    if ((low[j] === 'm' || low[j] === 'k') && word) break;
    value *= m;
    j++;
    if ((low[j - 1] === 'dozens' || low[j - 1] === 'thousands' || low[j - 1] === 'hundreds') && low[j] === 'of') j++;
  }
  return { end: j, value: Math.round(value * 1e6) / 1e6, vague: false, word, ...(suffix ? { suffix } : {}) };
}

// Digits with a letter suffix: a multiplier ("bn", "m", "k") or a unit ("km", "mph").
const GLUED = /^(\d[\d,.]*?)([a-z]{1,4}|km\/h)$/;

const CHANGE_VERBS = new Set(['rose', 'risen', 'increased', 'fell', 'fallen', 'dropped', 'climbed', 'grew', 'grown', 'jumped', 'doubled', 'reached', 'reduced', 'cut', 'raised', 'up', 'down', 'amounted', 'sentenced', 'from', 'close']);

/**
 * The source's own words for a vague number ("hundreds of thousands", "at least dozens"), as text, or
 * undefined when the number is not vague. Figures and event counts both keep them, so that a reader
 * is not told "more than 100,000" for words that state no such number. `floor`: the first token the
 * words may start at. A trailing "of" is left out ("dozens of people" → "dozens"); "a few thousand"
 * keeps its article ("few thousand" says less).
 */
export function vagueWordsOf(ctx: DocumentContext, n: NumberExpr, floor: number): string | undefined {
  if (!n.vague) return undefined;
  const { low, toks } = ctx;
  const from = n.from === n.core && low[n.core] === 'few' && low[n.core - 1] === 'a' && n.core - 1 >= floor ? n.core - 1 : n.from;
  const end = low[n.end - 1] === 'of' ? n.end - 1 : n.end;
  return ctx.text.slice(toks[from].start, toks[end - 1].end);
}

/** Relations by which a nominal is a clause's argument: its subject or object. */
const ARGUMENT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'obj']);

/**
 * A vague magnitude with no "of" that is itself the people counted: "Dozens were killed",
 * "Hundreds fled", "police detained hundreds". It must be a clause's subject or object with no
 * determiner or possessive of its own ("came in their thousands" counts no one) and not the multiplier
 * of a number before it ("two dozen"). Without a parse, only a subject directly before its verb.
 */
function standaloneVague(ctx: DocumentContext, i: number, from: number): ReturnType<typeof parseCore> {
  const { low } = ctx;
  const value = VAGUE.get(low[i]);
  if (value === undefined || low[i + 1] === 'of') return null;
  if (i > from && (parseCore(ctx, i - 1, i) !== null || DETERMINERS.has(low[i - 1]))) return null;
  const syn = ctx.syntax;
  if (syn) {
    const w = wordOfToken(syn, i);
    if (w < 0 || !ARGUMENT_RELATIONS.has(syn.words[w].deprel)) return null;
    if (dependents(syn, w, 'det', 'nmod:poss', 'nummod').length > 0) return null;
  } else {
    const next = low[i + 1] ?? '';
    if (!(AUX_BE.has(next) || AUX_HAVE.has(next) || MODALS.has(next) || IRREGULAR_PAST_VERBS.has(next) || looksVerbal(next))) return null;
  }
  return { end: i + 1, value, vague: true, word: true };
}

/**
 * All number expressions in tokens [from, to). `standalone`: also a vague magnitude that is itself
 * what is counted ("Dozens were killed"), which only an event's count of people can read: as a
 * figure it would measure nothing named. `qualifierFrom`: where a qualifier phrase before the first
 * number may start, when the range is a phrase the parse cut after it ("Nearly [40 passengers]").
 */
export function findNumbers(ctx: DocumentContext, from: number, to: number, opts: { standalone?: boolean; qualifierFrom?: number } = {}): NumberExpr[] {
  const out: NumberExpr[] = [];
  for (let i = from; i < to; i++) {
    const core = parseCore(ctx, i, to) ?? (opts.standalone ? standaloneVague(ctx, i, from) : null);
    if (!core) continue;
    let qualifier: Qualifier = core.vague ? 'more_than' : (core.bound ?? 'exact');
    let start = i;
    const q = qualifierBefore(ctx, i, Math.min(from, opts.qualifierFrom ?? from));
    const qualifierWords = q ? boundAsWritten(q) : undefined;
    if (q) {
      qualifier = q.qualifier;
      start = q.start;
    }
    // translated "involved to 4,5 thousand" (Russian "до"): after a participle, "to" before a large round count is an
    // upper bound ("delivered to six airlines" is not), unless a change verb or range precedes
    if (start === i && core.value >= 1000 && ctx.low[i - 1] === 'to' && i - 2 >= from && looksVerbal(ctx.low[i - 2]) && !CHANGE_VERBS.has(ctx.low[i - 2]) && parseCore(ctx, i - 2, i - 1) === null) {
      qualifier = 'up_to';
      start = i - 1;
    }
    out.push({ from: start, core: i, end: core.end, value: core.value, qualifier, vague: core.vague, word: core.word, ...(core.suffix ? { suffix: core.suffix } : {}), ...(qualifierWords ? { qualifierWords } : {}) });
    i = core.end - 1;
  }
  return out;
}

/** A qualifier phrase's own words where they are not how its qualifier reads ("nearly" for up_to); else undefined. */
export function boundAsWritten(q: { qualifier: Qualifier; words: string }): string | undefined {
  return q.words !== q.qualifier.replace(/_/g, ' ') ? q.words : undefined;
}

/** A qualifier phrase ending just before token i ("as much as", "in excess of"), past a currency sign ("as much as $5m"). */
export function qualifierBefore(ctx: DocumentContext, i: number, from: number): { qualifier: Qualifier; start: number; words: string } | null {
  const lex = figureLexicon();
  const at = currencyBefore(lex, ctx.low[i - 1]) !== null ? i - 1 : i;
  for (const [phrase, qualifier] of lex.qualifiers) {
    const k = at - phrase.length;
    if (k < from) continue;
    let ok = true;
    for (let p = 0; p < phrase.length && ok; p++) if (ctx.low[k + p] !== phrase[p]) ok = false;
    if (ok) return { qualifier, start: k, words: phrase.join(' ') };
  }
  return null;
}
