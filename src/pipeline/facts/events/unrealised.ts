// An event that an intention denied, a step not taken or a hedged infinitive governs tells of nothing that
// happened: "there are no plans for a meeting", "had not yet scheduled a vote", "failed to conclude an
// agreement", "doesn't have to wait to begin buying", "might let the union mount a bid". Read from the parse's
// chain of heads above the trigger, through objects, infinitives and the phrases they take, never through a
// subject, a clause of saying or a relative clause (what is said or described there is judged on its own).
import type { EventStatus, Syntax } from '../../../types.js';
import { children, dependents } from '../../syntax/query.js';
import { installedWordNet, isKindOf } from '../../lexicons/wordnet.js';
import { isPersonWord } from '../../senses/word-senses.js';
// verbs of not doing ("failed to conclude an agreement") and hedging modals, as the clause's own status reads them
import { clauseOfItsOwn, conjunctOfCue, HEDGES, REFUSALS } from './parse.js';
import { isSought, isWish } from './wishes.js';
import { BRINGING_ABOUT_VERBS } from '../../lexicons/events.js';

/** Nouns of intending or expecting: with "no" ("no plans for", "no prospect of") the happening is not in view. */
const INTENT_NOUNS = new Set(['plan', 'intention', 'proposal', 'schedule', 'timetable', 'prospect', 'chance', 'sign', 'likelihood']);
/** Verbs of intending, arranging or being obliged: negated ("did not plan to", "has not scheduled") they leave the happening undecided. */
const INTENT_VERBS = new Set(['plan', 'schedule', 'intend', 'want', 'need', 'have', 'expect', 'decide', 'mean', 'seek', 'wish', 'arrange', 'set']);
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

/** Does the parse give word h a negation ("did not follow")? */
export const negatedWord = (syn: Syntax, h: number) => dependents(syn, h, 'advmod').some((k) => NEGATIONS.has(lower(syn, k)));
const hedgedWord = (syn: Syntax, h: number) => dependents(syn, h, 'aux').some((k) => HEDGES.has(lower(syn, k)));

/** Senses an offer or appeal is a kind of (WordNet, first sense): giving or asking for; a reward or a request. */
const OFFERING_VERBS = ['give', 'request'];
const OFFERING_NOUNS = ['reward', 'request', 'offer'];
/** Clauses of their own below the event: a date there ("the men who robbed a shop on Monday") is theirs. */
const OWN_CLAUSES = new Set(['acl', 'acl:relcl', 'advcl', 'ccomp', 'xcomp', 'parataxis', 'csubj']);

/** Whether a word's first WordNet sense (of two for a noun, "reward" being first a result) is a kind of a synset headed by one of the senses named ("give", not "impart, give"). */
function senseOf(syn: Syntax, w: number, pos: 'n' | 'v', senses: string[]): boolean {
  const wn = installedWordNet();
  if (!wn) return false;
  const ids = wn.synsets(lemmaOf(syn, w), pos).slice(0, pos === 'n' ? 2 : 1);
  return ids.some((id) => isKindOf(wn, id, (s) => senses.includes(s.words[0]), { maxHops: 4 }));
}

/**
 * A passive whose subject is the one judged or paid ("Hale was praised for", "the firm was fined for", "Hale was
 * given a medal for"): a person, a name, or a subject with an object left beside it. What is offered may be the
 * passive's subject ("$20,000 is being offered for information"): that passive still offers.
 */
function judgedPassive(syn: Syntax, v: number): boolean {
  if (!dependents(syn, v, 'aux:pass', 'nsubj:pass').length) return false;
  if (dependents(syn, v, 'obj', 'iobj').length) return true;
  return dependents(syn, v, 'nsubj:pass').some((k) => {
    const u = syn.words[k].upos;
    return u === 'PROPN' || u === 'PRON' || isPersonWord(lemmaOf(syn, k));
  });
}

/**
 * Whether what a "for" phrase hangs on offers or asks for it: an active verb of giving or asking ("offering
 * $20,000 for", "appealed for"), or a noun of reward, request or offer ("a reward for"), or a noun such a verb
 * takes ("offering $20,000 for"), also in the passive ("$20,000 is offered for"). Verbs of judging or thanking
 * give a reason ("was praised for", "was fined for", "thanked police for"), as does a passive of giving to
 * someone ("Hale was paid for").
 */
function offersOrAsks(syn: Syntax, g: number): boolean {
  const u = syn.words[g].upos;
  if (u === 'VERB') return !judgedPassive(syn, g) && senseOf(syn, g, 'v', OFFERING_VERBS);
  if (u !== 'NOUN' && u !== 'SYM' && u !== 'NUM') return false;
  if (u === 'NOUN' && senseOf(syn, g, 'n', OFFERING_NOUNS)) return true;
  const v = syn.words[g].head;
  return syn.words[g].deprel === 'obj' && v >= 0 && syn.words[v].upos === 'VERB' && offersOrAsks(syn, v);
}

/** Whether a word below the clause of "lead", outside clauses of its own, is a past date ("leading to the arrest on Monday"). */
function datedBelow(syn: Syntax, top: number, pastDate: (w: number) => boolean): boolean {
  const todo = children(syn, top);
  while (todo.length) {
    const w = todo.pop()!;
    if (OWN_CLAUSES.has(syn.words[w].deprel)) continue;
    if (pastDate(w)) return true;
    todo.push(...children(syn, w));
  }
  return false;
}

/**
 * "a reward for information leading to the arrest of the gunman", "appealed for evidence that leads to a conviction":
 * what such information would lead to is sought, not done. The event is the goal ("to") of "lead" in a present
 * participle or present relative clause on a noun that is itself what something is offered or asked for ("for"),
 * and has no past date of its own ("paid 5,000 pounds for information leading to the arrest of Hale last year").
 */
function soughtOutcome(syn: Syntax, word: number, pastDate: (w: number) => boolean): boolean {
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
  if (!(rel.startsWith('obl') || rel.startsWith('nmod')) || caseOf(syn, sought) !== 'for' || syn.words[sought].head < 0) return false;
  return offersOrAsks(syn, syn.words[sought].head) && !datedBelow(syn, lead, pastDate);
}

/**
 * 'negated' or 'hypothetical' when a word above the trigger word denies or hedges it; null when none does.
 * pastDate tells whether a word is (part of) a date before the story's.
 */
export function unrealisedStatus(syn: Syntax, word: number, pastDate: (w: number) => boolean = () => false): EventStatus | null {
  if (soughtOutcome(syn, word, pastDate)) return 'hypothetical';
  let infinitive = false;
  for (let w = word, depth = 0; depth < 5; depth++) {
    // "to let GM amass shares or mount a bid": a conjunct infinitive stands where the first one does (not a finite
    // verb the parse hangs on it: "wanted to leave and was arrested")
    const first = syn.words[w].head;
    if (syn.words[w].deprel === 'conj' && first >= 0 && step(syn, first) === 'infinitive' && !conjunctOfCue(syn, w, syn.words[first].head)) w = first;
    const how = step(syn, w);
    const h = syn.words[w].head;
    if (!how || h < 0 || clauseOfItsOwn(syn, w)) return null;
    // an object passes up only to its intent word or to a verb that makes it, never through a second noun
    // ("no sign of an end to the strike") or a verb whose object already exists ("failed to stop the attack")
    // "a man wanted for murder", "is wanted by police over the killing": the deed the police seek him for is told as it is
    if (isSought(syn, h)) return null;
    // "want the court to let them meet", "hope for a settlement": a wish, neither done nor decided
    if (isWish(syn, h) && syn.words[h].upos === 'VERB') return 'hypothetical';
    if (how === 'argument' && !deniedIntent(syn, h) && !INTENT_VERBS.has(lemmaOf(syn, h)) && !INTENT_NOUNS.has(lemmaOf(syn, h))
      && !BRINGING_ABOUT_VERBS.has(lemmaOf(syn, h))) return null;
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
