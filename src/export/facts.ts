// Figures and quotes of the documents in scope, streamed one document at a time.
import type { Figure, Quote } from '../types.js';
import type { StoredDocument } from '../store/interface.js';
import { documentMatches, documentTotal, walkDocuments } from './documents.js';
import type { ExportContext } from './tables/table.js';
import { quoteSpeaker, type QuoteSpeaker } from './quote-speaker.js';

export interface Located<T> {
  docId: string;
  /** The sentence the fact stands in. */
  sentence: string;
  data: T;
}

/** A quote with who said it as written and the speaker's entity now (see quote-speaker.ts). */
export interface LocatedQuote extends Located<Quote> {
  speaker: QuoteSpeaker;
}

function located<T extends { sentence: { start: number; end: number } }>(doc: StoredDocument, kind: 'figure' | 'quote'): Array<Located<T>> {
  return doc.annotations
    .filter((a) => a.kind === kind)
    .map((a) => {
      const data = a.data as unknown as T;
      return { docId: doc.id, sentence: doc.text.slice(data.sentence.start, data.sentence.end), data };
    });
}

async function* factsOf<T extends { sentence: { start: number; end: number } }, R>(ctx: ExportContext, kind: 'figure' | 'quote', out: (fact: Located<T>, doc: StoredDocument) => R): AsyncGenerator<R> {
  ctx.progress.setTotal(await documentTotal(ctx.store, ctx.filters));
  for await (const doc of walkDocuments(ctx.store, ctx.filters)) {
    ctx.progress.tick();
    if (documentMatches(doc, ctx.filters)) for (const fact of located<T>(doc, kind)) yield out(fact, doc);
  }
}

export const figuresInScope = (ctx: ExportContext) => factsOf<Figure, Located<Figure>>(ctx, 'figure', (f) => f);
export const quotesInScope = (ctx: ExportContext) =>
  factsOf<Quote, LocatedQuote>(ctx, 'quote', (q, doc) => ({ ...q, speaker: quoteSpeaker(doc.text, doc.annotations, q.data) }));
