// A claim's figures on one scale. The cards under a claim give each value in large type, one card
// beside the other, and the reader had to work out from "at least 12" and "17", or "about 1,700" and
// "up to 2,500", whether the two can both be true. Each figure is drawn as the values it allows
// (the claims rule, corpus/claims/relation.ts): a dot for an exact figure, a bar for "about" and
// "up to", an arrow running off the scale for "at least" and "more than". Marks that share no value
// are figures that cannot both hold.
import type { FigureItem } from '../../server/api-types.js';
import type { Qualifier } from '../../types.js';
import { claimInterval } from '../../corpus/claims/relation.js';
import { speakerWording } from '../../speaker-wording.js';
import { h } from './dom.js';
import { formatFigure, formatNumber } from './format.js';

/** A figure's mark, in percent of the scale's width. */
export interface StripMark {
  /** Where the values it allows begin and end. */
  from: number;
  to: number;
  /** Where its own value stands. */
  at: number;
  /** It allows every value above `from` ("at least", "more than"): drawn as an arrow off the scale. */
  open: boolean;
}

export interface StripScale {
  min: number;
  max: number;
  /** Round values from min to max, for the axis. */
  ticks: number[];
  marks: StripMark[];
}

const QUALIFIERS: readonly string[] = ['exact', 'about', 'at_least', 'more_than', 'up_to'];
const asQualifier = (q: string): Qualifier => (QUALIFIERS.includes(q) ? (q as Qualifier) : 'exact');

/** The smallest of 1, 2, 2.5, 5 × 10^k at or above v: a tick step a reader can read. */
function niceStep(v: number): number {
  if (v <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= v) return m * power;
  return 10 * power;
}

/**
 * The scale of a claim's figures: from 0 (or the lowest value, when below 0) to a round number past
 * the highest value any figure bounds, with room beyond it for the open-ended ones, in three to five
 * round steps; each figure's mark on it, in the order given.
 */
export function stripScale(figures: ReadonlyArray<{ value: number; qualifier: string }>): StripScale {
  const intervals = figures.map((f) => claimInterval(f.value, asQualifier(f.qualifier)));
  const finite = intervals.flatMap(([lo, hi], i) => [lo, Number.isFinite(hi) ? hi : figures[i].value]);
  const min = Math.min(0, ...finite);
  const top = Math.max(...finite);
  // an open-ended mark needs room past its value to read as running on
  const end = intervals.some(([, hi]) => !Number.isFinite(hi)) ? top * 1.25 : top * 1.05;
  const step = niceStep((end - min) / 4);
  const first = Math.floor(min / step) * step;
  // to 12 digits: 3 × 0.2 is 0.6000000000000001
  const max = Number(Math.max(first + step, Math.ceil(end / step) * step).toPrecision(12));
  const ticks: number[] = [];
  for (let t = first; t <= max + step / 2; t += step) ticks.push(Number(t.toPrecision(12)));
  const at = (v: number) => Math.max(0, Math.min(100, ((v - first) / (max - first)) * 100));
  return {
    min: first,
    max,
    ticks,
    marks: intervals.map(([lo, hi], i) => ({ from: at(lo), to: Number.isFinite(hi) ? at(hi) : 100, at: at(figures[i].value), open: !Number.isFinite(hi) })),
  };
}

/** Whether a claim's figures differ enough to be worth drawing: two or more, not all one value as one bound. */
export function worthDrawing(figures: ReadonlyArray<{ value: number; qualifier: string }>): boolean {
  return figures.length > 1 && new Set(figures.map((f) => `${f.value}|${f.qualifier}`)).size > 1 && figures.every((f) => Number.isFinite(f.value));
}

/** One row of a strip: a value, its bound, how the page writes it, and who gives it. */
export interface StripRow {
  value: number;
  qualifier: string;
  /** The value as the page writes it ("at least 12"). */
  valueText: string;
  /** Who gives it, in a few words. */
  label: string;
}

/** Who says so, in a few words: the name, or the description as written in quotation marks. */
export function sourceLabel(source: { speaker?: unknown; speakerText?: unknown; speakerEntityId?: unknown }, none = 'not attributed'): string {
  return speakerWording(source)?.text ?? none;
}

/** The strip of a claim's figures, or null when they do not differ (worthDrawing). */
export function claimStrip(figures: FigureItem[], disputed: boolean): HTMLElement | null {
  return valueStrip(figures.map((f) => ({
    value: f.value,
    qualifier: f.qualifier,
    valueText: formatFigure(f.value, f.qualifier, f.unit, f.what, f.vagueWords, f.qualifierWords),
    label: sourceLabel({ speaker: f.source, speakerText: f.sourceText, speakerEntityId: f.sourceEntity }),
  })), disputed);
}

/** Values on one scale, a row each, or null when they do not differ (worthDrawing). */
export function valueStrip(rows: StripRow[], disputed: boolean): HTMLElement | null {
  if (!worthDrawing(rows)) return null;
  const scale = stripScale(rows);
  const drawn = rows.map((row, i) => {
    const m = scale.marks[i];
    const kind = m.open ? 'open' : m.to - m.from > 0.5 ? 'range' : 'point';
    return h('div', { class: 'strip-row' },
      h('span', { class: 'strip-label' }, h('strong', {}, row.valueText), ' ', h('span', { class: 'muted' }, row.label)),
      h('span', { class: 'strip-track' },
        kind === 'point' ? null : h('span', { class: `strip-span strip-${kind}`, style: `left:${m.from}%;width:${Math.max(0, m.to - m.from)}%` }),
        h('span', { class: 'strip-dot', style: `left:${m.at}%` }),
      ),
    );
  });
  const axis = h('div', { class: 'strip-row strip-axis-row', 'aria-hidden': 'true' },
    h('span', { class: 'strip-label' }),
    h('span', { class: 'strip-axis' }, scale.ticks.map((t) => h('span', { style: `left:${((t - scale.min) / (scale.max - scale.min)) * 100}%` }, formatNumber(t)))),
  );
  const summary = `The figures on one scale from ${formatNumber(scale.min)} to ${formatNumber(scale.max)}: ${rows.map((r) => `${r.valueText} (${r.label})`).join('; ')}`;
  // the drawing is one image to a screen reader, its values said in words; the caption stays readable
  return h('figure', { class: `claim-strip${disputed ? ' claim-strip-disputed' : ''}` },
    h('div', { class: 'strip-rows', role: 'img', 'aria-label': summary }, drawn, axis),
    h('figcaption', { class: 'muted' }, 'Each figure as the values it allows: a dot for an exact number, a bar for “about” or “up to”, an arrow for “at least” or “more than”. Figures whose marks share no value cannot both be right.'),
  );
}
