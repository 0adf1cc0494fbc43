// A figure as a reader reads it ("up to €210,000,000", "about 300 hectares", "20 km"), and every number
// written one way: the web pages and the command line's `show` word figures alike.
import { boundedValue, vagueAmount } from './vague-amount.js';

/** One formatter for every number shown: toLocaleString with options builds a new one per call, a
 *  millisecond or more each (a graph's name list spent 70 ms in it). */
const NUMBER_FORMAT = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatNumber(n: number): string {
  return NUMBER_FORMAT.format(n);
}

/** Plurals of the word units a figure carries (data/figures/units.tsv names the units; only the
 *  words need a plural for display). A counted noun ("people") is left as the text gives it. */
const UNIT_PLURALS: Record<string, string> = {
  year: 'years', decade: 'decades', month: 'months', week: 'weeks', day: 'days', hour: 'hours', minute: 'minutes',
  mile: 'miles', 'square mile': 'square miles', foot: 'feet', inch: 'inches', acre: 'acres', hectare: 'hectares',
  tonne: 'tonnes', litre: 'litres', gallon: 'gallons', barrel: 'barrels', knot: 'knots', degree: 'degrees',
  point: 'points', percentage_point: 'percentage points', basis_point: 'basis points', megapixel: 'megapixels',
};

/**
 * A figure as a reader expects it: qualifier, value and unit ("up to €210,000,000", "20 km",
 * "about 12%", "3 years"). A counted noun ("people") is left out when `what` already says it
 * ("1,700" + "people detained"), so it is never said twice. A vague amount is shown in the
 * source's own words, the number read from them only a hint ("hundreds of thousands (at least 100,000)"):
 * "more than 100,000" would be a claim the source never made.
 */
export function formatFigure(value: number, qualifier: string, unit: string | undefined, what = '', vagueWords?: string, qualifierWords?: string): string {
  if (vagueWords) return vagueAmount(vagueWords, qualifier, formatFigure(value, 'exact', unit, what));
  const q = boundedValue(qualifier, '', qualifierWords);
  const n = formatNumber(value);
  if (!unit) return q + n;
  if (/^[A-Z]{3}$/.test(unit)) {
    try {
      return q + new Intl.NumberFormat('en-GB', { style: 'currency', currency: unit, maximumFractionDigits: 2, minimumFractionDigits: 0 }).format(value);
    } catch {
      return `${q}${n} ${unit}`; // a code Intl does not know: the code itself still names the currency
    }
  }
  if (unit === 'percent') return `${q}${n}%`;
  const measure = UNIT_PLURALS[unit];
  if (measure) return `${q}${n} ${value === 1 ? unit.replace(/_/g, ' ') : measure}`;
  const saidInWhat = what.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(unit.toLowerCase());
  return saidInWhat ? q + n : `${q}${n} ${unit}`;
}
