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
import type { SpeakerFields } from './speaker-wording.js';

/** A figure's or an event's source as speaker-wording.ts words it: the name or description, as written, its entity. */
export interface AttributedSource extends SpeakerFields {
  speaker: string;
  speakerText?: string;
  speakerEntityId?: string;
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
function namedEntity(source: string, at: number, mentions: readonly StoredAnnotation[]): string | undefined {
  // "the Interior Ministry" names what the mention "Interior Ministry" does
  const name = source.replace(/^the\s+/i, '');
  let best: { key: string; distance: number } | undefined;
  for (const m of mentions) {
    if (m.kind !== 'mention' || (m.text !== name && m.data.canonical !== name)) continue;
    const key = mentionKey(m);
    const distance = Math.abs(m.start - at);
    if (key && (!best || distance < best.distance)) best = { key, distance };
  }
  return best?.key;
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
    return { speaker: String(quote.data.speaker).trim(), ...(written ? { speakerText: written } : {}), ...(entity ? { speakerEntityId: entity } : {}) };
  }
  const entity = namedEntity(att.source, att.cue?.start ?? at, mentions);
  return { speaker: att.source, ...(entity ? { speakerEntityId: entity } : {}) };
}

/** Who says `figure` (attributedSource of its attribution). */
export function figureSource(figure: StoredAnnotation, mentions: readonly StoredAnnotation[], quotes: readonly StoredAnnotation[]): AttributedSource | undefined {
  return attributedSource(figure.data.attribution, figure.start, mentions, quotes);
}

/** A source's parts as the listings carry them: the name, the words as written where they differ, the entity. */
export function sourceParts(source: AttributedSource): { name: string; written?: string; entity?: string } {
  const written = source.speakerText?.trim();
  return {
    name: source.speaker,
    ...(written && written !== source.speaker ? { written } : {}),
    ...(source.speakerEntityId ? { entity: source.speakerEntityId } : {}),
  };
}

/** figureSource for stored figures of any documents, by the figure's index in `figures`. */
export async function figureSources(store: Store, figures: Array<StoredAnnotation & { docId: string }>): Promise<Map<number, AttributedSource>> {
  const docIds = [...new Set(figures.filter((f) => attributionOf(f.data.attribution)).map((f) => f.docId))];
  const mentionsOf = groupByDoc(docIds.length ? await store.mentionEntitiesOfDocuments(docIds) : []);
  // the articles' quotes, for the cues they share: one read for all, not one per article
  const quotesOf = groupByDoc(docIds.length ? await store.annotationsOfDocuments('quote', docIds) : []);
  const out = new Map<number, AttributedSource>();
  figures.forEach((f, i) => {
    const source = figureSource(f, mentionsOf.get(f.docId) ?? [], quotesOf.get(f.docId) ?? []);
    if (source) out.set(i, source);
  });
  return out;
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
