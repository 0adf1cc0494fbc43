// An event that an intention denied, a step not taken or a hedged infinitive governs tells of nothing that
// happened: "there are no plans for a meeting", "had not yet scheduled a vote", "failed to conclude an
// agreement", "doesn't have to wait to begin buying", "might let the union mount a bid". Read from the parse's
// chain of heads above the trigger, through objects, infinitives and the phrases they take, never through a
// subject, a clause of saying or a relative clause (what is said or described there is judged on its own).
import type { EventStatus, Syntax } from '../../../types.js';
import { dependents } from '../../syntax/query.js';
// verbs of not doing ("failed to conclude an agreement") and hedging modals, as the clause's own status reads them
import { HEDGES, REFUSALS } from './parse.js';

/** Nouns of intending or expecting: with "no" ("no plans for", "no prospect of") the happening is not in view. */
const INTENT_NOUNS = new Set(['plan', 'intention', 'proposal', 'schedule', 'timetable', 'prospect', 'chance', 'sign', 'likelihood']);
/** Verbs of intending, arranging or being obliged: negated ("did not plan to", "has not scheduled") they leave the happening undecided. */
const INTENT_VERBS = new Set(['plan', 'schedule', 'intend', 'want', 'need', 'have', 'expect', 'decide', 'mean', 'seek', 'wish', 'arrange', 'set']);
/**
 * Verbs that bring their object about ("failed to conclude an agreement", "let the union mount a bid"): only through
 * these does an object share the fate of the step not taken. A stopped, ended or investigated event is the premise
 * ("failed to prevent the bombing", "refused to end the strike"), and the set of such verbs is open, so the list is of makers.
 */
const BRINGS_ABOUT = new Set([
  'hold', 'conclude', 'reach', 'sign', 'stage', 'launch', 'mount', 'carry', 'make', 'begin', 'start', 'call', 'schedule',
  'organise', 'organize', 'conduct', 'host', 'strike', 'agree', 'approve', 'complete', 'finalise', 'finalize', 'arrange',
  'plan', 'set', 'win', 'seal', 'negotiate', 'broker', 'announce', 'pass', 'open', 'buy', 'acquire',
]);
const NEGATIONS = new Set(['not', "n't", 'n’t', 'never']);

/** Prepositions of what is intended or agreed ("plans for", "prospect of", "agreement on"). */
const INTENDED_CASES = new Set(['for', 'of', 'on', 'to', 'over']);

const lower = (syn: Syntax, w: number) => syn.words[w].text.toLowerCase();
const lemmaOf = (syn: Syntax, w: number) => syn.words[w].lemma.toLowerCase();

const caseOf = (syn: Syntax, w: number) => {
  const c = dependents(syn, w, 'case');
  return c.length ? lower(syn, c[0]) : '';
};

/** The step from a word to its head that keeps the word inside what the head intends, does or names; null to stop. */
function step(syn: Syntax, w: number): 'infinitive' | 'argument' | null {
  const rel = syn.words[w].deprel;
  if (rel === 'xcomp') return 'infinitive';
  // "to begin buying" as the parse's clause of purpose, "a meeting to vote": an infinitive with its "to"
  if ((rel === 'advcl' || rel === 'acl') && dependents(syn, w, 'mark').some((k) => lower(syn, k) === 'to')) return 'infinitive';
  if (rel === 'obj') return 'argument';
  // "plans for a meeting", "agreement on a ceasefire"; not a setting ("during talks last week", "after the vote")
  if ((rel.startsWith('obl') || (rel.startsWith('nmod') && rel !== 'nmod:poss')) && INTENDED_CASES.has(caseOf(syn, w))) return 'argument';
  return null;
}

/** A noun of intending that "no" denies ("no plans"), or the one an existential "there were" asserts none of. */
function deniedIntent(syn: Syntax, h: number): boolean {
  const denied = (n: number) => INTENT_NOUNS.has(lemmaOf(syn, n)) && dependents(syn, n, 'det').some((d) => lower(syn, d) === 'no');
  if (syn.words[h].upos === 'NOUN') return denied(h);
  // "there were no plans for an emergency meeting": the parse hangs the meeting on "were", beside the plans
  return dependents(syn, h, 'expl').length > 0 && dependents(syn, h, 'nsubj').some(denied);
}

const negatedWord = (syn: Syntax, h: number) => dependents(syn, h, 'advmod').some((k) => NEGATIONS.has(lower(syn, k)));
const hedgedWord = (syn: Syntax, h: number) => dependents(syn, h, 'aux').some((k) => HEDGES.has(lower(syn, k)));

/**
 * "a reward for information leading to the arrest of the gunman", "appealed for evidence that leads to a conviction":
 * what such information would lead to is sought, not done. The event is the goal ("to") of "lead" in a present
 * participle or present relative clause on a noun that is itself what something is offered or asked for ("for").
 */
function soughtOutcome(syn: Syntax, word: number): boolean {
  const w = syn.words[word];
  if (!w.deprel.startsWith('obl') || caseOf(syn, word) !== 'to' || w.head < 0) return false;
  const lead = w.head;
  const l = syn.words[lead];
  if (l.lemma.toLowerCase() !== 'lead' || l.head < 0) return false;
  const text = l.text.toLowerCase();
  const present = (l.deprel === 'acl' && text === 'leading') || (l.deprel === 'acl:relcl' && (text === 'lead' || text === 'leads'));
  if (!present) return false;
  const sought = l.head;
  const rel = syn.words[sought].deprel;
  return (rel.startsWith('obl') || rel.startsWith('nmod')) && caseOf(syn, sought) === 'for';
}

/** 'negated' or 'hypothetical' when a word above the trigger word denies or hedges it; null when none does. */
export function unrealisedStatus(syn: Syntax, word: number): EventStatus | null {
  if (soughtOutcome(syn, word)) return 'hypothetical';
  let infinitive = false;
  for (let w = word, depth = 0; depth < 5; depth++) {
    // "to let GM amass shares or mount a bid": a conjunct infinitive stands where the first one does
    if (syn.words[w].deprel === 'conj' && syn.words[w].head >= 0 && step(syn, syn.words[w].head) === 'infinitive') w = syn.words[w].head;
    const how = step(syn, w);
    const h = syn.words[w].head;
    if (!how || h < 0) return null;
    // an object passes up only to its intent word or to a verb that makes it, never through a second noun
    // ("no sign of an end to the strike") or a verb whose object already exists ("failed to stop the attack")
    if (how === 'argument' && !deniedIntent(syn, h) && !INTENT_VERBS.has(lemmaOf(syn, h)) && !INTENT_NOUNS.has(lemmaOf(syn, h))
      && !BRINGS_ABOUT.has(lemmaOf(syn, h))) return null;
    if (how === 'infinitive') infinitive = true;
    if (deniedIntent(syn, h)) return 'negated';
    if (how === 'infinitive' && REFUSALS.has(lemmaOf(syn, h)) && syn.words[w].deprel === 'xcomp') return 'negated';
    if (INTENT_VERBS.has(lemmaOf(syn, h)) && negatedWord(syn, h)) return 'hypothetical';
    // "might let the union mount a bid": what a hedged clause's infinitive would do (a hedged verb's own object,
    // "could damage the accord", may already exist, so only through an infinitive)
    if (infinitive && hedgedWord(syn, h)) return 'hypothetical';
    w = h;
  }
  return null;
}
