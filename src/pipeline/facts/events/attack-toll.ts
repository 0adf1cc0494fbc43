// "the bombing that killed 259 people", "the blasts, which have killed more than 250", "opened fire on the
// crowd, killing four": a killing told in a clause the parse hangs on an attack word says what the attack cost,
// so it counts that attack's dead rather than standing as a killing of its own. A clause with a subject of its
// own ("the bombing after which rebels killed two hostages") tells another deed.
import type { DocumentContext } from '../../context/document.js';
import { EVENT_NOUNS, EVENT_VERBS } from '../../lexicons/events.js';
import { dependents, wordOfToken } from '../../syntax/query.js';

/** Relations of a clause on a noun or verb: a relative clause, a participle on a noun, a participle clause on a verb. */
const DESCRIBING = new Set(['acl:relcl', 'acl', 'advcl']);
/** Pronouns a relative clause takes as its subject: the attack itself is the doer. */
const RELATIVE_SUBJECTS = new Set(['that', 'which']);

const isAttackWord = (word: string) => EVENT_NOUNS.get(word)?.type === 'attack' || EVENT_VERBS.get(word)?.type === 'attack';

/** Relations inside one noun phrase: "the bombing of a Birmingham, Ala., clinic", "the blasts at embassies in Kenya and Tanzania". */
const WITHIN_PHRASE = new Set(['nmod', 'appos', 'conj', 'compound', 'flat']);
/** How far up a noun phrase's own words the attack may sit above the noun the relative clause hangs on. */
const PHRASE_STEPS = 4;

/** Is word w, or a word above it inside the same noun phrase, an attack word? */
function inAttackPhrase(ctx: DocumentContext, w: number): boolean {
  const syn = ctx.syntax!;
  for (let k = w, steps = 0; k >= 0 && steps <= PHRASE_STEPS; steps++) {
    if (isAttackWord(ctx.low[syn.words[k].token] ?? '')) return true;
    if (!WITHIN_PHRASE.has(syn.words[k].deprel.split(':')[0])) return false;
    k = syn.words[k].head;
  }
  return false;
}

/**
 * The noun a relative clause's "which"/"that" stands for. The parse may hang the clause on a verb ("assess the
 * situation following the twin bombings at embassies in Kenya, which have killed …"): the antecedent is then the word
 * just before the pronoun and its comma.
 */
function antecedent(ctx: DocumentContext, clause: number, pronoun: number): number {
  const syn = ctx.syntax!;
  const head = syn.words[clause].head;
  if (syn.words[clause].deprel === 'acl:relcl') return head;
  let k = pronoun - 1;
  while (k >= 0 && syn.words[k].upos === 'PUNCT') k--;
  return k >= 0 && ['NOUN', 'PROPN'].includes(syn.words[k].upos) ? k : -1;
}

/** Is the verb trigger at token i the head of a clause on an attack word whose only doer is that attack? */
export function attackToll(ctx: DocumentContext, i: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const w = wordOfToken(syn, i);
  if (w < 0) return false;
  const { deprel, head } = syn.words[w];
  if (head < 0) return false;
  // a subordinator ("after", "when") opens a clause of another deed, not the attack's outcome
  if (dependents(syn, w, 'mark').length) return false;
  const subjects = dependents(syn, w, 'nsubj', 'nsubj:pass');
  // "…, which have killed": a clause whose subject is "which" is relative wherever the parse hangs it
  const relative = deprel.endsWith('relcl') || (subjects.length === 1 && syn.words[subjects[0]].text.toLowerCase() === 'which');
  if (!relative && !DESCRIBING.has(deprel)) return false;
  if (relative) {
    // "the bombing of a Birmingham, Ala., clinic that killed …": the parse may hang the clause on any noun of the attack's phrase
    if (subjects.length !== 1 || !RELATIVE_SUBJECTS.has(syn.words[subjects[0]].text.toLowerCase())) return false;
    const noun = antecedent(ctx, w, subjects[0]);
    return noun >= 0 && inAttackPhrase(ctx, noun);
  }
  if (!isAttackWord(ctx.low[syn.words[head].token] ?? '')) return false;
  // "…, killing four": a participle with no subject of its own
  return subjects.length === 0 && syn.words[w].text.toLowerCase().endsWith('ing');
}
