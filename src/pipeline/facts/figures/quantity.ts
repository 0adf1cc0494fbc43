// What a number measures, read from the words around it: a currency ("$6.58bn", "417m yuan",
// "1.33bn Australian dollars"), a share ("30%", "9.1 per cent", "2 percentage points"), a
// measure ("5km", "70 mph", "3 tonnes"), a duration ("for 15 years"), or nothing yet (a count,
// whose unit is the counted noun, found later).
import type { DocumentContext } from '../../context/document.js';
import type { NumberExpr } from '../numbers.js';
import { currencyAfter, currencyBefore, type FigureLexicon } from '../../lexicons/figures.js';

export type QuantityKind = 'money' | 'percent' | 'measure' | 'duration' | 'age' | 'multiple' | 'count';

export interface Quantity {
  kind: QuantityKind;
  /** ISO code, percent, percentage_point, a measure unit; '' for a count until its noun is known. */
  unit: string;
  value: number;
  /** First token of the figure's text (a currency sign before the number included). */
  from: number;
  /** Token after the number and its unit. */
  end: number;
}

const DURATION_UNITS = new Set(['year', 'month', 'week', 'day', 'hour', 'minute', 'decade']);

/** The unit written with a number; null when the number is not a quantity at all ("3rd", "10am"). */
export function readQuantity(ctx: DocumentContext, lex: FigureLexicon, n: NumberExpr, to: number): Quantity | null {
  const { low } = ctx;
  let from = n.from;
  let end = n.end;
  let value = n.value;
  if (n.suffix) {
    const unit = lex.units.get(n.suffix);
    if (!unit) return null; // "3rd", "10am", "5g": an ordinal, a clock time, a name
    return withDuration({ kind: 'measure', unit, value, from, end }, unit);
  }
  // "US$", "A$" may come as two tokens ("US" "$"); the sign alone is the US dollar
  const split = low[n.core - 1] === '$' && n.core >= 2 && ctx.toks[n.core - 1].start === ctx.toks[n.core - 2].end ? currencyBefore(lex, `${low[n.core - 2]}$`) : null;
  const before = split ?? currencyBefore(lex, low[n.core - 1]);
  if (before) {
    if (n.from === n.core) from = n.core - (split ? 2 : 1);
    // "$5 million dollars": the currency word after restates the sign
    const again = currencyAfter(lex, low[end], low[end + 1]);
    if (again && again.code === before) end += again.words;
    return { kind: 'money', unit: before, value, from, end };
  }
  const after = end < to ? currencyAfter(lex, low[end], low[end + 1], low[end + 2]) : null;
  // "5 pounds of sugar" is a weight; "5m pounds" or "5 pounds" alone is money
  // "45 cts": cents of the dollar the text names before
  const fraction = after && after.words === 1 ? lex.dollarFractions.get(low[end]) : undefined;
  if (after && fraction) return { kind: 'money', unit: textDollar(ctx, lex, n.from) ?? after.code, value: Number((value * fraction).toPrecision(12)), from, end: end + 1 };
  if (after && !(after.code === 'GBP' && low[end + after.words] === 'of')) return { kind: 'money', unit: after.code, value, from, end: end + after.words };
  const w = low[end];
  if (w === '%' || w === 'percent' || w === 'pct' || (w === 'per' && low[end + 1] === 'cent')) {
    end += w === 'per' ? 2 : 1;
    return { kind: 'percent', unit: 'percent', value, from, end };
  }
  if (w === 'percentage' && (low[end + 1] === 'points' || low[end + 1] === 'point')) return { kind: 'percent', unit: 'percentage_point', value, from, end: end + 2 };
  const two = end + 1 < to ? lex.units.get(`${w} ${low[end + 1]}`) : undefined;
  if (two) return withDuration({ kind: 'measure', unit: two, value, from, end: end + 2 }, two);
  const one = w === undefined ? undefined : lex.units.get(w);
  // "5 km", "3 tonnes of"; a dash joins adjectival uses ("a 5-km stretch", "a two-year deal")
  if (one) return withDuration({ kind: 'measure', unit: one, value, from, end: end + 1 }, one);
  if (w === '-' && low[end + 1] && lex.units.get(low[end + 1])) {
    const unit = lex.units.get(low[end + 1])!;
    return withDuration({ kind: 'measure', unit, value, from, end: end + 2 }, unit);
  }
  return { kind: 'count', unit: '', value, from, end };
}

/** The dollar last named before token i ("12 mln Canadian dlrs" → CAD), or null. */
function textDollar(ctx: DocumentContext, lex: FigureLexicon, i: number): string | null {
  const { low } = ctx;
  for (let k = i - 1; k >= 0; k--) {
    const code = currencyBefore(lex, low[k]) ?? currencyAfter(lex, low[k], low[k + 1], low[k + 2])?.code;
    if (code && lex.dollarCodes.has(code) && !lex.dollarFractions.has(low[k])) {
      // a country before "dlrs" names the dollar ("Canadian dlrs")
      const named = k > 0 ? currencyAfter(lex, low[k - 1], low[k], low[k + 1]) : null;
      return named && lex.dollarCodes.has(named.code) ? named.code : code;
    }
  }
  return null;
}

/** Durations are quantities of time; a decade is counted in years ("take a decade" → 10 years). */
function withDuration(q: Quantity, unit: string): Quantity {
  if (!DURATION_UNITS.has(unit)) return q;
  if (unit === 'decade') return { ...q, kind: 'duration', unit: 'year', value: q.value * 10 };
  return { ...q, kind: 'duration' };
}

export function isDurationUnit(unit: string): boolean {
  return DURATION_UNITS.has(unit);
}
