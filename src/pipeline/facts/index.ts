// The facts stage: events, figures and quotes of one document, each tied to its span
// and to who says so.
import type { Doc, EventRecord, Figure, Mention, PlaceMention, Quote, Segmentation, Syntax, TimeMention } from '../../types.js';
import { loadAttributionModel, type AttributionModel } from './quotes/model.js';
import { attributionTokens } from './quotes/tokens.js';
import { findAttributions, type TokenRelation } from './quotes/attribute.js';
import { SpeakerResolver, type ResolvedSpeaker } from '../reference/resolver.js';
import { extractComments } from './quotes/comments.js';
import { speakerLabelTest } from './quotes/label-speakers.js';
import { addsAThingRelation } from '../reference/added-object.js';
import { buildDocumentContext, type DocumentContext } from '../context/document.js';
import { SpeakerMemory, sentenceFrames, type Frame } from './attribution.js';
import { extractDirectQuotes, extractIndirectQuotes, resolveSources } from './quotes/index.js';
import { extractFigures } from './figures/index.js';
import { extractEvents, withContext, type EventWithMentions } from './events/index.js';
import { partyIdentity } from './events/party-identity.js';
import { pronounDoerReferent } from './events/pronoun-doer.js';
import { withRoleReferents } from './events/role-referents.js';
import { lapTimer, type StageClock } from '../stage-clock.js';
import { creditSpans, inCredit } from '../entities/credits.js';

export type { EventWithMentions } from './events/index.js';

export interface FactsInput {
  doc: Doc;
  segmentation: Segmentation;
  mentions: Mention[];
  places: PlaceMention[];
  times: TimeMention[];
  /** The dependency parse, when the pipeline has one (events read their arguments from it; the attribution model reads it). */
  syntax?: Syntax;
  /** The attribution model (default: the shipped one; null: rules only). */
  attributionModel?: AttributionModel | null;
}

export interface Facts {
  /** Each event also lists, under `mentions`, every span of the text that speaks of it. */
  events: EventRecord[];
  figures: Figure[];
  quotes: Quote[];
}

/**
 * The attribution relations of a document and its speaker resolver, every relation's source
 * already resolved in text order (so a later pronoun sees who spoke before it). Exposed so that
 * evaluations measure the very resolution the quotes get.
 */
export function resolveSpeakers(ctx: DocumentContext, input: Pick<FactsInput, 'doc' | 'segmentation' | 'syntax' | 'attributionModel'>): { relations: TokenRelation[]; speakers: SpeakerResolver; sources: Map<TokenRelation, ResolvedSpeaker | null> } {
  const model = input.attributionModel === undefined ? loadAttributionModel() : input.attributionModel;
  const relations = model
    ? findAttributions(attributionTokens(input.doc.text, input.segmentation, input.doc.paragraphs, model.usesSyntax ? input.syntax : null), model, speakerLabelTest(ctx)).filter((r) => r.content.length > 0 && !addsAThingRelation(ctx, r))
    : [];
  const speakers = new SpeakerResolver(ctx);
  return { relations, speakers, sources: resolveSources(ctx, relations, speakers) };
}

/** `clock`, when given, times the shared context, attribution (model and quotes), figures and events apart. */
export function extractFacts(input: FactsInput, clock?: StageClock): Facts {
  const lap = lapTimer(clock);
  const ctx = buildDocumentContext(input.doc, input.segmentation, input.mentions, input.places, input.times, input.syntax ?? null);
  const mem = new SpeakerMemory(ctx);
  const framesBySentence: Frame[][] = [];
  for (let s = 0; s < ctx.sentences.length; s++) framesBySentence.push(ctx.headingSent[s] ? [] : sentenceFrames(ctx, mem, s));
  lap('facts/context');
  const { relations, speakers, sources } = resolveSpeakers(ctx, input);
  const qin = { ctx, mem, framesBySentence, relations, speakers, sources };
  const direct = extractDirectQuotes(qin);
  const indirect = extractIndirectQuotes(qin, direct);
  // readers' comments and letters: quotes of their writers, and what they contain is theirs
  const comments = extractComments(ctx, speakers);
  const inComment = (q: Quote) => comments.some((c) => q.start < c.end && c.start < q.end);
  const quotes = [...direct, ...indirect].filter((q) => !inComment(q)).concat(comments).sort((a, b) => a.start - b.start);
  lap('facts/attribution');
  const figures = extractFigures({ ctx, framesBySentence, quotes: direct, syntax: input.syntax });
  lap('facts/figures');
  // participants after the speakers: the same resolver names who "the man" or "he" is
  const events = withRoleReferents(ctx, speakers, withoutCredits(input.doc.text, withContext(ctx, () => extractEvents(ctx, framesBySentence, direct, pronounDoerReferent(ctx, speakers), partyIdentity(speakers)))));
  lap('facts/events');
  return { events, figures, quotes };
}

/** The events with nothing taken from a credit line or dateline agency: who wrote or sent the story takes no part in it. */
function withoutCredits(text: string, events: EventWithMentions[]): EventWithMentions[] {
  const credits = creditSpans(text);
  if (!credits.length) return events;
  return events
    .filter((e) => !inCredit(credits, e.trigger))
    .map((e) => ({
      ...e,
      actors: e.actors.filter((r) => !inCredit(credits, r)),
      targets: e.targets.filter((r) => !inCredit(credits, r)),
      place: e.place && !e.place.inferred && inCredit(credits, e.place) ? null : e.place,
    }));
}
