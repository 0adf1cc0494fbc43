// A deed announced as decided by the party that will do it: "Acme said it will close the depot", "the board said it
// would appeal" (a "will" reported in the past), "the council said it planned to repaint the hall". News reports such a
// decision as a happening of its own (a plan made and made public), and the golds count it as one; no event word need
// name it. The announcer is a party (a name, an entity, a person or group noun; not people of a kind: "analysts")
// speaking of itself (a pronoun as the deed's subject), and the deed is a verb of doing as the lead's are
// (lead-deed.ts: doingPredicate). What others forecast ("analysts said the bank will cut rates"), what a party says of
// someone else, conditions, wishes, attempts and levels ("will remain at $1 a share") stay out. Constant work per sentence.
import { caseMarker, dependents, subjects, subtree, wordOfToken } from '../../syntax/query.js';
import type { Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { barePlural } from './generic.js';
import { doingPredicate, party, sayingVerb } from './lead-deed.js';
import { parsedVerbMention, type EventMention } from './mentions.js';
import { misreadPlanDeeds, misreadPlanVerb, plannedByMisreadVerb } from './misread-plan.js';

/** Auxiliaries of a decided future: "will", "shall", and "would" where it reports a "will" told in the past. */
const FUTURE = new Set(['will', "'ll", '’ll', 'shall']);
const REPORTED_FUTURE = new Set(['would', "'d", '’d']);
/** Verbs whose open complement is a deed decided ("plans to redeem", "intends to sell"), not merely wished for. */
const DECIDING = new Set(['plan', 'intend']);
/** Pronouns a party uses of itself in what it says. */
const SELF = new Set(['it', 'they', 'we', 'he', 'she', 'i']);
/** Words of a condition: a deed under one is not decided. */
const CONDITIONS = new Set(['if', 'unless']);
/** "Do" stands in for another verb ("will do whatever is needed"): no deed of its own. */
const PRO_VERBS = new Set(['do']);

/** Is the word a party that announces: a name, an entity or a person or group noun, not people of a kind ("analysts")? */
function announcer(ctx: DocumentContext, w: number): boolean {
  return party(ctx, w) && !barePlural(ctx, w) && ctx.syntax!.words[w].upos !== 'PRON';
}

/** The deeds a reported clause headed by c announces as decided: c itself with a future auxiliary, or what it plans (xcomp). */
function decidedDeeds(ctx: DocumentContext, c: number): number[] {
  const syn = ctx.syntax!;
  const aux = dependents(syn, c, 'aux').map((k) => syn.words[k].text.toLowerCase());
  if (aux.some((a) => FUTURE.has(a) || REPORTED_FUTURE.has(a))) return [c];
  if (misreadPlanVerb(syn, c)) return misreadPlanDeeds(syn, c);
  if (!DECIDING.has(syn.words[c].lemma.toLowerCase()) || aux.length) return [];
  return dependents(syn, c, 'xcomp').filter((x) => syn.words[x].upos === 'VERB' && !dependents(syn, x, 'aux').length);
}

/** Does the verb take no object, only an aim ("will work to reverse the rule", "would act to stop it")? An effort, not the deed. */
function effort(syn: Syntax, v: number): boolean {
  if (dependents(syn, v, 'obj').length) return false;
  // the parse may hang the aim as any clause of the verb ("work to reopen" read as its clausal subject)
  return dependents(syn, v, 'advcl', 'xcomp', 'csubj', 'ccomp').some((c) => syn.words[c].upos === 'VERB' && dependents(syn, c, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to'));
}

/** Does an "at" phrase of the verb hold a number that is no time ("will remain at $1 a share", "priced at 98")? A level, not a deed. */
function level(ctx: DocumentContext, v: number): boolean {
  const syn = ctx.syntax!;
  return dependents(syn, v, 'obl', 'obl:*').some((o) => caseMarker(syn, o) === 'at' && subtree(syn, o).some((k) => syn.words[k].upos === 'NUM' && ctx.timeAt[syn.words[k].token] < 0));
}

/**
 * Is a "would" the deed's only hedge, with no condition in the sentence ("if", "unless")? "Would have imposed" is
 * what did not happen, no plan.
 */
function reportedFuture(ctx: DocumentContext, v: number, s: number): boolean {
  const syn = ctx.syntax!;
  const aux = dependents(syn, v, 'aux');
  if (!aux.some((k) => REPORTED_FUTURE.has(syn.words[k].text.toLowerCase())) || aux.some((k) => syn.words[k].lemma.toLowerCase() === 'have')) return false;
  for (let t = ctx.sentStart[s]; t < ctx.sentStart[s + 1]; t++) if (CONDITIONS.has(ctx.low[t])) return false;
  return true;
}

/** The verbs of sentence s that a party's saying verb reports as its own decided deeds (see above); empty without a parse. */
function announcedDeeds(ctx: DocumentContext, s: number): number[] {
  const syn = ctx.syntax;
  if (!syn || ctx.headingSent[s] || ctx.repeatSent[s] || s + 1 >= syn.sentenceWordStart.length) return [];
  const last = ctx.sentStart[s + 1] - 1;
  if (last >= ctx.sentStart[s] && ctx.low[last] === '?') return [];
  const deeds: number[] = [];
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) {
    // "Acme said it will close the depot": a party's root verb of saying, what it reports of itself
    if (syn.words[w].head !== -1 || ctx.quoteAt[syn.words[w].token] >= 0) continue;
    if (!sayingVerb(syn, w) || !subjects(syn, w).some((d) => announcer(ctx, d))) continue;
    // "said it plans to …" with "plans" misread as a noun: the parse may make it the saying verb's subject
    for (const c of [...dependents(syn, w, 'ccomp'), ...dependents(syn, w, 'nsubj').filter((k) => misreadPlanVerb(syn, k))]) {
      if (subjects(syn, c).some((d) => SELF.has(syn.words[d].text.toLowerCase()))) deeds.push(...decidedDeeds(ctx, c));
    }
  }
  return deeds;
}

/**
 * Sentence s's deeds announced as decided (see above), as "other" mentions with status planned, where no mention of
 * the sentence (`stated`) covers them. Empty for a heading, a repeated sentence and a question, and without a parse.
 */
export function announcedDeedMentions(ctx: DocumentContext, s: number, stated: readonly EventMention[]): EventMention[] {
  const syn = ctx.syntax;
  const deeds = announcedDeeds(ctx, s);
  if (!syn || !deeds.length) return [];
  const covered = new Set<number>();
  for (const m of stated) {
    const w = wordOfToken(syn, m.trigger);
    if (w >= 0) covered.add(w).add(syn.words[w].head);
  }
  const out: EventMention[] = [];
  for (const v of deeds) {
    const lemma = syn.words[v].lemma.toLowerCase();
    if (covered.has(v) || ctx.mentionAt[syn.words[v].token] >= 0 || PRO_VERBS.has(lemma) || !doingPredicate(ctx, v) || level(ctx, v) || effort(syn, v)) continue;
    const m = parsedVerbMention(ctx, syn.words[v].token, v, s, ctx.sentStart[s], ctx.sentStart[s + 1], { type: 'other', lemma, form: 'ed' });
    // a misread "plans" is no cue the status reading knows: its deed reads as asserted
    const hedgedDecision = m?.status === 'hypothetical' && reportedFuture(ctx, v, s);
    if (!m || (m.status !== 'planned' && !hedgedDecision && !(m.status === 'asserted' && plannedByMisreadVerb(syn, v)))) continue;
    // "said it would appeal": the reported "will" is a decision, not a hedge
    m.status = 'planned';
    // a happening of its own kind: only the same deed told again joins it
    m.theme = `lead:${lemma}`;
    out.push(m);
  }
  return out;
}

/**
 * The event verbs of sentence s (`stated`) that a party says it would do ("the agency said it would investigate the
 * leak"): the "would" is the "will" of its decision told in the past, so each is planned, not hypothetical, as an
 * announced deed is. Changes the mentions' status in place.
 */
export function plannedByAnnouncer(ctx: DocumentContext, s: number, stated: readonly EventMention[]): void {
  const syn = ctx.syntax;
  const hedged = stated.filter((m) => m.kind === 'clause' && m.status === 'hypothetical');
  if (!syn || !hedged.length) return;
  const deeds = new Set(announcedDeeds(ctx, s));
  for (const m of hedged) {
    const v = wordOfToken(syn, m.trigger);
    if (v >= 0 && deeds.has(v) && reportedFuture(ctx, v, s)) m.status = 'planned';
  }
}
