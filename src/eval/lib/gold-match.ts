// Scores one document's events, figures and quotes against the gold, strictly: same document,
// overlapping evidence, the exact event type, the exact value; names only as the gold lists them
// (see gold-names.ts). Optional gold items count neither way. An event counts as reported only
// as the product shows it: found marked negated, hypothetical, denied or background, a required gold event is
// missed; such an event that meets no gold event is no false report (see claimsNothing).
import type { Analysis, EventRecord, Figure, Span } from '../../types.js';
import type { GoldCount, GoldDocument, GoldEvent } from './gold-format.js';
import { normaliseName, sameNameStrict, type NameBook } from './gold-names.js';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface AttributeTally {
  correct: number;
  total: number;
}

/** One miss or spurious item, with the sentence it sits in so a reader can judge it. */
export interface DetailItem {
  what: string;
  sentence: string;
}

export interface DocScore {
  events: Tally;
  figures: Tally;
  quotes: Tally;
  attributes: Record<string, AttributeTally>;
  /** Facts whose span overlaps boilerplate or must-not-extract strings still in the text. */
  boilerplateFacts: number;
  /** Extracted quotes of a kind the gold does not annotate, away from every gold quote (reported, not scored). */
  unscoredQuotes: number;
  /** Events Chronicle marks negated, hypothetical or denied that matched no gold event: not counted as false, so reported apart. */
  unmatchedUnrealised: number;
  /** Required gold events met only by an event Chronicle marks negated, hypothetical or denied: counted as missed, reported apart too. */
  unrealisedMatches: number;
  /** Gold evidence strings not found in the cleaned text (counted as misses). */
  unlocated: string[];
  misses: DetailItem[];
  spurious: DetailItem[];
}

export interface ScoreOptions {
  /** Accepted forms of gold names; by default only the gold name itself. */
  names?: NameBook;
  /** Score indirect quotes: the gold lists some (kind "indirect", or no kind). */
  scoreIndirect?: boolean;
  /** Predicted events that may match a gold event but, left unmatched, count neither as false nor as unrealised (another annotator's optional events). */
  freeEvent?: (e: EventRecord) => boolean;
}

export const ATTRIBUTES = [
  'event.date', 'event.place', 'event.counts', 'figure.value', 'figure.unit', 'figure.qualifier', 'figure.source', 'quote.speaker',
] as const;

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

/** At least half of the span lies inside the given spans. */
function mostlyInside(span: Span, within: Span[]): boolean {
  const inside = within.reduce((n, w) => n + Math.max(0, Math.min(span.end, w.end) - Math.max(span.start, w.start)), 0);
  return inside * 2 >= span.end - span.start;
}

/** Gold date vs found ISO; "--10-21" matches any year's October 21, "--12" any December. */
export function sameDate(gold: string | null | undefined, found: string | null | undefined): boolean {
  if (!gold) return !found;
  if (!found) return false;
  if (gold === found) return true;
  if (gold.startsWith('--')) return found.endsWith(gold.slice(1)) || found.replace(/^\d{4}/, '-') === gold || found.slice(4).startsWith(gold.slice(1));
  return false;
}

/** A gold place ("Aceh, Indonesia", "near Moscow") names the found place, its gazetteer name or its country. */
function samePlace(names: NameBook, gold: string | null | undefined, e: EventRecord): boolean {
  const p = e.place;
  if (!gold) return !p;
  if (!p) return false;
  const found = [p.text, p.place?.name, p.place?.country].filter((x): x is string => !!x);
  const parts = gold.split(/,\s*/).map((part) => part.replace(/^(?:near|outside|in|at)\s+/i, ''));
  return parts.some((part) => found.some((n) => sameNameStrict(names, part, n)));
}

function sameCount(gold: GoldCount, found: { value: number; qualifier: string } | undefined): boolean {
  return !!found && Math.abs(found.value - gold.value) < 1e-6 && found.qualifier === gold.qualifier;
}

const sameValue = (a: number, b: number) => Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(b));

/** The unit a figure carries, when the figures stage gives one (ISO currency code, "percent" …). */
function unitOf(f: Figure): string | null {
  const unit = (f as Figure & { unit?: unknown }).unit;
  return typeof unit === 'string' ? unit : null;
}

function eventExtents(e: EventRecord): Span[] {
  return e.mentions && e.mentions.length ? e.mentions : [e.trigger];
}

/** An event Chronicle itself marks as negated, hypothetical or denied claims nothing happened, and one
 *  flagged background (a deed of an earlier year the story only recalls) claims nothing new: the
 *  timeline does not draw either and its page says so. Left unmatched it is not a false report (the golds
 *  differ on whether they list possibilities, even as optional); meeting a required gold event, which
 *  happened or is decided, it does not find it. */
export const claimsNothing = (e: EventRecord): boolean => e.status === 'negated' || e.status === 'hypothetical' || e.status === 'denied' || e.background === true;

/** One gold event as scoring meets it: its evidence in the text (null: not found there) and the
 *  index of the found event it matched (-1: none). */
export interface EventMatch {
  gold: GoldEvent;
  span: Span | null;
  event: number;
}

/**
 * How found events meet the gold events, the one matching `eval gold` scores by (and the event
 * selector's labels are drawn from): required gold events first, then optional ones, each in
 * file order, takes the first unused found event of the exact type overlapping its evidence, one
 * that tells it happened (or is decided) before one that claims nothing happened.
 */
export function matchEvents(goldEvents: GoldEvent[] | undefined, text: string, events: EventRecord[]): EventMatch[] {
  const used = new Set<number>();
  return [...(goldEvents ?? [])].sort((x, y) => Number(!!x.optional) - Number(!!y.optional)).map((g) => {
    const span = locate(text, g.evidence);
    if (!span) return { gold: g, span, event: -1 };
    const fits = (e: EventRecord, i: number) => !used.has(i) && e.type === g.type && eventExtents(e).some((x) => overlaps(x, span));
    let event = events.findIndex((e, i) => fits(e, i) && !claimsNothing(e));
    if (event < 0) event = events.findIndex(fits);
    if (event >= 0) used.add(event);
    return { gold: g, span, event };
  });
}

/** Whether a found event's trigger or any mention overlaps a span. */
export function eventOverlaps(e: EventRecord, span: Span): boolean {
  return eventExtents(e).some((x) => overlaps(x, span));
}

const noNames: NameBook = { forms: (n) => new Set([normaliseName(n)]), knows: () => false };

export function scoreDocument(gold: GoldDocument, a: Analysis, options: ScoreOptions = {}): DocScore {
  const names = options.names ?? noNames;
  const text = a.doc.text;
  const sentences = a.segmentation?.sentences ?? [];
  /** The sentence holding a span (or the span itself with some context when there is no segmentation). */
  const sentenceOf = (span: Span | null): string => {
    if (!span) return '';
    const s = sentences.find((x) => x.start <= span.start && span.start < x.end);
    const from = s ? s.start : Math.max(0, span.start - 80);
    const to = s ? Math.max(s.end, span.end) : Math.min(text.length, span.end + 80);
    return text.slice(from, to).replace(/\s+/g, ' ').trim();
  };
  const attributes: Record<string, AttributeTally> = Object.fromEntries(ATTRIBUTES.map((k) => [k, { correct: 0, total: 0 }]));
  const unlocated: string[] = [];
  const misses: DetailItem[] = [];
  const spurious: DetailItem[] = [];
  const check = (key: (typeof ATTRIBUTES)[number], ok: boolean, what: string, at: Span | null) => {
    attributes[key].total++;
    if (ok) attributes[key].correct++;
    else misses.push({ what: `${key} ${what}`, sentence: sentenceOf(at) });
  };

  // events: the exact type (an arrest is not a detention)
  const evTally: Tally = { tp: 0, fp: 0, fn: 0 };
  const usedEvents = new Set<number>();
  let unrealisedMatches = 0;
  for (const { gold: g, span, event: idx } of matchEvents(gold.events, text, a.events)) {
    if (!span) {
      if (!g.optional) { evTally.fn++; unlocated.push(`event ${g.id}: ${g.evidence}`); }
      continue;
    }
    if (idx < 0) {
      if (!g.optional) {
        evTally.fn++;
        const near = a.events.find((e) => eventOverlaps(e, span));
        misses.push({ what: `event ${g.id} (${g.type}${near ? `; found ${near.type} "${near.trigger.text}"` : ''}): ${g.evidence}`, sentence: sentenceOf(span) });
      }
      continue;
    }
    usedEvents.add(idx);
    if (g.optional) continue;
    const e = a.events[idx];
    // "may strike", "was not arrested" where the gold says it happened: the timeline leaves it out
    if (claimsNothing(e)) {
      evTally.fn++;
      unrealisedMatches++;
      misses.push({ what: `event ${g.id} (${g.type}; found only as ${e.background ? 'background' : e.status} "${e.trigger.text}"): ${g.evidence}`, sentence: sentenceOf(span) });
      continue;
    }
    evTally.tp++;
    if ('date' in g) check('event.date', sameDate(g.date, e.date?.iso ?? null), `${g.id}: gold ${g.date}, found ${e.date?.iso ?? null}`, span);
    if ('place' in g) check('event.place', samePlace(names, g.place, e), `${g.id}: gold ${g.place}, found ${e.place?.text ?? null}`, span);
    const counted = (what: string, gc: GoldCount, found: EventRecord['counts'][keyof EventRecord['counts']]) =>
      check('event.counts', sameCount(gc, found), `${g.id} ${what}: gold ${gc.qualifier} ${gc.value}, found ${found ? `${found.qualifier} ${found.value}` : null}`, span);
    if (g.killed) counted('killed', g.killed, e.counts.killed);
    if (g.injured) counted('injured', g.injured, e.counts.injured);
    // a protest or vote counts those taking part: the gold's count has no other field to meet
    if (g.count) counted('count', g.count, e.counts.arrested ?? e.counts.detained ?? e.counts.prosecuted ?? e.counts.killed ?? e.counts.participants);
  }
  let unmatchedUnrealised = 0;
  const free = options.freeEvent ?? (() => false);
  a.events.forEach((e, i) => {
    if (usedEvents.has(i) || free(e)) return;
    if (claimsNothing(e)) unmatchedUnrealised++;
    else { evTally.fp++; spurious.push({ what: `event ${e.type}: ${e.trigger.text}`, sentence: sentenceOf(e.trigger) }); }
  });

  // figures: found where the gold's evidence is; a match needs the exact value. Value accuracy is
  // counted among the figures found there at all, so it says something recall does not.
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
    const hit = near.find(({ f }) => sameValue(f.value, g.value));
    if (!g.optional && near.length) check('figure.value', !!hit, `${g.value}: found ${near.map(({ f }) => f.value).join(', ')}`, span);
    if (!hit) {
      if (!g.optional) { figTally.fn++; misses.push({ what: `figure ${g.qualifier} ${g.value} (${g.what}): ${g.evidence}`, sentence: sentenceOf(span) }); }
      continue;
    }
    usedFigures.add(hit.i);
    if (g.optional) continue;
    figTally.tp++;
    check('figure.qualifier', hit.f.qualifier === g.qualifier, `${g.value}: gold ${g.qualifier}, found ${hit.f.qualifier}`, span);
    if (g.unit) check('figure.unit', unitOf(hit.f) === g.unit, `${g.value}: gold ${g.unit}, found ${unitOf(hit.f)}`, span);
    if (g.source) check('figure.source', sameNameStrict(names, g.source, hit.f.attribution?.source), `${g.value}: gold ${g.source}, found ${hit.f.attribution?.source ?? null}`, span);
  }
  a.figures.forEach((f, i) => {
    if (!usedFigures.has(i)) { figTally.fp++; spurious.push({ what: `figure ${f.qualifier} ${f.value}${unitOf(f) ? ` ${unitOf(f)}` : ''} (${f.what}): ${f.text}`, sentence: sentenceOf(f) }); }
  });

  // quotes: a gold quote without a kind accepts either; indirect quotes are scored when the gold
  // lists any. Otherwise an indirect quote is scored only where it lies mostly inside a gold quote
  // (it calls quoted words indirect) and is reported as unscored elsewhere, also when it merely
  // contains a quoted fragment ("said that … "about 1,700" …").
  const qTally: Tally = { tp: 0, fp: 0, fn: 0 };
  const usedQuotes = new Set<number>();
  const goldQuotes = [...(gold.quotes ?? [])].sort((x, y) => Number(!!x.optional) - Number(!!y.optional));
  const goldQuoteSpans: Span[] = [];
  for (const g of goldQuotes) {
    const span = locate(text, g.text);
    if (!span) {
      if (!g.optional) { qTally.fn++; unlocated.push(`quote: ${g.text}`); }
      continue;
    }
    goldQuoteSpans.push(span);
    const idx = a.quotes.findIndex((q, i) => !usedQuotes.has(i) && (!g.kind || q.kind === g.kind) && overlaps(q, span));
    if (idx < 0) {
      if (!g.optional) { qTally.fn++; misses.push({ what: `quote ${g.kind ?? ''} (${g.speaker}): ${g.text}`, sentence: sentenceOf(span) }); }
      continue;
    }
    usedQuotes.add(idx);
    if (g.optional) continue;
    qTally.tp++;
    const q = a.quotes[idx];
    check('quote.speaker', sameNameStrict(names, g.speaker, q.speaker), `gold ${g.speaker}, found ${q.speaker}`, span);
  }
  let unscoredQuotes = 0;
  a.quotes.forEach((q, i) => {
    if (usedQuotes.has(i)) return;
    if (q.kind === 'indirect' && !options.scoreIndirect && !mostlyInside(q, goldQuoteSpans)) unscoredQuotes++;
    else { qTally.fp++; spurious.push({ what: `quote ${q.kind} (${q.speaker}): ${q.text.slice(0, 100)}`, sentence: sentenceOf(q) }); }
  });

  // boilerplate: no fact may come from text a reader would not keep
  let boilerplateFacts = 0;
  for (const b of [...(gold.boilerplate ?? []), ...(gold.mustNotExtract ?? [])]) {
    const span = locate(text, b);
    if (!span) continue;
    for (const x of [...a.events.map((e) => e.trigger), ...a.figures, ...a.quotes].filter((f) => overlaps(f, span))) {
      boilerplateFacts++;
      spurious.push({ what: `fact from boilerplate or must-not-extract text: ${text.slice(x.start, x.end).slice(0, 80)}`, sentence: sentenceOf(x) });
    }
  }
  return { events: evTally, figures: figTally, quotes: qTally, attributes, boilerplateFacts, unscoredQuotes, unmatchedUnrealised, unrealisedMatches, unlocated, misses, spurious };
}

export function prf(t: Tally): { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number } {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const r = (x: number) => Math.round(x * 1000) / 1000;
  return { precision: r(precision), recall: r(recall), f1: r(f1), ...t };
}
