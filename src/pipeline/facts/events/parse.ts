// Event mentions read from the dependency parse: a verb trigger's actor (nsubj, or obl:agent of a
// passive), its target (obj, or nsubj:pass), its status from negation, modal auxiliaries, a
// conditional mark or a governing verb of denial, planning or allegation, and the count of its
// target (a nummod of the target itself, not of "coachloads of people").
import type { EventStatus, Span, Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { firstTokenAtOrAfter, tokensCovering } from '../../context/document.js';
import { modifiedNoun } from './participles.js';
import { UNDERGONE } from './target-kinds.js';
import { EVENT_VERBS, NO_OBJECT_LEMMAS } from '../../lexicons/events.js';
import { isSought, isWish } from './wishes.js';
import { finiteWhClause } from './questions.js';
import {
  agents, attachment, caseMarker, children, clauseOf, countedNoun, dependents, doers, isPassive, passiveSubjects, relationMatches, sentenceOfWord, subjects, subtree, undergoers, wordOfToken,
} from '../../syntax/query.js';
import { misreadPlanDoers } from './misread-plan.js';

export type Range = [number, number];

/** Tokens covering a character span. */
export function tokenRange(ctx: DocumentContext, span: Span): Range {
  const { a, b } = tokensCovering(ctx.toks, span);
  return [a, b];
}

/** The parse word of a trigger token, when it is a verb; -1 otherwise. */
export function verbWord(ctx: DocumentContext, token: number): number {
  const syn = ctx.syntax;
  if (!syn) return -1;
  const w = wordOfToken(syn, token);
  return w >= 0 && syn.words[w].upos === 'VERB' ? w : -1;
}

const RELATIVE = new Set(['who', 'which', 'that', 'whom']);

/** A relative pronoun stands for the noun its clause modifies ("the men who stormed …" → the men). */
function antecedent(syn: Syntax, arg: number, verb: number): number {
  if (!RELATIVE.has(syn.words[arg].text.toLowerCase())) return arg;
  let v = verb;
  while (syn.words[v].deprel === 'conj' && syn.words[v].head >= 0) v = syn.words[v].head;
  return syn.words[v].deprel.startsWith('acl') && syn.words[v].head >= 0 ? syn.words[v].head : arg;
}

/** Dependents that are no part of a participant's phrase: clauses, conjuncts, obliques (a parse slip, on a noun); an apposition stays, it names them. */
const NOT_IN_PHRASE = ['acl', 'acl:*', 'parataxis', 'dep', 'obl', 'obl:*', 'case'];
/** Conjuncts of the argument itself are participants of their own; deeper ones ("dozens of farmers and protesters") are part of it. */
const OWN_CONJUNCTS = ['conj', 'cc'];

/** A participant's phrase: the nominal and its own modifiers, contiguous around it ("more than 2,000 people", "Spanish police"). */
export function phraseSpan(syn: Syntax, head: number): Span {
  const keep = new Set<number>([head]);
  const stack = [head];
  while (stack.length) {
    const w = stack.pop() as number;
    for (const c of children(syn, w)) {
      const word = syn.words[c];
      // "officers in Utrecht": where they acted, not who they are
      const locative = relationMatches(word.deprel, 'nmod') && LOCATIVE_CASES.has(caseMarker(syn, c) ?? '');
      const ownConjunct = w === head && OWN_CONJUNCTS.includes(word.deprel);
      const dropped = locative || ownConjunct || NOT_IN_PHRASE.some((r) => relationMatches(word.deprel, r)) || word.text.toLowerCase() === 'where';
      // "of" and "'s" inside the phrase stay ("leader of the network", "Russia's"); a case opening the phrase does not
      if (dropped && !(word.deprel === 'case' && w !== head)) continue;
      keep.add(c);
      stack.push(c);
    }
  }
  // the contiguous run of kept words around the head
  let a = head;
  let b = head;
  while (keep.has(a - 1)) a--;
  while (keep.has(b + 1)) b++;
  while (a < head && syn.words[a].upos === 'PUNCT') a++;
  while (b > head && syn.words[b].upos === 'PUNCT') b--;
  return { start: syn.words[a].start, end: syn.words[b].end };
}

/** The token ranges of a verb's participants, given as parse words: each word's phrase (a relative pronoun read as its noun). */
export function ranges(ctx: DocumentContext, syn: Syntax, words: number[], verb: number): Range[] {
  const out: Range[] = [];
  for (const w of words) {
    const head = antecedent(syn, w, verb);
    const word = syn.words[head];
    const tok = firstTokenAtOrAfter(ctx.toks, word.start);
    // a date, a dateline or a clause is not a participant ("Spring 2005 saw …", "PARIS, May 2 -")
    if (word.upos === 'VERB' || ctx.timeAt[tok] >= 0 || ctx.inDateline[tok]) continue;
    const r = tokenRange(ctx, phraseSpan(syn, head));
    // "ANKARA, March 3 (Agency) - Police detained …": a dateline the parse folded into the subject is not part of it
    while (r[0] < r[1] && ctx.inDateline[r[0]]) r[0]++;
    if (r[1] > r[0] && !out.some(([a, b]) => a === r[0] && b === r[1])) out.push(r);
  }
  return out;
}

export interface ParsedArguments {
  actors: Range[];
  targets: Range[];
  passive: boolean;
}

/**
 * Does the verb take no object and tell something that happens to its subject: "died", "pleaded guilty", "will appear
 * in court"? Its subject is then who undergoes it (the one who died, the defendant), never a doer.
 */
export function subjectUndergoes(lemma: string): boolean {
  const type = EVENT_VERBS.get(lemma)?.type;
  return NO_OBJECT_LEMMAS.has(lemma) && type !== undefined && UNDERGONE.has(type);
}

/** The first of `readings` that finds words for `verb`, trying them in order; null where none does. */
function firstFound(readings: ReadonlyArray<(syn: Syntax, verb: number) => number[]>, syn: Syntax, verb: number): number[] | null {
  for (const read of readings) {
    const found = read(syn, verb);
    if (found.length) return found;
  }
  return null;
}

/** Actor and target of a verb by relation; "die" or "appear" (in court) has only the one it happens to (its subject, a target). */
export function verbArguments(ctx: DocumentContext, verb: number, lemma: string): ParsedArguments {
  const syn = ctx.syntax!;
  const undergoes = subjectUndergoes(lemma);
  // "four soldiers killed in the raid" (who it happened to); "two ministers resigned", a clause the parse broke (who did it)
  const described = modifiedNoun(syn, verb);
  if (described?.role === 'target') return { actors: ranges(ctx, syn, agents(syn, verb), verb), targets: ranges(ctx, syn, [described.word], verb), passive: true };
  if (described) return undergoes ? { actors: [], targets: ranges(ctx, syn, [described.word], verb), passive: false } : { actors: ranges(ctx, syn, [described.word], verb), targets: [], passive: false };
  if (lemma === 'die') return { actors: [], targets: ranges(ctx, syn, subjectsOrStranded(syn, verb), verb), passive: false };
  // a bare number as subject is a headline's passive without "were" ("23 detained"): who it happened to
  const bare = (w: number) => syn.words[w].upos === 'NUM';
  // "saw Horton killed", "left three guards wounded": a bare participle completing a verb is passive; that verb's object is who it happened to
  const completed = participleObject(syn, verb);
  if (completed.length) return { actors: ranges(ctx, syn, agents(syn, verb), verb), targets: ranges(ctx, syn, completed, verb), passive: true };
  const shared = !isPassive(syn, verb) && sharesPassive(syn, verb);
  const passive = shared || isPassive(syn, verb);
  // the first reading that finds a doer, each read once: the subject, one the parse stranded, the means, the result, a misread "plans", the accused
  const doing = shared ? agents(syn, verb) : passive ? doers(syn, verb) : firstFound([doers, strandedSubject, meansDoers, resultDoers, misreadPlanDoers], syn, verb) ?? accusedDoers(syn, verb);
  const undergoing = shared ? passiveSubjects(syn, verb) : undergoers(syn, verb);
  if (!passive && doing.length && doing.every(bare)) return { actors: [], targets: ranges(ctx, syn, [...doing, ...undergoing], verb), passive: true };
  // "met with the president", "discussed the crisis with his counterpart": the other side takes part too
  const partners = TOGETHER_LEMMAS.has(lemma) ? dependents(syn, verb, 'obl').filter((o) => caseMarker(syn, o) === 'with') : [];
  // "pleaded guilty", "will appear in court": whoever the subject is found to be, it is who the step happens to
  if (undergoes && !passive) return { actors: [], targets: ranges(ctx, syn, [...doing, ...undergoing], verb), passive };
  return { actors: ranges(ctx, syn, doing, verb), targets: ranges(ctx, syn, [...undergoing, ...partners], verb), passive };
}

/**
 * "was held overnight and freed", "was driven to the lockup and released": a participle conjoined to a passive verb, with
 * no subject, auxiliary or object of its own, is passive too, and the passive subject they share is who it happened to.
 */
function sharesPassive(syn: Syntax, verb: number): boolean {
  const w = syn.words[verb];
  if (w.deprel !== 'conj' || w.head < 0 || w.upos !== 'VERB' || !PARTICIPLE_ENDING.test(w.text.toLowerCase())) return false;
  if (dependents(syn, verb, 'nsubj', 'nsubj:*', 'csubj', 'csubj:*', 'aux', 'aux:*', 'obj', 'iobj', 'ccomp', 'xcomp').length) return false;
  return dependents(syn, w.head, 'nsubj:pass', 'aux:pass').length > 0;
}

/** How a regular or strong past participle ends ("released", "taken", "held" aside: the parse's tags say no more). */
const PARTICIPLE_ENDING = /(ed|en)$/;

/** Adverbs right before a verb that say its deed fell short: "nearly killed", "almost drowned". */
const NEAR_MISSES = new Set(['nearly', 'almost']);

/** Is word k the "not" of "not only … but (also)"? */
function notOnly(syn: Syntax, k: number): boolean {
  return syn.words[k + 1]?.text.toLowerCase() === 'only' && syn.words[k + 1].token === syn.words[k].token + 1;
}

const subjectsOrStranded = (syn: Syntax, verb: number): number[] => (subjects(syn, verb).length ? subjects(syn, verb) : strandedSubject(syn, verb));

/**
 * "The farmer who loved his dogs died Monday", "X, who avoided jail for decades, died in prison": the parse,
 * finding no verb for the sentence's noun, hangs the main verb on the relative clause as a bare adverbial clause
 * (no subordinator, auxiliary or subject of its own, after the relative clause) and makes that noun the root.
 * The verb's subject is then the noun the relative clause describes (or the name that noun is in apposition to).
 */
export function strandedSubject(syn: Syntax, verb: number): number[] {
  const w = syn.words[verb];
  if (w.deprel !== 'advcl' || w.head < 0 || w.text.toLowerCase().endsWith('ing')) return [];
  if (dependents(syn, verb, 'mark', 'aux', 'aux:*', 'nsubj', 'nsubj:*', 'csubj', 'csubj:*').length) return [];
  const rel = syn.words[w.head];
  if (rel.deprel !== 'acl:relcl' || rel.head < 0 || rel.head > w.head) return [];
  // the noun the clause describes, climbed through appositions to the sentence's root noun
  let noun = rel.head;
  while ((syn.words[noun].deprel === 'appos' || syn.words[noun].deprel === 'flat') && syn.words[noun].head >= 0) noun = syn.words[noun].head;
  if (syn.words[noun].deprel !== 'root' || !['NOUN', 'PROPN', 'PRON'].includes(syn.words[noun].upos)) return [];
  return [rel.head];
}

/**
 * "forced its rival's hand by bidding $2bn for the stake": a gerund of means opened by "by" is done by the
 * subject of the clause it hangs on (its doer, not named again).
 */
function meansDoers(syn: Syntax, verb: number): number[] {
  const w = syn.words[verb];
  if (w.deprel !== 'advcl' || w.head < 0 || !w.text.toLowerCase().endsWith('ing')) return [];
  if (!dependents(syn, verb, 'mark').some((m) => syn.words[m].text.toLowerCase() === 'by')) return [];
  return isPassive(syn, w.head) ? [] : subjects(syn, w.head);
}

/**
 * "A quake struck the valley, killing nine": an -ing clause after a comma, with no subject, subordinator or auxiliary
 * of its own, tells what the clause before it brought about, so that clause's doer (its agent, when passive) did it.
 */
function resultDoers(syn: Syntax, verb: number): number[] {
  const w = syn.words[verb];
  // "…, causing damage and killing nine": a bare -ing conjunct of such a clause tells another result of the same doer
  if (w.deprel === 'conj' && w.head >= 0 && w.head < verb && w.upos === 'VERB' && w.text.toLowerCase().endsWith('ing') && !ownSubjectOrMarks(syn, verb)) return resultDoers(syn, w.head);
  if ((w.deprel !== 'advcl' && w.deprel !== 'parataxis') || w.head < 0 || w.head > verb || w.upos !== 'VERB') return [];
  if (!w.text.toLowerCase().endsWith('ing') || syn.words[verb - 1]?.text !== ',') return [];
  if (syn.words[w.head].upos !== 'VERB' || ownSubjectOrMarks(syn, verb)) return [];
  return doers(syn, w.head);
}

/** Has the clause a subject, subordinator or auxiliary of its own? */
function ownSubjectOrMarks(syn: Syntax, verb: number): boolean {
  return dependents(syn, verb, 'mark', 'aux', 'aux:*', 'nsubj', 'nsubj:*', 'csubj', 'csubj:*').length > 0;
}

/** Verbs that ascribe a deed to their object, named by an "of" + gerund ("accused the army of shelling"). */
const ASCRIBING = new Set(['accuse', 'suspect', 'convict']);

/**
 * "accused the army of shelling its own positions", "was suspected of attacking": the deed's doer is
 * the one accused (the accusation's object, or its subject when passive), not the accuser.
 */
function accusedDoers(syn: Syntax, verb: number): number[] {
  const g = ofGerundGovernor(syn, verb);
  if (g < 0 || !ASCRIBING.has(syn.words[g].lemma.toLowerCase())) return [];
  const w = syn.words[verb];
  if (w.deprel === 'acl') return [w.head];
  return isPassive(syn, g) ? passiveSubjects(syn, g) : dependents(syn, g, 'obj');
}

/** The object of the verb a bare past participle completes ("saw Horton killed" → Horton), or none. */
function participleObject(syn: Syntax, verb: number): number[] {
  const w = syn.words[verb];
  const text = w.text.toLowerCase();
  if (w.deprel !== 'xcomp' || w.head < 0 || text === w.lemma.toLowerCase() || text.endsWith('ing') || text.endsWith('s')) return [];
  if (dependents(syn, verb, 'aux', 'aux:*', 'mark', 'obj', 'nsubj', 'nsubj:*').length) return [];
  return dependents(syn, w.head, 'obj');
}

/** Verbs done together with someone: a "with" phrase names a participant. */
const TOGETHER_LEMMAS = new Set(['meet', 'discuss']);

export const HEDGES = new Set(['may', 'might', 'could', 'would', 'should']);
const PLANS = new Set(['will', 'shall']);
const NEGATIONS = new Set(['not', "n't", 'never', 'no']);
const CONDITIONS = new Set(['if', 'unless', 'whether']);
/** "will be able to quash", "more likely to vote", "eligible to vote", "reluctant to detain": what someone can, may, is allowed to or holds back from doing has not happened. */
const ABILITY = new Set(['able', 'unable', 'capable', 'likely', 'unlikely', 'eligible', 'ineligible', 'willing', 'unwilling', 'reluctant', 'hesitant']);
/** "before they attack", "until they strike": a clause of time in the bare present tells of no happening. */
const PROSPECTIVE_MARKS = new Set(['before', 'until', 'till', 'once', 'unless']);

/** Verbs of talking or thinking about something: a gerund they are about names an idea ("talked about banning"). */
const TOPIC_VERBS = new Set(['talk', 'speak', 'think', 'joke', 'dream', 'muse', 'fantasize', 'fantasise', 'boast', 'brag', 'daydream']);
const TOPIC_MARKS = new Set(['about', 'of']);

/** Verbs of need: what someone needs to do is neither done nor yet planned ("the agency needed to investigate", "needs to get elected first"). */
const NEEDS = new Set(['need']);
/** Verbs of trying: the deed in their infinitive ("tried to flee") was attempted, its outcome untold. */
const ATTEMPTS = new Set(['attempt', 'try']);

/** Verbs of not doing: an infinitive under them did not happen ("refused to vote on the nominee"). */
export const REFUSALS = new Set(['refuse', 'decline', 'fail']);
const rel0 = (syn: Syntax, w: number) => syn.words[w].deprel;

/** "nobody", "none", "no one", or a noun determined by "no": a subject that names no one and nothing. */
function noOne(syn: Syntax, w: number): boolean {
  const t = syn.words[w].text.toLowerCase();
  if (t === 'nobody' || t === 'none' || t === 'noone') return true;
  const isNo = (d: number) => syn.words[d].text.toLowerCase() === 'no';
  // "no one was hurt"; "no weapon was recovered", "no shots were fired": a subject determined by "no"
  return t === 'one' ? dependents(syn, w, 'det', 'advmod').some(isNo) : dependents(syn, w, 'det').some(isNo);
}

/**
 * Is the verb, or a word above it, a clause of condition ("if …", "unless …"), or conditioned by one? The parse
 * may hang "if there were proof that a guard got killed" with the condition on "proof", beside the killing.
 */
function underCondition(syn: Syntax, verb: number): boolean {
  const conditional = (w: number) => relationMatches(syn.words[w].deprel, 'advcl') && dependents(syn, w, 'mark').some((k) => CONDITIONS.has(syn.words[k].text.toLowerCase()));
  for (let w = verb, guard = 0; w >= 0 && guard < 12; guard++, w = syn.words[w].head) {
    if (conditional(w)) return true;
    if (w !== verb && syn.words[w].upos !== 'VERB' && children(syn, w).some(conditional)) return true;
  }
  return false;
}

/** A verb in its bare present form with no auxiliary ("they attack", "it strikes"). */
function barePresent(syn: Syntax, verb: number): boolean {
  const w = syn.words[verb];
  const text = w.text.toLowerCase();
  const lemma = w.lemma.toLowerCase();
  if (dependents(syn, verb, 'aux', 'aux:*').length) return false;
  return text === lemma || text === `${lemma}s` || text === `${lemma}es`;
}

export interface StatusCues {
  denial: ReadonlySet<string>;
  allegation: ReadonlySet<string>;
  plan: ReadonlySet<string>;
}

/**
 * Status from the verb and the verbs that govern it: "not"/"never" → negated; "may", "could" →
 * hypothetical; "will" or an xcomp of "plan"/"threaten" → planned; an "if" clause → hypothetical;
 * a complement of "deny" → denied, of "allege"/"accuse" or with "allegedly" → alleged.
 */
export function verbStatus(ctx: DocumentContext, verb: number, cues: StatusCues): EventStatus {
  const syn = ctx.syntax!;
  // "Nobody has been arrested", "no one was prosecuted": a subject that is no one denies the event
  if ([...subjects(syn, verb), ...passiveSubjects(syn, verb)].some((d) => noOne(syn, d))) return 'negated';
  // "… if there were evidence that a source got killed": inside a condition, however deep
  if (underCondition(syn, verb)) return 'hypothetical';
  let status: EventStatus = 'asserted';
  let v = verb;
  // a deed beside a verb of denying, wishing or planning shares its auxiliaries ("will be arrested and charged"), not its aim
  // (the verb above the one it is parsed beside, where the parse misplaced it: "tried to flee and was caught")
  const up = syn.words[verb].head;
  const above = up >= 0 ? syn.words[up].head : -1;
  const beside = above >= 0 && conjunctOfCue(syn, verb, above) ? above : up >= 0 && conjunctOfCue(syn, verb, up) ? up : -1;
  for (let depth = 0; depth < 4 && v >= 0; depth++) {
    const word = syn.words[v];
    const kids = dependents(syn, v, 'aux', 'aux:*', 'advmod', 'mark');
    // "they will be detained if they refuse": the consequence of a condition
    for (const c of dependents(syn, v, 'advcl')) if (dependents(syn, c, 'mark').some((k) => CONDITIONS.has(syn.words[k].text.toLowerCase()))) return 'hypothetical';
    if (depth === 0 && word.deprel === 'advcl' && barePresent(syn, v) && dependents(syn, v, 'mark').some((k) => PROSPECTIVE_MARKS.has(syn.words[k].text.toLowerCase()))) return 'hypothetical';
    // "would publish the letters after the donor died", "will step down once the board met": a clause of time under a
    // plan or hedge is as far off as the clause it times, whatever its own tense
    if (depth === 0) {
      const governed = timedUnder(syn, v);
      if (governed) return governed;
    }
    if (depth > 0 && ABILITY.has(word.lemma.toLowerCase())) return 'hypothetical';
    // "is talking about deporting millions": a doing talked or thought about is an idea, not a happening
    if (depth === 0 && word.deprel === 'advcl' && word.head >= 0 && TOPIC_VERBS.has(syn.words[word.head].lemma.toLowerCase()) && dependents(syn, v, 'mark').some((k) => TOPIC_MARKS.has(syn.words[k].text.toLowerCase())) && !dependents(syn, v, 'aux', 'aux:*').length) return 'hypothetical';
    // "… to prosecute them": a purpose names what is wanted, not what was done
    if (depth === 0 && purposeInfinitive(syn, v)) return 'hypothetical';
    for (const k of kids) {
      // a contraction reads as its lemma ("'ll" → will, "'d" → would, "n’t" → not)
      const text = syn.words[k].text.toLowerCase();
      const t = /['’]/.test(text) ? syn.words[k].lemma.toLowerCase() : text;
      // "not only repulsed the attack but captured the crew": "not only" adds, it denies nothing
      if (depth === 0 && NEGATIONS.has(t) && syn.words[k].deprel === 'advmod' && !notOnly(syn, k)) return 'negated';
      // "two nearly killed when they were shot": what nearly happened did not
      if (depth === 0 && NEAR_MISSES.has(t) && syn.words[k].deprel === 'advmod' && syn.words[k].token === syn.words[v].token - 1) return 'negated';
      if (t === 'allegedly' || t === 'reportedly' || t === 'purportedly') return 'alleged';
      if (syn.words[k].deprel === 'mark' && CONDITIONS.has(t)) return 'hypothetical';
      if (syn.words[k].deprel.startsWith('aux') && HEDGES.has(t)) status = 'hypothetical';
      if (syn.words[k].deprel.startsWith('aux') && PLANS.has(t) && status === 'asserted') status = 'planned';
    }
    // "denied the claims and resigned": a noun the parse coordinates a verb with governs nothing by its lemma
    const nounOfConjunct = depth === 1 && rel0(syn, verb) === 'conj' && (word.upos === 'NOUN' || word.upos === 'PROPN');
    if (depth > 0 && !nounOfConjunct) {
      const lemma = word.lemma.toLowerCase();
      // "refused to vote", "failed to agree": what was refused did not happen
      if (REFUSALS.has(lemma) && (rel0(syn, verb) === 'xcomp' || depth > 1)) return 'negated';
      // "denied the charges and resigned": a deed beside the denial is not what is denied
      if (v !== beside && cues.denial.has(lemma)) return 'denied';
      // "insurers fear a quake would cost them billions": what is feared or believed with a hedge stays a hedge
      if (cues.allegation.has(lemma)) return status === 'hypothetical' ? status : 'alleged';
      // what someone wants, hopes or wishes for is neither done nor decided: a possibility, not a plan
      if (v !== beside && (NEEDS.has(lemma) || isWish(syn, v)) && (status === 'asserted' || status === 'planned')) status = 'hypothetical';
      // "have been attempting to reverse the rule", "tried to flee": what is tried may fail, a possibility, not a plan
      if (v !== beside && ATTEMPTS.has(lemma) && rel0(syn, verb) === 'xcomp' && status === 'asserted') status = 'hypothetical';
      // "a man wanted for murder": sought by the police, neither wished nor planned
      if (v !== beside && cues.plan.has(lemma) && status === 'asserted' && !isSought(syn, v)) status = 'planned';
    }
    // up through "try to deport", "threatened to strike", "said that … arrested"
    const rel = word.deprel;
    // "accused the army of shelling …", "was suspected of attacking …": the act an accusation
    // names is alleged (the parse hangs the gerund on the verb or on its object); "instead of
    // attacking" under another verb, and a plan inside the accusation ("accused her of pushing to
    // indict him"), are left as they were: only the accused act itself is
    const charged = ofGerundGovernor(syn, v);
    if (charged >= 0 && depth === 0 && status === 'asserted' && cues.allegation.has(syn.words[charged].lemma.toLowerCase())) {
      v = charged;
      continue;
    }
    if (!(rel === 'xcomp' || rel === 'ccomp' || rel === 'conj') || word.head < 0) break;
    if (rel === 'conj' && depth > 0) break;
    // "wanted to raid the base, but their helicopter was shot down": a contrasting clause with its own subject
    // tells what happened instead of what was wanted
    if (rel === 'conj' && contrastingClause(syn, v)) break;
    if (clauseOfItsOwn(syn, v)) break;
    v = word.head;
  }
  return status;
}

/**
 * Is the event verb a conjunct of the cue verb, a deed of its own beside it ("tried to flee and was caught", "was tried
 * and convicted")? So is a verb the parse coordinates with a phrase of the cue's ("was tried for murder and convicted":
 * a verb is no conjunct of a noun; so "denied the charges and resigned"), or with its infinitive though it has a finite auxiliary of its own. A conjunct of the
 * cue's complement stays under it ("plans to sue and seek damages").
 */
export function conjunctOfCue(syn: Syntax, event: number, cue: number): boolean {
  const word = syn.words[event];
  if (word.deprel !== 'conj' || word.upos !== 'VERB' || word.head < 0) return false;
  if (word.head === cue) return true;
  const head = syn.words[word.head];
  if ((head.upos === 'NOUN' || head.upos === 'PROPN') && (head.deprel.startsWith('obl') || head.deprel === 'obj') && head.head === cue) return true;
  // "tried to flee and was caught": a finite auxiliary cannot go on the infinitive, so the conjunct is the cue's
  return head.deprel === 'xcomp' && head.head === cue && dependents(syn, event, 'aux', 'aux:*').some((k) => !NONFINITE_AUX.has(syn.words[k].text.toLowerCase()));
}

const CONTRASTS = new Set(['but', 'yet']);
/** Forms of an auxiliary that need no finite verb above them ("to be arrested", "see them be released"). */
const NONFINITE_AUX = new Set(['be', 'been', 'being', 'have', 'having']);

/**
 * Is the clause headed by v one whose status the words above it do not set? A clause a wh-word opens takes its
 * happening as given ("want to know why the plant closed", "refused to say who attacked the convoy"); an xcomp
 * with a finite auxiliary of its own and no "to" is the parse's misreading of a main clause after a participle
 * ("A man wanted for murder was arrested").
 */
export function clauseOfItsOwn(syn: Syntax, v: number): boolean {
  const rel = syn.words[v].deprel;
  if (rel === 'ccomp') return finiteWhClause(syn, v);
  if (rel !== 'xcomp' || dependents(syn, v, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to')) return false;
  return dependents(syn, v, 'aux', 'aux:*').some((k) => !NONFINITE_AUX.has(syn.words[k].text.toLowerCase()));
}

/** A conjunct opened by "but" or "yet" that has a subject of its own. */
function contrastingClause(syn: Syntax, v: number): boolean {
  return dependents(syn, v, 'cc').some((c) => CONTRASTS.has(syn.words[c].text.toLowerCase())) && dependents(syn, v, 'nsubj', 'nsubj:pass', 'csubj').length > 0;
}

/** The verb an "of" + gerund clause completes ("accused X of shelling": accused), or -1. */
function ofGerundGovernor(syn: Syntax, v: number): number {
  const w = syn.words[v];
  if (w.head < 0 || !dependents(syn, v, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'of')) return -1;
  if (w.deprel === 'advcl') return w.head;
  const object = syn.words[w.head];
  return w.deprel === 'acl' && (object.deprel === 'obj' || object.deprel === 'iobj') && object.head >= 0 ? object.head : -1;
}

/** Conjunctions of a clause of time. */
const TIME_MARKS = new Set(['after', 'when', 'once', 'before', 'until', 'till']);
// "'ve" is the same present perfect ("when governments've ratified it")
const PRESENT_PERFECT = new Set(['have', 'has', "'ve", '\u2019ve']);

/** The plan or hedge of the clause a bare clause of time hangs on ("would …", "will …"); null for any other verb. */
function timedUnder(syn: Syntax, verb: number): EventStatus | null {
  const w = syn.words[verb];
  // a present perfect times a future too ("will enter into force when governments have ratified it"); "had" does not
  if (w.deprel !== 'advcl' || w.head < 0 || dependents(syn, verb, 'aux', 'aux:*').some((k) => !PRESENT_PERFECT.has(syn.words[k].text.toLowerCase()))) return null;
  // the parse makes "when" a mark or an adverb of the clause
  if (!dependents(syn, verb, 'mark', 'advmod').some((k) => TIME_MARKS.has(syn.words[k].text.toLowerCase()))) return null;
  const modals = dependents(syn, w.head, 'aux').map((k) => syn.words[k].text.toLowerCase());
  if (modals.some((t) => HEDGES.has(t))) return 'hypothetical';
  return modals.some((t) => PLANS.has(t)) ? 'planned' : null;
}

/** Is the verb an infinitive of purpose, with no subject of its own ("came to prosecute them", "need votes to win")? */
export function purposeInfinitive(syn: Syntax, verb: number): boolean {
  return syn.words[verb].deprel === 'advcl' && dependents(syn, verb, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to') && !subjects(syn, verb).length;
}

/** The clause a time or place phrase attaches to, or -1. */
export function attachedClause(ctx: DocumentContext, span: Span): number {
  const syn = ctx.syntax;
  if (!syn) return -1;
  const a = attachment(syn, span);
  return a ? clauseOf(syn, a.head) : -1;
}

/** The clause a trigger token belongs to (for a verb, the verb itself), or -1. */
export function triggerClause(ctx: DocumentContext, token: number): number {
  const syn = ctx.syntax;
  if (!syn) return -1;
  const w = wordOfToken(syn, token);
  return w >= 0 ? clauseOf(syn, w) : -1;
}

const LOCATIVE_CASES = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'within', 'around', 'on']);

/** Is the place phrase at span attached by a locative case word ("in Leeds"), not "from" or "to"? */
export function locativeAttachment(ctx: DocumentContext, span: Span): { clause: number; head: number } | null {
  const syn = ctx.syntax;
  if (!syn) return null;
  const a = attachment(syn, span);
  if (!a || !a.caseMarker || !LOCATIVE_CASES.has(a.caseMarker)) return null;
  return { clause: clauseOf(syn, a.head), head: a.head };
}

/**
 * Numbers in the target that the parse says count something other than people ("three
 * coachloads of people": "three" counts coachloads). Token indices of those numbers.
 */
export function nonPersonCounts(ctx: DocumentContext, target: Range, isPerson: (word: number) => boolean): Set<number> {
  const out = new Set<number>();
  const syn = ctx.syntax;
  if (!syn) return out;
  for (let t = target[0]; t < target[1]; t++) {
    const w = wordOfToken(syn, t);
    if (w < 0 || syn.words[w].upos !== 'NUM') continue;
    const counted = countedNoun(syn, w);
    if (counted !== null && !isPerson(counted)) out.add(t);
  }
  return out;
}

/** Relations by which a clause rides along beside a noun without a subject of its own: "an election, expected in May". */
const ASIDE_RELATIONS = ['acl', 'acl:*', 'appos', 'parataxis', 'advcl'];

/** Verbs that say an occasion is held or set for a time ("a meeting that will be held on Monday", "talks which are scheduled for May"). */
const OCCASION_VERBS = new Set(['hold', 'schedule', 'plan', 'set', 'slate', 'expect', 'convene', 'postpone', 'delay', 'call']);
const RELATIVE_SUBJECTS = new Set(['that', 'which']);

/**
 * The relative clause that says when or whether an event noun is held ("several meetings that will
 * be held this weekend"), or -1. Its verb is one of holding or setting, its subject "that" or "which";
 * the parse may hang it on a noun of the event's own "of" phrase ("a meeting of the IMF that will be held").
 */
export function occasionRelative(syn: Syntax, noun: number): number {
  const own = (n: number) => dependents(syn, n, 'nmod').filter((c) => caseMarker(syn, c) === 'of');
  for (const n of [noun, ...own(noun)]) {
    for (const c of dependents(syn, n, 'acl:relcl')) {
      if (!OCCASION_VERBS.has(syn.words[c].lemma.toLowerCase())) continue;
      if (dependents(syn, c, 'nsubj', 'nsubj:pass').some((sj) => RELATIVE_SUBJECTS.has(syn.words[sj].text.toLowerCase()))) return c;
    }
  }
  return -1;
}

/** Climbs xcomp links to the clause that governs them ("expected to be held" → "expected"). */
export function xcompTop(syn: Syntax, clause: number): number {
  let c = clause;
  for (let guard = 0; guard < 6 && syn.words[c].deprel === 'xcomp' && syn.words[c].head >= 0; guard++) c = syn.words[c].head;
  return c;
}

/**
 * Clauses whose time is an event's own when its own clause states none (by clause head, after
 * xcompTop): a reduced relative or an aside set off right after an event noun ("an election,
 * widely expected to be held in May"; "the vote - expected to fall on 5 May -"), the predicate an
 * event noun is the subject of ("the vote will be held on 5 May"), and the first conjunct of a
 * clause that shares its subject ("tried to cut subsidies in 2003 but was forced to back down").
 */
export function linkedTimeClauses(syn: Syntax, trigger: number): Set<number> {
  const out = new Set<number>();
  const w = syn.words[trigger];
  const ownSubject = (c: number) => dependents(syn, c, 'nsubj:*', 'csubj:*', 'expl').length > 0;
  if (w.upos === 'NOUN' || w.upos === 'PROPN') {
    for (const c of dependents(syn, trigger, ...ASIDE_RELATIONS)) if (!ownSubject(c)) out.add(c);
    // "a meeting that will be held on Saturday"
    const held = occasionRelative(syn, trigger);
    if (held >= 0) out.add(held);
    // the parse may hang the aside elsewhere: a subjectless clause whose words begin right after the noun, past punctuation only
    const end = syn.sentenceWordStart[sentenceOfWord(syn, trigger) + 1];
    for (let c = trigger + 1; c < end; c++) {
      const cw = syn.words[c];
      if (cw.upos !== 'VERB' || !ASIDE_RELATIONS.some((r) => relationMatches(cw.deprel, r)) || ownSubject(c)) continue;
      const first = subtree(syn, c)[0];
      let only = first > trigger;
      for (let k = trigger + 1; k < first && only; k++) if (syn.words[k].upos !== 'PUNCT') only = false;
      if (only) out.add(c);
    }
    // "the vote will be held …": the predicate of which the noun is the subject (or, in a parse slip, a bare nominal before a subjectless verb)
    const head = w.head;
    if (head >= 0 && syn.words[head].upos === 'VERB') {
      const subject = relationMatches(w.deprel, 'nsubj:*') || (w.deprel === 'obl:unmarked' && trigger < head && !ownSubject(head));
      if (subject) out.add(head);
    }
  }
  // a conjunct sharing the subject of the clause before it shares its time
  const top = xcompTop(syn, clauseOf(syn, trigger));
  const tw = syn.words[top];
  if (tw.deprel === 'conj' && tw.head >= 0 && !ownSubject(top)) out.add(xcompTop(syn, clauseOf(syn, tw.head)));
  return out;
}

/**
 * Clause relations: a verb heading one of these inside a phrase starts a clause. Not "acl": a participle
 * describing the noun stays in its phrase ("The man, identified by prosecutors as Milan P., 52").
 */
const CLAUSE_RELATIONS = new Set(['root', 'ccomp', 'xcomp', 'advcl', 'parataxis', 'csubj', 'conj']);
const NOMINAL_UPOS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Words that cannot end a noun phrase once a clause is cut off it ("the way to", "Smith and"). */
const DANGLING_UPOS = new Set(['ADP', 'PART', 'DET', 'CCONJ', 'SCONJ', 'PUNCT', 'ADV']);

/**
 * The participant in the tokens [a, b): word order sometimes runs a phrase on into a clause ("Trump
 * is scheduled", "they exited their vehicle"). A participant is a nominal, so it ends before the
 * first auxiliary or clause verb; null when nothing nominal is left ("hiding behind a door", "he
 * does" → "he", "those most willing"). Words inside a tagged name are nominal. Without a parse the
 * phrase stands.
 */
export function participantPhrase(ctx: DocumentContext, [a, b]: Range): Range | null {
  const syn = ctx.syntax;
  if (!syn) return [a, b];
  const upos = (t: number): string => {
    if (ctx.mentionAt[t] >= 0) return 'PROPN';
    const w = wordOfToken(syn, t);
    if (w < 0) return '';
    const { upos: u, deprel } = syn.words[w];
    // "Both are charged": a determiner standing as the argument is a nominal
    if (u === 'DET' && ARGUMENT_RELATIONS.has(deprel)) return 'PRON';
    return u === 'VERB' && !CLAUSE_RELATIONS.has(deprel.split(':')[0]) ? 'ADJ' : u;
  };
  let end = a;
  while (end < b && upos(end) !== 'AUX' && upos(end) !== 'VERB') end++;
  while (end > a && DANGLING_UPOS.has(upos(end - 1))) end--;
  for (let t = a; t < end; t++) if (NOMINAL_UPOS.has(upos(t))) return [a, end];
  // "hiding behind a door, Orozco": a clause before the name; the name is the participant
  for (let t = b - 1; t >= end; t--) {
    const m = ctx.mentions[ctx.mentionAt[t]];
    if (m && (m.type === 'PER' || m.type === 'ORG')) {
      let first = t;
      while (first > end && ctx.mentionAt[first - 1] === ctx.mentionAt[t]) first--;
      return [first, t + 1];
    }
  }
  return null;
}

const ARGUMENT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'obj', 'iobj']);
