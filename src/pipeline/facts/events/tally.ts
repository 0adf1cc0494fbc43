// A running total is a figure, not an event: "more than 300 people have died on the roads so far
// this year" or "40 officials have been detained over the past two years" counts many happenings
// over a period up to now; no one of them has a date, place or participants to report. The count
// stays a figure (the figures stage reads it); the clause is no event mention.
import type { DocumentContext } from '../../context/document.js';
import { dependents, subtreeSpan, wordOfToken } from '../../syntax/query.js';
import type { EventMention } from './mentions.js';

/** Phrases that always sum up a period ("so far", "to date", "in total"). */
const TOTAL_PHRASES: ReadonlyArray<readonly string[]> = [['so', 'far'], ['to', 'date'], ['in', 'total'], ['altogether']];
/** Words that open a period reaching up to now ("over the past two years", "in the last month"): need the perfect. */
const PERIOD_OPENERS = new Set(['over', 'in', 'during', 'within']);
const PERIOD_EDGES = new Set(['past', 'last']);

/** Is the mention a clause whose count (two or more) is summed over a period up to now? */
export function runningTotal(ctx: DocumentContext, m: EventMention): boolean {
  const syn = ctx.syntax;
  if (!syn || m.kind !== 'clause') return false;
  if (!Object.values(m.counts).some((c) => c !== undefined && c.value >= 2)) return false;
  const verb = wordOfToken(syn, m.trigger);
  return verb >= 0 && sumsAPeriod(ctx, verb, m.sent);
}

/**
 * Does the clause of a parse verb sum a period up to now ("so far", "to date"; with the perfect, "since January",
 * "over the past two years", "this year")? Also asked of the verb governing counted happenings ("have recorded
 * nine shootings since January").
 */
export function sumsAPeriod(ctx: DocumentContext, verb: number, sent: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  // only the words the verb's own clause governs: "said since Monday that …" is another clause's
  const span = subtreeSpan(syn, verb);
  const from = ctx.sentStart[sent];
  const to = ctx.sentStart[sent + 1];
  const perfect = dependents(syn, verb, 'aux').some((k) => syn.words[k].lemma.toLowerCase() === 'have');
  for (let i = from; i < to; i++) {
    if (ctx.toks[i].start < span.start || ctx.toks[i].end > span.end) continue;
    if (TOTAL_PHRASES.some((p) => p.every((w, k) => ctx.low[i + k] === w))) return true;
    if (!perfect) continue;
    // "have died since January", "have been detained since the protests began"; "have arrested two men
    // since Monday" is one round of arrests, still news
    if (ctx.low[i] === 'since' && !sinceADay(ctx, i + 1)) return true;
    // "over the past two years", "in the last month"
    if (PERIOD_OPENERS.has(ctx.low[i]) && ctx.low[i + 1] === 'the' && PERIOD_EDGES.has(ctx.low[i + 2])) return true;
    // "have died this year"
    if (ctx.low[i] === 'this' && ctx.low[i + 1] === 'year') return true;
  }
  return false;
}

/** Does a date of a day or weekday start at token k ("since Monday", "since March 3")? */
function sinceADay(ctx: DocumentContext, k: number): boolean {
  const t = ctx.times[ctx.timeAt[k]] ?? ctx.times[ctx.timeAt[k + 1]];
  return t !== undefined && (t.value.precision === 'day' || t.value.precision === 'weekday');
}

/**
 * Is the event noun at token k inside a clause that sums a period up to now ("427 fugitives have been taken into
 * custody since then")? Many happenings counted, not the one its words would otherwise name.
 */
export function nounInTally(ctx: DocumentContext, k: number, sent: number): boolean {
  const syn = ctx.syntax;
  const w = syn ? wordOfToken(syn, k) : -1;
  if (!syn || w < 0) return false;
  const head = syn.words[w].head;
  return head >= 0 && sumsAPeriod(ctx, head, sent);
}
