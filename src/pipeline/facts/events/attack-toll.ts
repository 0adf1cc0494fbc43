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

/** Is the verb trigger at token i the head of a clause on an attack word whose only doer is that attack? */
export function attackToll(ctx: DocumentContext, i: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const w = wordOfToken(syn, i);
  if (w < 0) return false;
  const { deprel, head } = syn.words[w];
  if (head < 0 || !DESCRIBING.has(deprel)) return false;
  // "the bombing of Pan Am Flight 103 that killed 259": the parse may hang the clause on the attack's own "of" phrase
  const up = syn.words[head].head;
  const onAttack = (h: number) => isAttackWord(ctx.low[syn.words[h].token] ?? '');
  if (!onAttack(head) && !(deprel === 'acl:relcl' && up >= 0 && syn.words[head].deprel.startsWith('nmod') && onAttack(up))) return false;
  // a subordinator ("after", "when") opens a clause of another deed, not the attack's outcome
  if (dependents(syn, w, 'mark').length) return false;
  const subjects = dependents(syn, w, 'nsubj', 'nsubj:pass');
  if (deprel === 'acl:relcl') return subjects.length === 1 && RELATIVE_SUBJECTS.has(syn.words[subjects[0]].text.toLowerCase());
  // "…, killing four": a participle with no subject of its own
  return subjects.length === 0 && syn.words[w].text.toLowerCase().endsWith('ing');
}
