// "Farm ministers agreed on Friday to extend the talks": the greedy parser may read the verb as a
// participle on the noun ("ministers [who were] agreed"), leaving a sentence whose root is the noun and
// that has no predicate. A verb that takes a clause of its own (a to-infinitive or a that-clause) and
// has no subject is no participle there: it becomes the root, the noun its subject, and the sentence is
// labelled again. A bare participle ("Four soldiers killed in the raid") takes no such clause and stays,
// and an -ing participle cannot be a finite predicate (on EWT train taking it back was worse 2 times of 3).
import { labelSentence } from './labeller.js';
import type { Repaired } from './fronted.js';
import type { EncodedWords } from './lexical.js';
import type { SyntaxModel } from './model.js';
import { uposId } from './upos.js';

const NOUN = uposId('NOUN');
const PROPN = uposId('PROPN');
const VERB = uposId('VERB');
const CLAUSE = /^(?:xcomp|ccomp|advcl)/;
const SUBJECT = /^(?:nsubj|csubj|expl)/;
const MARKS = new Set(['to', 'that']);
/** An -ing participle ("a caller claiming to be …") is no finite predicate: only past forms are taken back. */
const ING = /ing$/i;

function children(heads: Int32Array, word: number): number[] {
  const out: number[] = [];
  for (let d = 0; d < heads.length; d++) if (heads[d] === word) out.push(d);
  return out;
}

/** Whether the verb takes a to-infinitive or that-clause: "agreed … to extend", "warned that …". */
function takesClause(forms: readonly string[], heads: Int32Array, deprels: readonly string[], verb: number): boolean {
  return children(heads, verb).some((c) => CLAUSE.test(deprels[c]) && children(heads, c).some((m) => deprels[m] === 'mark' && MARKS.has(forms[m].toLowerCase())));
}

/** The parse with a predicate read as a participle of the root noun made the predicate again, or null. */
export function repairPredicate(model: SyntaxModel, forms: readonly string[], enc: EncodedWords, tags: Uint8Array, heads: Int32Array, deprels: readonly string[]): Repaired | null {
  const root = heads.indexOf(-1);
  if (root < 0 || (tags[root] !== NOUN && tags[root] !== PROPN)) return null;
  const kids = children(heads, root);
  if (kids.some((c) => deprels[c] === 'cop')) return null;
  // a verb with a subject or a conjunction of its own ("thanks for thinking of me to …") is no lost predicate
  const verb = kids.find((c) => c > root && tags[c] === VERB && deprels[c] === 'acl' && !ING.test(forms[c]) && !children(heads, c).some((k) => SUBJECT.test(deprels[k]) || deprels[k] === 'mark') && takesClause(forms, heads, deprels, c));
  if (verb === undefined) return null;
  const joined = Int32Array.from(heads);
  joined[verb] = -1;
  joined[root] = verb;
  // what followed the verb but hung on the noun (the final stop, a later clause) is the verb's now
  for (const c of kids) if (c > verb) joined[c] = verb;
  const relabelled = labelSentence(model.labeller, model.labels, enc, tags, joined);
  if (!SUBJECT.test(relabelled[root])) relabelled[root] = 'nsubj';
  return { heads: joined, deprels: relabelled };
}
