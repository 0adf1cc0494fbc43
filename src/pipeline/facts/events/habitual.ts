// A happening told as a habit of years ("had been arrested in several states since 1990", "was arrested at the
// march in each of the last three years") is the person's history, not the news: background, kept and findable.
// Its reason told with "for" ("for protesting abortion") is part of that history too. Deeds of violence keep their
// own rule (background.ts: a stretch of killings may run up to now).
import type { EventType } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { caseMarker, dependents, wordOfToken } from '../../syntax/query.js';
import { earlierYear } from './background.js';

const PERFECT = new Set(['have', 'has', 'had', "'ve", "'d"]);
const EVERY = new Set(['each', 'every']);
const CALENDAR_UNITS = new Set(['year', 'years', 'month', 'months', 'season', 'seasons', 'summer', 'summers']);
const VIOLENCE = new Set<EventType>(['attack', 'killing']);

/** "since 1990" on a perfect verb, the year before the story's own: a stretch of years up to then. */
function sinceEarlierYear(ctx: DocumentContext, verb: number): boolean {
  const syn = ctx.syntax!;
  if (!dependents(syn, verb, 'aux').some((a) => PERFECT.has(syn.words[a].text.toLowerCase()))) return false;
  return dependents(syn, verb, 'obl', 'obl:tmod', 'nmod').some((d) => {
    if (caseMarker(syn, d) !== 'since') return false;
    const time = ctx.timeAt[syn.words[d].token];
    return time >= 0 && earlierYear(ctx, ctx.times[time].value.iso);
  });
}

/** "in each of the last three years", "every year": the verb done once a year or so, again and again. */
function everyYear(ctx: DocumentContext, verb: number): boolean {
  const syn = ctx.syntax!;
  // the parse may hang "in each of …" on the verb's own phrase ("at the march in each of the last three years")
  const phrases = dependents(syn, verb, 'obl', 'obl:tmod', 'obl:npmod', 'advmod');
  return [...phrases, ...phrases.flatMap((p) => dependents(syn, p, 'nmod'))].some((d) => {
    const word = syn.words[d].text.toLowerCase();
    if (EVERY.has(word)) return dependents(syn, d, 'nmod', 'obl').some((n) => CALENDAR_UNITS.has(syn.words[n].text.toLowerCase()));
    return CALENDAR_UNITS.has(word) && dependents(syn, d, 'det').some((k) => EVERY.has(syn.words[k].text.toLowerCase()));
  });
}

/** "checking into clinics whenever the FBI turned up the heat": a "whenever" clause on the verb makes it a habit. */
function whenever(ctx: DocumentContext, verb: number): boolean {
  const syn = ctx.syntax!;
  const isWhenever = (w: number) => syn.words[w].text.toLowerCase() === 'whenever';
  return dependents(syn, verb, 'advmod').some(isWhenever) || dependents(syn, verb, 'advcl').some((c) => dependents(syn, c, 'mark', 'advmod').some(isWhenever));
}

/** Is the event at trigger token `trigger` told as a habit of past years, itself or as the reason ("for …") of one? */
export function habitualDeed(ctx: DocumentContext, type: EventType, trigger: number): boolean {
  const syn = ctx.syntax;
  if (!syn || VIOLENCE.has(type)) return false;
  const verb = wordOfToken(syn, trigger);
  if (verb < 0) return false;
  const habitual = (v: number) => syn.words[v].upos === 'VERB' && (sinceEarlierYear(ctx, v) || everyYear(ctx, v) || whenever(ctx, v));
  if (habitual(verb)) return true;
  // "arrested … for protesting abortion": the reason shares its deed's habit
  const { deprel, head } = syn.words[verb];
  const forReason = (deprel === 'advcl' && dependents(syn, verb, 'mark').some((m) => syn.words[m].text.toLowerCase() === 'for')) || (deprel.startsWith('obl') && caseMarker(syn, verb) === 'for');
  return forReason && head >= 0 && habitual(head);
}
