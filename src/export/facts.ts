// Figures and quotes of the documents in scope, streamed one document at a time.
import type { Figure, Quote } from '../types.js';
import type { StoredDocument } from '../store/interface.js';
import { documentMatches, documentTotal, walkDocuments } from './documents.js';
import type { ExportContext } from './tables/table.js';

export interface Located<T> {
  docId: string;
  /** The sentence the fact stands in. */
  sentence: string;
  data: T;
}

function located<T extends { sentence: { start: number; end: number } }>(doc: StoredDocument, kind: 'figure' | 'quote'): Array<Located<T>> {
  return doc.annotations
    .filter((a) => a.kind === kind)
    .map((a) => {
      const data = a.data as unknown as T;
      return { docId: doc.id, sentence: doc.text.slice(data.sentence.start, data.sentence.end), data };
    });
}

async function* factsOf<T extends { sentence: { start: number; end: number } }>(ctx: ExportContext, kind: 'figure' | 'quote'): AsyncGenerator<Located<T>> {
  ctx.progress.setTotal(await documentTotal(ctx.store, ctx.filters));
  for await (const doc of walkDocuments(ctx.store, ctx.filters)) {
    ctx.progress.tick();
    if (documentMatches(doc, ctx.filters)) yield* located<T>(doc, kind);
  }
}

export const figuresInScope = (ctx: ExportContext) => factsOf<Figure>(ctx, 'figure');
export const quotesInScope = (ctx: ExportContext) => factsOf<Quote>(ctx, 'quote');
