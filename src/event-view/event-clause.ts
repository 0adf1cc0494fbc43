// What happened, in the report's own words: the stretch of its sentence from the first party to
// the last, through the trigger ("The ferry company offered to refund every ticket"). It titles an
// event whose type names nothing ("Event by the ferry company" said who, not what) and one that
// would otherwise be titled only by the article it is in.
import type { EventReport, RoleRef } from './types.js';

/** Longer than this, the words are a sentence, not a headline. */
const MAX_CLAUSE = 72;
/** Fewer words than this are a trigger alone, not what happened. */
const MIN_WORDS = 3;
/** Where a clause ends after its trigger: a comma, a semicolon, a colon, a dash, a bracket, the sentence's end. */
const CLAUSE_END = /[,;:()\u2013\u2014.!?"“”]/u;
/** A pronoun that stands for its referent: the clause names the referent instead ("it would pay" → "the ferry company would pay"). */
const PRONOUN = /^(it|he|she|they|him|her|them)$/i;
/** A possessive points back to someone the words do not name: "Event by its troops" told a reader
 *  nothing; the article's title says more. */
export const POSSESSIVE_START = /^(his|her|their|its|our|my|your)\s/iu;
/** A title's first word that points back to a name it does not give ("Its troops had helped…",
 *  "They agreed to…"): whose, or who, the timeline never said. */
export const POINTS_BACK = /^(it|he|she|they|his|her|their|its|our|my|your)\b/iu;

type Span = { start: number; end: number };

/** Longer than this, a sentence is a paragraph's worth on a timeline row. */
const MAX_SENTENCE = 120;

/** The report's whole sentence, as a last title for an event whose type names nothing: "Event, in
 *  “Shelling of Goma market kills…”" said neither what happened nor who did it, where "The mission
 *  said its troops had helped evacuate some of the wounded to Ndosho hospital" says both. Null when
 *  too long, or when it opens on a word pointing back to a name it does not give. */
export function eventSentence(report: Pick<EventReport, 'sentence'>): string | null {
  const text = report.sentence.replace(/\s+/g, ' ').trim().replace(/[.;:,]$/u, '');
  if (text.length > MAX_SENTENCE || text.split(' ').length < MIN_WORDS || POINTS_BACK.test(text)) return null;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The report's sentence from its first party through its trigger and last party, then on to the
 *  clause's end while that stays short; null when even the parties and trigger are too long. */
export function eventClause(report: Pick<EventReport, 'sentence' | 'triggerSpan' | 'actors' | 'targets'>): string | null {
  const { sentence, triggerSpan } = report;
  if (!sentence || triggerSpan.end <= triggerSpan.start || triggerSpan.end > sentence.length) return null;
  const roles = [...report.actors, ...report.targets]
    .map((r) => ({ role: r, span: nearestSpan(sentence, r.text.trim(), triggerSpan) }))
    .filter((r): r is { role: RoleRef; span: Span } => !!r.span);
  let start = Math.min(triggerSpan.start, ...roles.map((r) => r.span.start));
  let end = Math.max(triggerSpan.end, ...roles.map((r) => r.span.end));
  // a party far from its trigger makes a clause too long: the trigger and what follows it still say what happened
  if (end - start > MAX_CLAUSE) [start, end] = [triggerSpan.start, Math.max(triggerSpan.end, ...roles.filter((r) => r.span.start >= triggerSpan.start).map((r) => r.span.end))];
  if (end - start > MAX_CLAUSE) return null;
  const rest = sentence.slice(end);
  const stop = rest.search(CLAUSE_END);
  const clauseEnd = end + (stop < 0 ? rest.length : stop);
  if (clauseEnd - start <= MAX_CLAUSE) end = clauseEnd;
  let text = sentence.slice(start, end);
  const first = roles.find((r) => r.span.start === start);
  if (first?.role.referent && PRONOUN.test(first.role.text.trim())) text = first.role.referent + text.slice(first.span.end - start);
  text = text.replace(/\s+/g, ' ').trim();
  // a bare trigger ("Convicted") says less than the type and the article it is in; so does a
  // clause about someone it only points back to
  if (text.split(' ').length < MIN_WORDS || POINTS_BACK.test(text)) return null;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Where a party's words stand in the sentence, the occurrence nearest the trigger; whole words only. */
function nearestSpan(sentence: string, text: string, trigger: Span): Span | null {
  if (!text) return null;
  let best: Span | null = null;
  for (let i = sentence.indexOf(text); i >= 0; i = sentence.indexOf(text, i + 1)) {
    const before = sentence[i - 1] ?? ' ';
    const after = sentence[i + text.length] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
    const span = { start: i, end: i + text.length };
    if (!best || distance(span, trigger) < distance(best, trigger)) best = span;
  }
  return best;
}

function distance(a: Span, b: Span): number {
  return a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0;
}
