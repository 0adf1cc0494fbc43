// "Anna Berg, the mayor's aide, and her driver were detained", "detained Jon Ek, the head of the
// port, and two of his deputies", "detained the pilot, Olev Rebane and Kaja Mets": the parse does not
// always tie a list's members together (it hangs one off a date, or makes the first name the
// sentence's root), and the event kept one member. The members beside a collected participant are read
// from the list's own words: commas and a closing "and"/"or"; each described member is the phrase the
// parse makes of its words ("the head of sales and marketing" is one member, not "the head of sales").
// What sits between commas right after a name describes that name (an apposition): no member of its own.
import type { EventRole } from '../../../types.js';
import { sentenceOfToken, tokensCovering, type DocumentContext } from '../../context/document.js';
import { DETERMINERS } from '../../context/phrases.js';
import type { Range } from './mentions.js';
import { wordOfToken } from '../../syntax/query.js';
import { phraseSpan, tokenRange } from './parse.js';
import { NOMINAL } from './participles.js';

const JOINERS: ReadonlySet<string> = new Set(['and', 'or']);

/** The participant with the other members of the coordinated list it is one of, in text order. */
export function withListed(ctx: DocumentContext, role: EventRole): EventRole[] {
  const { a, b } = tokensCovering(ctx.toks, role);
  if (b <= a) return [role];
  const s = sentenceOfToken(ctx, a);
  const [from, to] = [ctx.sentStart[s], ctx.sentStart[s + 1]];
  const asRole = ([x, y]: Range): EventRole => ({ start: ctx.toks[x].start, end: ctx.toks[y - 1].end, text: ctx.text.slice(ctx.toks[x].start, ctx.toks[y - 1].end) });
  return [...membersBefore(ctx, a, from).map(asRole), role, ...listedAfter(ctx, [a, b], to).map(asRole)];
}

/** The members listed after the participant at tokens r, up to token to: ", B and C" ("charged the firm, its owner and two clerks"). */
export function listedAfter(ctx: DocumentContext, r: Range, to: number): Range[] {
  // a name's own apposition (", the head of the port,") is no member
  return membersAfter(ctx, r[0], afterApposition(ctx, r, to) ?? r[1], to);
}

/** Members after the participant at token a, from token b: ", B and C", "and B", ", and B"; a list of commas only must close with "and"/"or". */
function membersAfter(ctx: DocumentContext, a: number, b: number, to: number): Range[] {
  const out: Range[] = [];
  let j = b;
  let closed = false;
  while (j < to && !closed) {
    let k = j;
    if (ctx.low[k] === ',') k++;
    const joined = JOINERS.has(ctx.low[k]);
    if (joined) k++;
    else if (k === j) break;
    const m = member(ctx, k, to);
    if (!m) break;
    out.push(m);
    closed = joined;
    // a name's apposition before the list goes on: ", the head of the port, and …"
    j = afterApposition(ctx, m, to) ?? m[1];
  }
  // the member after the joiner must not open a clause of its own ("arrested the man and his car was seized")
  return closed && !opensClause(ctx, out.at(-1)![1], a) ? out : [];
}

/** Members before the participant: "A and …", "A, the mayor's aide, and …", when A opens its clause. */
function membersBefore(ctx: DocumentContext, a: number, from: number): Range[] {
  let k = a - 1;
  if (k < from || !JOINERS.has(ctx.low[k])) return [];
  k--;
  if (k >= from && ctx.low[k] === ',') {
    // ", the mayor's aide," closing on a name: that name's apposition
    const open = apposedBefore(ctx, k, from);
    if (open !== null) k = open;
  }
  const m = ctx.mentionAt[k] >= 0 ? ctx.mentions[ctx.mentionAt[k]] : null;
  if (!m || (m.type !== 'PER' && m.type !== 'ORG')) return [];
  let start = k;
  while (start > from && ctx.mentionAt[start - 1] === ctx.mentionAt[k]) start--;
  // the name opens the sentence or follows a comma: not the object of some other verb ("questioned A, and B was held")
  return start === from || ctx.low[start - 1] === ',' ? [[start, k + 1]] : [];
}

/** A person or body's name, or a described someone ("his driver", "two of his deputies"), starting at token k. */
function member(ctx: DocumentContext, k: number, to: number): Range | null {
  if (k >= to) return null;
  const at = ctx.mentionAt[k];
  if (at >= 0) {
    const m = ctx.mentions[at];
    if (m.type !== 'PER' && m.type !== 'ORG') return null;
    let end = k;
    while (end < to && ctx.mentionAt[end] === at) end++;
    return [k, end];
  }
  if (!DETERMINERS.has(ctx.low[k]) && !isNumber(ctx, k)) return null;
  const end = describedEnd(ctx, k, to);
  return end > k + 1 || (end > k && isNumber(ctx, k)) ? [k, end] : null;
}

/**
 * The end of the participant phrase the parse starts at token k ("his deputy", "three of his inspectors",
 * "the airport's security chief"): the largest nominal whose phrase opens with that word; k when none does.
 */
function describedEnd(ctx: DocumentContext, k: number, to: number): number {
  const syn = ctx.syntax;
  let w = syn ? wordOfToken(syn, k) : -1;
  if (!syn || w < 0) return k;
  const start = syn.words[w].start;
  const opens = (x: number) => x >= 0 && NOMINAL.has(syn.words[x].upos) && phraseSpan(syn, x).start === start;
  if (!opens(w) && !opens(syn.words[w].head)) return k;
  while (opens(syn.words[w].head)) w = syn.words[w].head;
  const [, end] = tokenRange(ctx, phraseSpan(syn, w));
  return Math.min(end, to);
}

/** After a named member, the end of its apposition (", the head of the port,") when the list goes on after it. */
function afterApposition(ctx: DocumentContext, m: Range, to: number): number | null {
  if (ctx.mentionAt[m[0]] < 0 || ctx.low[m[1]] !== ',') return null;
  const d = member(ctx, m[1] + 1, to);
  if (!d || ctx.mentionAt[d[0]] >= 0 || ctx.low[d[1]] !== ',' || !JOINERS.has(ctx.low[d[1] + 1])) return null;
  return d[1];
}

/** The comma opening ", the mayor's aide," whose closing comma is at k, when a name stands before it. */
function apposedBefore(ctx: DocumentContext, k: number, from: number): number | null {
  for (let open = k - 2; open > from; open--) {
    if (ctx.low[open] !== ',') continue;
    const d = member(ctx, open + 1, k + 1);
    return d && d[1] === k && ctx.mentionAt[open - 1] >= 0 ? open - 1 : null;
  }
  return null;
}

/** The part of speech the parse gives token k, if any. */
function uposAt(ctx: DocumentContext, k: number): string | undefined {
  const syn = ctx.syntax;
  const w = syn && k < ctx.toks.length ? wordOfToken(syn, k) : -1;
  return w >= 0 ? syn!.words[w].upos : undefined;
}

const isNumber = (ctx: DocumentContext, k: number) => uposAt(ctx, k) === 'NUM';

/** Whether a verb at token k heads a clause other than the participant's at token p (whose verb a
 *  subject list shares: "A and B were held"). */
function opensClause(ctx: DocumentContext, k: number, p: number): boolean {
  const syn = ctx.syntax;
  const w = syn && k < ctx.toks.length ? wordOfToken(syn, k) : -1;
  if (w < 0 || (syn!.words[w].upos !== 'VERB' && syn!.words[w].upos !== 'AUX')) return false;
  const verb = syn!.words[w].upos === 'AUX' ? syn!.words[w].head : w;
  for (let x = wordOfToken(syn!, p), guard = 0; x >= 0 && guard < 8; x = syn!.words[x].head, guard++) if (x === verb) return false;
  return true;
}
