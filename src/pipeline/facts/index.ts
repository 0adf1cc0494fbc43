// The facts stage: events, figures and quotes of one document, each tied to its span
// and to who says so.
import type { Doc, EventRecord, Figure, Mention, PlaceMention, Quote, Segmentation, Syntax, TimeMention } from '../../types.js';
import { buildContext } from './context.js';
import { SpeakerMemory, sentenceFrames, type Frame } from './attribution.js';
import { extractDirectQuotes, extractIndirectQuotes } from './quotes/index.js';
import { extractFigures } from './figures/index.js';
import { extractEvents, withContext, type EventWithMentions } from './events/index.js';

export type { EventWithMentions } from './events/index.js';

export interface FactsInput {
  doc: Doc;
  segmentation: Segmentation;
  mentions: Mention[];
  places: PlaceMention[];
  times: TimeMention[];
  /** The parse, when the syntax stage ran; events read their arguments from it. */
  syntax?: Syntax;
}

export interface Facts {
  /** Each event also lists, under `mentions`, every span of the text that speaks of it. */
  events: EventRecord[];
  figures: Figure[];
  quotes: Quote[];
}

export function extractFacts(input: FactsInput): Facts {
  const ctx = buildContext(input.doc, input.segmentation, input.mentions, input.places, input.times, input.syntax ?? null);
  const mem = new SpeakerMemory(ctx);
  const framesBySentence: Frame[][] = [];
  for (let s = 0; s < ctx.sentences.length; s++) framesBySentence.push(ctx.headingSent[s] ? [] : sentenceFrames(ctx, mem, s));
  const qin = { ctx, mem, framesBySentence };
  const direct = extractDirectQuotes(qin);
  const indirect = extractIndirectQuotes(qin, direct);
  const quotes = [...direct, ...indirect].sort((a, b) => a.start - b.start);
  const figures = extractFigures({ ctx, framesBySentence, quotes: direct });
  const events: EventWithMentions[] = withContext(ctx, () => extractEvents(ctx, framesBySentence, direct));
  return { events, figures, quotes };
}
