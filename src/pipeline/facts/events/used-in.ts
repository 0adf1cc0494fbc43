// "The flaw is being used in attacks on two browsers", "has been used in a growing number of attacks": a thing told as
// used in happenings of a kind tells of those happenings, as done or going on, though the bare plural names no one
// of them. Read from the parse: the event noun (or the counted noun it fills, "a number of attacks") opens with "in"
// on a passive "used". The clause's own modal still decides ("could be used in attacks" stays possible).
import type { Syntax } from '../../../types.js';
import { caseMarker, dependents } from '../../syntax/query.js';

/** Is the event noun w a happening something was used in ("used in attacks on …")? */
export function usedInHappenings(syn: Syntax, w: number): boolean {
  let k = w;
  // "a growing number of attacks": the counted noun stands in the clause for the happenings
  const up = syn.words[k].head;
  if (syn.words[k].deprel === 'nmod' && caseMarker(syn, k) === 'of' && up >= 0 && syn.words[up].upos === 'NOUN') k = up;
  const verb = syn.words[k].head;
  if (verb < 0 || !syn.words[k].deprel.startsWith('obl') || caseMarker(syn, k) !== 'in') return false;
  const v = syn.words[verb];
  return v.upos === 'VERB' && v.lemma.toLowerCase() === 'use' && dependents(syn, verb, 'aux:pass').length > 0;
}
