// "Acme said it plans to close the depot": after a pronoun the tagger often reads "plans" as the plural noun, and the
// parse then hangs the infinitive on it as a noun's modifier (acl) where a verb would take it as its complement
// (xcomp). A noun has no subject of its own unless it is a copula's predicate, so "plans" with a subject and no copula
// is the verb misread, and what it takes "to" do is planned. Read from the parse; constant work per word.
import type { Syntax } from '../../../types.js';
import { dependents } from '../../syntax/query.js';

/** Lemmas of deciding whose plural noun reads like their verb's third person ("it plans to …"). */
const PLANNING_NOUNS = new Set(['plan']);

/** Is word w a planning noun the parse gave a subject and no copula: "plans" in "it plans to sell", a verb misread? */
export function misreadPlanVerb(syn: Syntax, w: number): boolean {
  const word = syn.words[w];
  if (word.upos !== 'NOUN' || !PLANNING_NOUNS.has(word.lemma.toLowerCase()) || word.text.toLowerCase() === word.lemma.toLowerCase()) return false;
  if (dependents(syn, w, 'cop').length) return false;
  return dependents(syn, w, 'nsubj').length > 0 || nameAsModifier(syn, w).length > 0;
}

/**
 * "Zorvex Holdings Inc. plans to sell …": the parse may read the whole sentence as one noun phrase, the company's name
 * hanging on "plans" as its modifiers. Only the root of a full sentence (closed by its full stop: a headline, "Tory
 * plans to cut taxes", has none) with a name right before it, and no possessive, is the verb misread; the name is its doer.
 */
function nameAsModifier(syn: Syntax, w: number): number[] {
  const word = syn.words[w];
  if (word.deprel !== 'root' || w === 0 || dependents(syn, w, 'nmod:poss').length) return [];
  if (!dependents(syn, w, 'punct').some((p) => p > w && syn.words[p].text === '.')) return [];
  const before = syn.words[w - 1];
  if (before.head !== w || before.upos !== 'PROPN') return [];
  return dependents(syn, w, 'compound', 'amod', 'flat').filter((d) => d < w && syn.words[d].upos === 'PROPN');
}

/** The verbs a misread "plans" (misreadPlanVerb) takes "to" do, without auxiliaries of their own; empty for any other word. */
export function misreadPlanDeeds(syn: Syntax, w: number): number[] {
  if (!misreadPlanVerb(syn, w)) return [];
  const infinitive = (v: number) => dependents(syn, v, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to');
  return dependents(syn, w, 'acl', 'xcomp').filter((v) => syn.words[v].upos === 'VERB' && infinitive(v) && !dependents(syn, v, 'aux').length);
}

/** Does the verb v hang as what a misread "plans" takes "to" do ("it plans to sue")? Then it is planned, not done. */
export function plannedByMisreadVerb(syn: Syntax, v: number): boolean {
  const head = syn.words[v].head;
  return head >= 0 && misreadPlanDeeds(syn, head).includes(v);
}

/** Who plans the deed v that a misread "plans" takes "to" do: the plan's subject ("it" in "it plans to restructure"); else none. */
export function misreadPlanDoers(syn: Syntax, v: number): number[] {
  if (!plannedByMisreadVerb(syn, v)) return [];
  const plan = syn.words[v].head;
  const subjects = dependents(syn, plan, 'nsubj');
  return subjects.length ? subjects : nameAsModifier(syn, plan);
}
