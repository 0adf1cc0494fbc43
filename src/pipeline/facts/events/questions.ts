// Questions: "Will you resign?", "Another problem for those looking to kill the plan?". A yes/no
// question asks whether something happens; it tells of no happening. A wh-question ("Why did
// police arrest him?", "How does the election look?") takes its event as given, so it stays.
// Read from the parse: the question mark hangs on the clause it ends.
import type { Syntax } from '../../../types.js';
import { children, dependents } from '../../syntax/query.js';

/** Words that open a question about something taken as given. */
const WH_WORDS = new Set(['what', 'who', 'whom', 'whose', 'which', 'why', 'how', 'when', 'where']);
/** Relations through which a clause keeps its own truth inside a question ("Did you know that police arrested him?"). */
const OWN_TRUTH = new Set(['ccomp', 'advcl', 'parataxis', 'acl:relcl']);

const isQuestionMark = (syn: Syntax, w: number) => syn.words[w].text === '?' && syn.words[w].upos === 'PUNCT';

/** Does a "?" hang on the clause of word w, or on one it rides in (through xcomp, conj, obl …), with no wh-word opening it? */
export function inYesNoQuestion(syn: Syntax, word: number): boolean {
  let w = word;
  for (let guard = 0; guard < 12 && w >= 0; guard++) {
    if (children(syn, w).some((c) => isQuestionMark(syn, c))) return !opensWithWh(syn, w);
    const rel = syn.words[w].deprel;
    if (OWN_TRUTH.has(rel)) return false;
    w = syn.words[w].head;
  }
  return false;
}

/** Nominal dependents whose own determiner may be the clause's wh-word ("which firm bought it"). */
const NOMINALS = new Set(['nsubj', 'nsubj:pass', 'obj', 'obl', 'iobj']);

/**
 * Is the clause headed by w a finite one that a wh-word opens ("why the plant closed", "who attacked the convoy",
 * "which firm bought it"), not an infinitive ("how to vote")? Such a clause takes its happening as given.
 */
export function finiteWhClause(syn: Syntax, w: number): boolean {
  if (dependents(syn, w, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to')) return false;
  const wh = (k: number) => k < w && WH_WORDS.has(syn.words[k].text.toLowerCase());
  return children(syn, w).some((c) => wh(c) || (NOMINALS.has(syn.words[c].deprel) && children(syn, c).some(wh)));
}

/** Does the clause headed by w have a wh-word before its head, as a dependent or a dependent's determiner ("which candidate")? */
function opensWithWh(syn: Syntax, w: number): boolean {
  const near = children(syn, w).flatMap((c) => [c, ...children(syn, c)]);
  return near.some((k) => k < w && WH_WORDS.has(syn.words[k].text.toLowerCase()));
}
