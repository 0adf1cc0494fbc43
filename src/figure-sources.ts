// Who says a figure, or an event's report. Each carries its source as a string only: a person's or
// body's name ("Henrik Vaage", "Interior Ministry") or a description ("indictment"), with no entity.
// A figure stated in reported speech shares its attribution (the same cue, "said") with the quote of
// that speech, whose speaker is resolved: such a figure's source is that speaker, worded and linked
// as the quote is (speaker-entity.ts), so that a quote, a figure and an event of one sentence never
// name their source differently. Any other source that is the name (resolved or as written) of a
// mention in the article is that mention's entity.
import type { Store, StoredAnnotation } from './store/interface.js';
import { mentionKey } from './store/keys.js';
import { articleMentions } from './store/summaries.js';
import { speakerEntity } from './speaker-entity.js';
import { balancedPart, type SpeakerFields } from './speaker-wording.js';
import type { Span } from './types.js';

/** A figure's or an event's source as speaker-wording.ts words it: the name or description, as written, its entity. */
export interface AttributedSource extends SpeakerFields {
  speaker: string;
  speakerText?: string;
  speakerEntityId?: string;
  /** Where the source's words stand in the article: the quote's source as written, or the mention named. */
  sourceSpan?: Span;
}

function spanOf(x: unknown): Span | undefined {
  const s = x as { start?: unknown; end?: unknown } | undefined;
  return s && typeof s.start === 'number' && typeof s.end === 'number' ? { start: s.start, end: s.end } : undefined;
}

interface Attribution {
  source: string;
  /** Where its words of attribution open. */
  cue: { start: number } | null;
}

function attributionOf(attribution: unknown): Attribution | null {
  const att = attribution as { source?: unknown; evidence?: { start?: unknown } } | undefined;
  const source = typeof att?.source === 'string' ? att.source.trim() : '';
  if (!source) return null;
  const at = att?.evidence?.start;
  return { source, cue: typeof at === 'number' ? { start: at } : null };
}

/** The quote of the same attribution, as the quote finder resolved it: its cue opens where the
 *  attribution's evidence does ("said", "said in a statement"; the evidence of "according to the
 *  indictment" runs on over the source, the cue stops at "to"). */
function quoteOfCue(cue: { start: number } | null, quotes: readonly StoredAnnotation[]): StoredAnnotation | undefined {
  if (!cue) return undefined;
  return quotes.find((q) => {
    const c = q.data.cue as { start?: unknown } | undefined;
    return q.kind === 'quote' && typeof q.data.speaker === 'string' && q.data.speaker.trim() !== '' && c?.start === cue.start;
  });
}

/** The mention whose name or words are the source, the one nearest the attribution where the name recurs. */
function namedEntity(source: string, at: number, mentions: readonly StoredAnnotation[]): { key: string; span: Span } | undefined {
  // "the Interior Ministry" names what the mention "Interior Ministry" does
  const name = source.replace(/^the\s+/i, '');
  let best: { key: string; span: Span; distance: number } | undefined;
  for (const m of mentions) {
    if (m.kind !== 'mention' || (m.text !== name && m.data.canonical !== name)) continue;
    const key = mentionKey(m);
    const distance = Math.abs(m.start - at);
    if (key && (!best || distance < best.distance)) best = { key, span: { start: m.start, end: m.end }, distance };
  }
  return best && { key: best.key, span: best.span };
}

/**
 * Who says what `attribution` (a figure's or an event's: its source and evidence) attributes, among
 * its article's `mentions` and `quotes`: the speaker of the quote sharing its cue, else the source
 * as written there, with the entity it names; undefined without a source. `at` stands for the
 * attribution where it has no evidence.
 */
export function attributedSource(attribution: unknown, at: number, mentions: readonly StoredAnnotation[], quotes: readonly StoredAnnotation[]): AttributedSource | undefined {
  const att = attributionOf(attribution);
  if (!att) return undefined;
  const quote = quoteOfCue(att.cue, quotes);
  if (quote) {
    const entity = speakerEntity(articleMentions(mentions), quote.data);
    const written = typeof quote.data.speakerText === 'string' ? quote.data.speakerText : undefined;
    // the words as written; the speaker's mention only for a quote stored without them (for "he" it is the antecedent)
    const span = spanOf(quote.data.sourceSpan) ?? (written ? undefined : spanOf(quote.data.speakerSpan));
    return { speaker: String(quote.data.speaker).trim(), ...(written ? { speakerText: written } : {}), ...(entity ? { speakerEntityId: entity } : {}), ...(span ? { sourceSpan: span } : {}) };
  }
  const named = namedEntity(att.source, att.cue?.start ?? at, mentions);
  return { speaker: att.source, ...(named ? { speakerEntityId: named.key, sourceSpan: named.span } : {}) };
}

/**
 * Where a source's words stand when neither a quote nor a mention says (a description that is the
 * subject, "the interior ministry in Madrid estimated"): the occurrence of `source` in the sentence
 * `sentence` of `text` nearest `at`; undefined when the sentence does not hold those words.
 */
export function sourceWordsIn(text: string, sentence: Span, source: string, at: number): Span | undefined {
  const words = text.slice(sentence.start, sentence.end);
  let best: Span | undefined;
  for (let i = words.indexOf(source); i >= 0 && source; i = words.indexOf(source, i + 1)) {
    const start = sentence.start + i;
    if (!best || Math.abs(start - at) < Math.abs(best.start - at)) best = { start, end: start + source.length };
  }
  return best;
}

/** Who says `figure` (attributedSource of its attribution). */
export function figureSource(figure: StoredAnnotation, mentions: readonly StoredAnnotation[], quotes: readonly StoredAnnotation[]): AttributedSource | undefined {
  return attributedSource(figure.data.attribution, figure.start, mentions, quotes);
}

/** A source's parts as the listings and exports carry them: the name, the words as written where they
 *  differ (a bracket the span leaves open cut off, speaker-wording.ts's balancedPart), the entity, and
 *  where those words (else the name) stand. */
export function sourceParts(source: AttributedSource): { name: string; written?: string; entity?: string; span?: Span } {
  const raw = source.speakerText ?? '';
  const part = balancedPart(raw);
  const written = raw.slice(part.start, part.end);
  // the span narrowed as the words were, where it holds exactly those words
  const span = source.sourceSpan && raw && source.sourceSpan.end - source.sourceSpan.start === raw.length
    ? { start: source.sourceSpan.start + part.start, end: source.sourceSpan.start + part.end }
    : source.sourceSpan;
  return {
    name: source.speaker,
    ...(written && written !== source.speaker ? { written } : {}),
    ...(source.speakerEntityId ? { entity: source.speakerEntityId } : {}),
    ...(span ? { span } : {}),
  };
}

/** A source as the listings' --json gives it beside the attribution as stored: the name, the words as
 *  written where they differ, the entity, where the words stand (nulls where none). */
export function sourceJson(source: AttributedSource): { source: string; sourceText: string | null; sourceEntityId: string | null; sourceSpan: Span | null } {
  const { name, written, entity, span } = sourceParts(source);
  return { source: name, sourceText: written ?? null, sourceEntityId: entity ?? null, sourceSpan: span ?? null };
}

/** figureSource for stored figures of any documents, by the figure's index in `figures`. */
export function figureSources(store: Store, figures: Array<StoredAnnotation & { docId: string }>): Promise<Map<number, AttributedSource>> {
  return storedSources(store, figures, (f) => f.start);
}

/** attributedSource for stored event reports of any documents (at their trigger), by the report's index in `events`. */
export function reportSources(store: Store, events: Array<StoredAnnotation & { docId: string }>): Promise<Map<number, AttributedSource>> {
  return storedSources(store, events, (e) => {
    const trigger = e.data.trigger as { start?: unknown } | undefined;
    return typeof trigger?.start === 'number' ? trigger.start : e.start;
  });
}

/** attributedSource of stored rows holding an attribution, each standing at `at` where it has no evidence. */
async function storedSources(store: Store, rows: Array<StoredAnnotation & { docId: string }>, at: (row: StoredAnnotation) => number): Promise<Map<number, AttributedSource>> {
  const docIds = [...new Set(rows.filter((f) => attributionOf(f.data.attribution)).map((f) => f.docId))];
  const mentionsOf = groupByDoc(docIds.length ? await store.mentionEntitiesOfDocuments(docIds) : []);
  // the articles' quotes, for the cues they share: one read for all, not one per article
  const quotesOf = groupByDoc(docIds.length ? await store.annotationsOfDocuments('quote', docIds) : []);
  const out = new Map<number, AttributedSource>();
  rows.forEach((r, i) => {
    const source = attributedSource(r.data.attribution, at(r), mentionsOf.get(r.docId) ?? [], quotesOf.get(r.docId) ?? []);
    if (source) out.set(i, source);
  });
  return out;
}

/** A figure's source as the exports and --json give it: the name shown, the words as written, the entity, where the words stand. */
export interface SourceFields {
  source: string | null;
  /** The words as written: the name itself where the article writes it so. */
  sourceText: string | null;
  sourceEntityId: string | null;
  sourceSpan: Span | null;
}

/**
 * Figures listed apart from their stored rows (a claim's: its document, start and source as stored)
 * with their source resolved as the figures listing resolves it; one read of their rows for all.
 */
export async function withFigureSources<T extends { docId: string; start: number; source: string | null }>(store: Store, figures: readonly T[]): Promise<Array<T & SourceFields>> {
  const refs = figures.map((f): [string, number] => [f.docId, f.start]);
  const rows = refs.length ? await store.annotationsAt('figure', refs) : [];
  const sources = await figureSources(store, rows);
  const byRef = new Map([...sources].map(([i, source]) => [`${rows[i].docId}:${rows[i].start}`, sourceParts(source)]));
  return figures.map((f) => {
    const parts = byRef.get(`${f.docId}:${f.start}`);
    return { ...f, source: parts?.name ?? f.source, sourceText: parts ? (parts.written ?? parts.name) : null, sourceEntityId: parts?.entity ?? null, sourceSpan: parts?.span ?? null };
  });
}

/** Rows by their document, each document's in the order given. */
export function groupByDoc<T extends { docId: string }>(rows: readonly T[]): Map<string, T[]> {
  const byDoc = new Map<string, T[]>();
  for (const r of rows) {
    const list = byDoc.get(r.docId);
    if (list) list.push(r);
    else byDoc.set(r.docId, [r]);
  }
  return byDoc;
}
