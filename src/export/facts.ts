// Figures and quotes of the documents in scope, streamed one document at a time.
import type { Figure, Quote } from '../types.js';
import type { StoredAnnotation, StoredDocument } from '../store/interface.js';
import { documentMatches, documentTotal, walkDocuments } from './documents.js';
import type { ExportContext } from './tables/table.js';
import { quoteSpeaker, type QuoteSpeaker } from './quote-speaker.js';
import { figureSource, sourceParts, sourceWordsIn } from '../figure-sources.js';

export interface Located<T> {
  docId: string;
  /** The sentence the fact stands in. */
  sentence: string;
  data: T;
}

/** A figure with who says so as the listings resolve it (figure-sources.ts); null when unattributed. */
export interface LocatedFigure extends Located<Figure> {
  source: ReturnType<typeof sourceParts> | null;
}

/** A quote with who said it as written and the speaker's entity now (see quote-speaker.ts). */
export interface LocatedQuote extends Located<Quote> {
  speaker: QuoteSpeaker;
}

function located<T extends { sentence: { start: number; end: number } }>(doc: StoredDocument, kind: 'figure' | 'quote'): Array<Located<T> & { annotation: StoredAnnotation }> {
  return doc.annotations
    .filter((a) => a.kind === kind)
    .map((a) => {
      const data = a.data as unknown as T;
      return { docId: doc.id, sentence: doc.text.slice(data.sentence.start, data.sentence.end), data, annotation: a };
    });
}

async function* factsOf<T extends { sentence: { start: number; end: number } }, R>(ctx: ExportContext, kind: 'figure' | 'quote', out: (fact: Located<T> & { annotation: StoredAnnotation }, doc: StoredDocument) => R): AsyncGenerator<R> {
  ctx.progress.setTotal(await documentTotal(ctx.store, ctx.filters));
  for await (const doc of walkDocuments(ctx.store, ctx.filters)) {
    ctx.progress.tick();
    if (documentMatches(doc, ctx.filters)) for (const fact of located<T>(doc, kind)) yield out(fact, doc);
  }
}

// the document's annotations hold its mentions and quotes, which figureSource reads
export const figuresInScope = (ctx: ExportContext) =>
  factsOf<Figure, LocatedFigure>(ctx, 'figure', ({ annotation, ...f }, doc) => {
    const found = figureSource(annotation, doc.annotations, doc.annotations);
    if (!found) return { ...f, source: null };
    const cue = f.data.attribution?.evidence?.start ?? f.data.start;
    const source = found.sourceSpan ? found : { ...found, sourceSpan: sourceWordsIn(doc.text, f.data.sentence, found.speakerText ?? found.speaker, cue) };
    // the words as written always, as the quotes' speaker_text: the name itself where the article writes it so
    const parts = sourceParts(source);
    return { ...f, source: { ...parts, written: parts.written ?? parts.name } };
  });
export const quotesInScope = (ctx: ExportContext) =>
  factsOf<Quote, LocatedQuote>(ctx, 'quote', ({ annotation: _, ...q }, doc) => ({ ...q, speaker: quoteSpeaker(doc.text, doc.annotations, q.data) }));
