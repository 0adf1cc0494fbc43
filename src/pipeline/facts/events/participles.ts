// A past form of an event verb that the parse hangs on a noun as a bare modifier (acl): "four soldiers
// killed in the raid", "the men arrested on Monday". With no subject or object of its own, the noun it
// modifies is its participant, read from the grammar of the verb rather than from word order.
import type { EventType, Syntax } from '../../../types.js';
import { firstTokenAtOrAfter, type DocumentContext } from '../../context/document.js';
import { caseMarker, dependents, subtree } from '../../syntax/query.js';
import { EVENT_VERBS, NO_OBJECT_LEMMAS } from '../../lexicons/events.js';

export interface ModifiedNoun {
  /** The parse word that names the participant: the noun, or the number that counts it ("three of its directors"). */
  word: number;
  /**
   * target: a verb that takes an object, used as a passive participle (the soldiers were killed);
   * subject: a verb that takes none, which cannot describe a noun, so the parse broke a clause and the
   * noun is its subject ("Two ministers resigned on Friday", read as "ministers [who] resigned").
   */
  role: 'target' | 'subject';
}

export const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/**
 * What is done to people and counted of them (COUNT_KEY: killed, arrested, detained, prosecuted): only these
 * participles name their undergoer so ("soldiers killed", "men arrested"). "The deal agreed by ministers" or "the
 * first mayor elected in decades" describe a thing or a person by a past the story does not report.
 */
const FATES = new Set<EventType>(['killing', 'arrest', 'detention', 'prosecution', 'charge', 'conviction', 'sentencing']);
/** Pronouns for no one in particular: a participle on one ("anyone arrested for …") describes a kind of person. */
const INDEFINITE_PRONOUNS = new Set(['someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'whoever', 'nobody']);

/** Is the parse word a bare participle on an indefinite pronoun ("a life term for someone convicted of assault")? */
export function describesAnyone(syn: Syntax, verb: number): boolean {
  const w = syn.words[verb];
  if (!EVENT_VERBS.has(w.text.toLowerCase()) || EVENT_VERBS.get(w.text.toLowerCase())!.form !== 'ed') return false;
  if (dependents(syn, verb, 'nsubj', 'nsubj:*', 'obj', 'aux', 'aux:*').length) return false;
  // the pronoun the parse hangs it on, or (where the parse makes a relative clause of it) the word right before
  const on = w.deprel === 'acl' ? w.head : verb - 1;
  return on >= 0 && INDEFINITE_PRONOUNS.has(syn.words[on].text.toLowerCase());
}
/** Words that count a group by a partitive "of" ("three of the men", "some of its directors"). */
const PARTITIVE_HEADS = new Set(['NUM', 'PRON', 'DET']);

/** How the parse may hang a main verb on an apposition before it: a relative clause, a participle, or an adjective. */
const BROKEN_AS = new Set(['acl:relcl', 'acl', 'amod']);

/**
 * "Mary Kline, a lawyer, resigned on Monday": the parse may hang the sentence's verb, after the apposition's comma,
 * on the apposition (BROKEN_AS) with no subject, relative word or object of its own. That is the broken main clause,
 * and the name the apposition describes (the sentence's root) is its subject. Returns that word, or -1.
 */
function clauseAfterApposition(syn: Syntax, verb: number): number {
  const w = syn.words[verb];
  // "Tom Hale, the finance director, also resigned": adverbs of the verb may stand after the comma
  let before = verb - 1;
  while (before > 0 && syn.words[before].head === verb && syn.words[before].deprel === 'advmod') before--;
  if (w.head < 0 || w.head > verb || syn.words[before]?.text !== ',') return -1;
  if (dependents(syn, verb, 'nsubj', 'nsubj:*', 'obj', 'mark', 'aux:pass').length) return -1;
  if (!BROKEN_AS.has(w.deprel)) return -1;
  const apposition = syn.words[w.head];
  if (apposition.deprel !== 'appos' || apposition.head < 0 || syn.words[apposition.head].deprel !== 'root') return -1;
  return apposition.head;
}

/** The noun a bare past participle of an event verb modifies, and the role that noun plays; null for any other verb. */
export function modifiedNoun(syn: Syntax, verb: number): ModifiedNoun | null {
  const w = syn.words[verb];
  const entry = EVENT_VERBS.get(w.text.toLowerCase());
  const subject = entry && NO_OBJECT_LEMMAS.has(entry.lemma) ? clauseAfterApposition(syn, verb) : -1;
  if (subject >= 0) return { word: subject, role: 'subject' };
  if (w.deprel !== 'acl' || w.head < 0 || !NOMINAL.has(syn.words[w.head].upos)) return null;
  if (!entry || entry.form !== 'ed') return null;
  // a clause of its own (a subject, an object, an auxiliary or a "to") is no bare participle
  if (dependents(syn, verb, 'nsubj', 'nsubj:*', 'obj', 'aux', 'aux:*', 'mark').length) return null;
  let word = w.head;
  // "three of the soldiers killed …": the count, with its "of" phrase, names who
  const up = syn.words[word].head;
  if (up >= 0 && syn.words[word].deprel.startsWith('nmod') && caseMarker(syn, word) === 'of' && PARTITIVE_HEADS.has(syn.words[up].upos)) word = up;
  // the broken clause shows as a sentence whose root is the noun, or a noun set beside a dateline as parataxis
  // ("OSLO (Wire) - Two ministers resigned …"): deeper down ("reveal it after the source died") the parse has lost
  // a subordinate clause's conjunction, and what that clause says of time is lost with it
  const brokenClause = syn.words[word].deprel === 'root' || (syn.words[word].deprel === 'parataxis' && dependents(syn, word, 'cop').length === 0);
  if (!NO_OBJECT_LEMMAS.has(entry.lemma)) {
    if (FATES.has(entry.type)) return { word, role: 'target' };
    // "Ministers agreed on Friday to cut tariffs": a verb that says what it does in a clause of its own, in a
    // sentence with no other verb to be its predicate, is that sentence's verb and the noun its subject
    return brokenClause && hasClausalComplement(syn, verb) ? { word, role: 'subject' } : null;
  }
  return brokenClause ? { word, role: 'subject' } : null;
}

/**
 * An infinitive or that-clause the verb takes: "agreed to cut", "agreed that the talks would go on" (the parse
 * may hang the infinitive as an adverbial clause, "agreed on Saturday to speed up", when words stand between).
 */
function hasClausalComplement(syn: Syntax, verb: number): boolean {
  return dependents(syn, verb, 'xcomp', 'ccomp', 'advcl').some((c) => dependents(syn, c, 'mark').some((m) => ['to', 'that'].includes(syn.words[m].text.toLowerCase())));
}

/**
 * Are the people a participle describes particular ones: counted or determined ("the 49 people killed at …", "a
 * first-grader killed …"), or set at a named place or a time ("parishioners killed at a Charleston church")? A bare
 * plural with neither ("people convicted of drug offences", "victims killed by drunk drivers") names a kind.
 */
export function particularUndergoer(ctx: DocumentContext, verb: number, described: ModifiedNoun): boolean {
  const syn = ctx.syntax!;
  const head = syn.words[described.word];
  if (head.upos !== 'NOUN' || dependents(syn, described.word, 'det', 'nummod', 'nmod:poss').length) return true;
  for (const obl of dependents(syn, verb, 'obl', 'obl:*'))
    for (const k of subtree(syn, obl)) {
      const t = firstTokenAtOrAfter(ctx.toks, syn.words[k].start);
      if (ctx.mentionAt[t] >= 0 || ctx.timeAt[t] >= 0) return true;
    }
  return false;
}
