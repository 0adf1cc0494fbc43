// Figures that are not a number followed by its unit: ages ("the 22-year-old", "Luke Tomlinson,
// 27,"), fractions ("two-thirds"), multiples ("a fivefold rise"), and durations written with an
// article ("more than a year", "take a decade").
import type { Qualifier } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { parseDigits, qualifierBefore } from '../numbers.js';
import { UNITS } from '../../lexicons/numbers.js';
import type { QuantityKind } from './quantity.js';

export interface SpecialFigure {
  kind: QuantityKind;
  unit: string;
  value: number;
  qualifier: Qualifier;
  /** Tokens [from, end) of the figure's text; core is the number token. */
  from: number;
  core: number;
  end: number;
  /** For ages: whose age, as a character span of the person's name. */
  of?: { start: number; end: number };
}

const FRACTIONS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
};

function numberWord(w: string): number | null {
  if (/^\d+$/.test(w)) return parseDigits(w, false);
  return UNITS.get(w) ?? null;
}

const AGE = /^(\d{1,3}|[a-z]+(?:-[a-z]+)?)-years?-old$/;
const FRACTION = /^(one|two|three|four|five|six|seven|eight|nine|a)-(half|halves|thirds?|quarters?|fifths?|tenths?)$/;
const MULTIPLE = /^(\d+|[a-z]+)-?fold$/;
// Verbs that take a duration as their object ("take a decade", "lasted an hour").
const DURATION_VERBS = new Set(['take', 'takes', 'took', 'taken', 'lasted', 'last', 'lasts', 'spent', 'spend', 'for', 'within']);
const ARTICLE_UNITS: Record<string, [string, number] | undefined> = { year: ['year', 1], decade: ['year', 10], month: ['month', 1], week: ['week', 1], hour: ['hour', 1], day: ['day', 1] };

/** The special figures of tokens [from, to). */
export function specialFigures(ctx: FactsContext, from: number, to: number): SpecialFigure[] {
  const { low } = ctx;
  const out: SpecialFigure[] = [];
  for (let i = from; i < to; i++) {
    const w = low[i];
    // "Luke Tomlinson, 27,": a person's name, a comma, a number that ends the apposition
    if (w === ',') {
      if (/^\d{1,3}$/.test(low[i + 1] ?? '') && personEndsAt(ctx, i) && [',', '.', ';', ')', 'and', 'who', 'from', undefined].includes(low[i + 2])) {
        const value = Number(low[i + 1]);
        if (value > 0 && value < 110) {
          const person = ctx.mentions[ctx.mentionAt[i - 1]];
          out.push({ kind: 'age', unit: 'year', value, qualifier: 'exact', from: i + 1, core: i + 1, end: i + 2, of: { start: person.start, end: person.end } });
        }
        i++;
      }
      continue;
    }
    // "aged 34", and each age of a list: "aged 24, 31 and 45"
    if (w === 'aged') {
      let k = i + 1;
      while (k < to && /^\d{1,3}$/.test(low[k] ?? '')) {
        const value = Number(low[k]);
        if (value > 0 && value < 130) out.push({ kind: 'age', unit: 'year', value, qualifier: 'exact', from: k, core: k, end: k + 1 });
        i = k;
        k = nextListItem(low, k + 1);
      }
      continue;
    }
    // "more than a year", "take a decade": an article counts one of the unit
    if (w === 'a' || w === 'an') {
      const unit = ARTICLE_UNITS[low[i + 1]];
      if (!unit) continue;
      const q = qualifierBefore(ctx, i, from);
      if (!q && !DURATION_VERBS.has(low[i - 1])) continue;
      if (ctx.timeAt[i + 1] >= 0 || low[i + 2] === 'ago' || low[i + 2] === 'later' || low[i + 2] === 'earlier') continue;
      out.push({ kind: 'duration', unit: unit[0], value: unit[1], qualifier: q?.qualifier ?? 'exact', from: q?.start ?? i, core: i, end: i + 2 });
      continue;
    }
    // the rest has a hyphen ("22-year-old", "two-thirds", digits before a split-off "-") or ends in "fold"
    if (!(w.includes('-') || w.endsWith('fold') || low[i + 1] === '-')) continue;
    const q = qualifierBefore(ctx, i, from);
    const qualifier = q?.qualifier ?? 'exact';
    const start = q?.start ?? i;
    let m = AGE.exec(w);
    if (m) {
      const value = numberWord(m[1]) ?? wordPair(m[1]);
      if (value !== null && value > 0 && value < 130) out.push({ kind: 'age', unit: 'year', value, qualifier, from: start, core: i, end: i + 1 });
      continue;
    }
    // "19 - year-old" where the tokenizer split the hyphen off
    if (/^\d{1,3}$/.test(w) && low[i + 1] === '-' && /^years?-old$/.test(low[i + 2] ?? '')) {
      const value = Number(w);
      if (value > 0 && value < 130) out.push({ kind: 'age', unit: 'year', value, qualifier, from: start, core: i, end: i + 3 });
      i += 2;
      continue;
    }
    m = FRACTION.exec(w);
    if (m) {
      const num = m[1] === 'a' ? 1 : UNITS.get(m[1]) ?? 1;
      const value = Math.round((num / FRACTIONS[m[2]]) * 1000) / 10;
      out.push({ kind: 'percent', unit: 'percent', value, qualifier, from: start, core: i, end: i + 1 });
      continue;
    }
    m = MULTIPLE.exec(w);
    if (m) {
      const value = numberWord(m[1]);
      if (value !== null && value > 1) out.push({ kind: 'multiple', unit: 'times', value, qualifier, from: start, core: i, end: i + 1 });
      continue;
    }
  }
  return out;
}

/** Where a list of numbers goes on after an item ending at k (past ",", "and" or ", and"), or -1 where it ends. */
function nextListItem(low: readonly string[], k: number): number {
  if (low[k] === ',') k++;
  if (low[k] === 'and') k++;
  return /^\d{1,3}$/.test(low[k] ?? '') ? k : -1;
}

const TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady|Prof|Professor)\.?\s/;

function personEndsAt(ctx: FactsContext, comma: number): boolean {
  const mi = ctx.mentionAt[comma - 1];
  if (mi < 0 || ctx.mentions[mi].end > ctx.toks[comma].start) return false;
  const m = ctx.mentions[mi];
  // the tagger sometimes takes "Mr Sullivan" for an organisation; the title says it is a person
  return m.type === 'PER' || (m.type !== 'LOC' && TITLE.test(m.text));
}

function wordPair(w: string): number | null {
  const [a, b] = w.split('-');
  const x = UNITS.get(a);
  const y = b === undefined ? 0 : UNITS.get(b);
  return x !== undefined && y !== undefined ? x + y : null;
}
