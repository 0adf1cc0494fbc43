// Scores one document's events, figures and quotes against the gold: same document,
// overlapping evidence, same type/value; optional gold items count neither way.
import type { Analysis, EventRecord, Span } from '../../types.js';
import type { GoldCount, GoldDocument } from './gold-format.js';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface AttributeTally {
  correct: number;
  total: number;
}

export interface DocScore {
  events: Tally;
  figures: Tally;
  quotes: Tally;
  attributes: Record<string, AttributeTally>;
  /** Facts whose span overlaps boilerplate or must-not-extract strings still in the text. */
  boilerplateFacts: number;
  /** Extracted quotes of a kind the gold does not annotate (reported, not scored). */
  unscoredQuotes: number;
  /** Gold evidence strings not found in the cleaned text (counted as misses). */
  unlocated: string[];
  misses: string[];
  spurious: string[];
}

export const ATTRIBUTES = ['event.date', 'event.place', 'event.counts', 'figure.value', 'figure.qualifier', 'figure.source', 'quote.speaker'] as const;

/** Finds a gold string in the cleaned text, tolerating whitespace the extract stage changed. */
export function locate(text: string, needle: string): Span | null {
  const at = text.indexOf(needle);
  if (at >= 0) return { start: at, end: at + needle.length };
  const words = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length || !words[0]) return null;
  const m = new RegExp(words.join('\\s+')).exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const STOP = new Set(['the', 'of', 'a', 'an', 'in', 'one', 'unnamed', 'and', 'for', 'on']);

function tokens(s: string): string[] {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP.has(w))
    .map((w) => (w.length > 3 && w.endsWith('s') ? w.slice(0, -1) : w));
}

/** Same name or description: one's words contain the other's, or most of them are shared. */
export function sameName(gold: string, found: string | null | undefined): boolean {
  if (!found) return false;
  const g = tokens(gold);
  const f = new Set(tokens(found));
  if (!g.length || !f.size) return false;
  const shared = g.filter((w) => f.has(w)).length;
  return shared === g.length || shared === f.size || shared / Math.min(g.length, f.size) >= 0.6;
}

/** Gold date vs found ISO; "--10-21" matches any year's October 21, "--12" any December. */
export function sameDate(gold: string | null | undefined, found: string | null | undefined): boolean {
  if (!gold) return !found;
  if (!found) return false;
  if (gold === found) return true;
  if (gold.startsWith('--')) return found.endsWith(gold.slice(1)) || found.replace(/^\d{4}/, '-') === gold || found.slice(4).startsWith(gold.slice(1));
  return false;
}

function samePlace(gold: string | null | undefined, e: EventRecord): boolean {
  const p = e.place;
  if (!gold) return !p;
  if (!p) return false;
  const names = [p.text, p.place?.name, p.place?.country].filter((x): x is string => !!x);
  return gold.split(/,\s*/).some((part) => names.some((n) => sameName(part, n)));
}

function sameCount(gold: GoldCount, found: { value: number; qualifier: string } | undefined): boolean {
  return !!found && Math.abs(found.value - gold.value) < 1e-6 && found.qualifier === gold.qualifier;
}

const FAMILY: Record<string, string> = { arrest: 'custody', detention: 'custody' };
const family = (t: string) => FAMILY[t] ?? t;

function eventExtents(e: EventRecord): Span[] {
  const extra = (e as EventRecord & { mentions?: Span[] }).mentions;
  return extra && extra.length ? extra : [e.trigger];
}

export function scoreDocument(gold: GoldDocument, a: Analysis): DocScore {
  const text = a.doc.text;
  const attributes: Record<string, AttributeTally> = Object.fromEntries(ATTRIBUTES.map((k) => [k, { correct: 0, total: 0 }]));
  const unlocated: string[] = [];
  const misses: string[] = [];
  const check = (key: string, ok: boolean, what = '') => {
    attributes[key].total++;
    if (ok) attributes[key].correct++;
    else misses.push(`${key} ${what}`);
  };
  const spurious: string[] = [];

  // events
  const evTally: Tally = { tp: 0, fp: 0, fn: 0 };
  const usedEvents = new Set<number>();
  const goldEvents = [...(gold.events ?? [])].sort((x, y) => Number(!!x.optional) - Number(!!y.optional));
  for (const g of goldEvents) {
    const span = locate(text, g.evidence);
    if (!span) {
      if (!g.optional) { evTally.fn++; unlocated.push(`event ${g.id}: ${g.evidence}`); }
      continue;
    }
    const idx = a.events.findIndex((e, i) => !usedEvents.has(i) && family(e.type) === family(g.type) && eventExtents(e).some((x) => overlaps(x, span)));
    if (idx < 0) {
      if (!g.optional) { evTally.fn++; misses.push(`event ${g.id} (${g.type}): ${g.evidence}`); }
      continue;
    }
    usedEvents.add(idx);
    if (g.optional) continue;
    evTally.tp++;
    const e = a.events[idx];
    if ('date' in g) check('event.date', sameDate(g.date, e.date?.iso ?? null), `${g.id}: gold ${g.date}, found ${e.date?.iso ?? null}`);
    if ('place' in g) check('event.place', samePlace(g.place, e), `${g.id}: gold ${g.place}, found ${e.place?.text ?? null}`);
    if (g.killed) check('event.counts', sameCount(g.killed, e.counts.killed));
    if (g.injured) check('event.counts', sameCount(g.injured, e.counts.injured));
    if (g.count) check('event.counts', sameCount(g.count, e.counts.arrested ?? e.counts.detained ?? e.counts.prosecuted ?? e.counts.killed));
  }
  a.events.forEach((e, i) => {
    if (!usedEvents.has(i)) { evTally.fp++; spurious.push(`event ${e.type}: ${e.trigger.text} — ${text.slice(e.sentence.start, e.sentence.end).slice(0, 90)}`); }
  });

  // figures
  const figTally: Tally = { tp: 0, fp: 0, fn: 0 };
  const usedFigures = new Set<number>();
  const goldFigures = [...(gold.figures ?? [])].sort((x, y) => Number(!!x.optional) - Number(!!y.optional));
  for (const g of goldFigures) {
    const span = locate(text, g.evidence);
    if (!span) {
      if (!g.optional) { figTally.fn++; unlocated.push(`figure ${g.value}: ${g.evidence}`); }
      continue;
    }
    const near = a.figures.map((f, i) => ({ f, i })).filter(({ f, i }) => !usedFigures.has(i) && overlaps(f, span));
    const hit = near.find(({ f }) => Math.abs(f.value - g.value) < 1e-6);
    if (!g.optional) check('figure.value', !!hit || (near.length > 0 && Math.abs(near[0].f.value - g.value) < 1e-6));
    if (!hit) {
      if (!g.optional) { figTally.fn++; misses.push(`figure ${g.value}: ${g.evidence}`); }
      continue;
    }
    usedFigures.add(hit.i);
    if (g.optional) continue;
    figTally.tp++;
    check('figure.qualifier', hit.f.qualifier === g.qualifier);
    if (g.source) check('figure.source', sameName(g.source, hit.f.attribution?.source), `${g.value}: gold ${g.source}, found ${hit.f.attribution?.source}`);
  }
  a.figures.forEach((f, i) => {
    if (!usedFigures.has(i)) { figTally.fp++; spurious.push(`figure ${f.value} ${f.qualifier}: ${f.text} ${f.what}`); }
  });

  // quotes: only the kinds the gold annotates anywhere in this document set are scored
  const qTally: Tally = { tp: 0, fp: 0, fn: 0 };
  const scoredKinds = new Set((gold.quotes ?? []).map((q) => q.kind));
  if (scoredKinds.size === 0) scoredKinds.add('direct');
  const usedQuotes = new Set<number>();
  const goldQuotes = [...(gold.quotes ?? [])].sort((x, y) => Number(!!x.optional) - Number(!!y.optional));
  for (const g of goldQuotes) {
    const span = locate(text, g.text);
    if (!span) {
      if (!g.optional) { qTally.fn++; unlocated.push(`quote: ${g.text}`); }
      continue;
    }
    const idx = a.quotes.findIndex((q, i) => !usedQuotes.has(i) && q.kind === g.kind && overlaps(q, span));
    if (idx < 0) {
      if (!g.optional) { qTally.fn++; misses.push(`quote (${g.speaker}): ${g.text}`); }
      continue;
    }
    usedQuotes.add(idx);
    if (g.optional) continue;
    qTally.tp++;
    check('quote.speaker', sameName(g.speaker, a.quotes[idx].speaker), `gold ${g.speaker}, found ${a.quotes[idx].speaker}`);
  }
  let unscoredQuotes = 0;
  a.quotes.forEach((q, i) => {
    if (usedQuotes.has(i)) return;
    if (!scoredKinds.has(q.kind)) unscoredQuotes++;
    else { qTally.fp++; spurious.push(`quote (${q.speaker}): ${q.text.slice(0, 80)}`); }
  });

  // boilerplate: no fact may come from text a reader would not keep
  let boilerplateFacts = 0;
  for (const b of [...(gold.boilerplate ?? []), ...(gold.mustNotExtract ?? [])]) {
    const span = locate(text, b);
    if (!span) continue;
    boilerplateFacts += [...a.events.map((e) => e.trigger), ...a.figures, ...a.quotes].filter((x) => overlaps(x, span)).length;
  }
  return { events: evTally, figures: figTally, quotes: qTally, attributes, boilerplateFacts, unscoredQuotes, unlocated, misses, spurious };
}

export function prf(t: Tally): { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number } {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: r(precision), recall: r(recall), f1: r(f1), ...t };
}
