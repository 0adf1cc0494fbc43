// "signed a letter of intent to buy Acme", "signed an economic cooperation plan": signing a written
// undertaking that is no event noun of its own is the agreement. Read from the parse: the document is the
// object of "sign" (or its passive subject); "signed an agreement" is left to the agreement noun itself.
import type { Syntax } from '../../../types.js';
import { SIGNED_DOCUMENTS } from '../../lexicons/events.js';
import { dependents, objects, passiveSubjects } from '../../syntax/query.js';

/** Does the verb "sign" (word `verb` of the parse) take as object a document of undertaking ("a letter of intent", "a plan")? */
export function signsUndertaking(syn: Syntax, verb: number): boolean {
  return [...objects(syn, verb), ...passiveSubjects(syn, verb)].some((o) => undertaking(syn, o));
}

function undertaking(syn: Syntax, w: number): boolean {
  const lemma = syn.words[w].lemma.toLowerCase();
  const needs = SIGNED_DOCUMENTS.get(lemma);
  if (needs === undefined) return false;
  // "a letter of intent", not "a letter urging reform"
  return needs === null || dependents(syn, w, 'nmod').some((n) => syn.words[n].lemma.toLowerCase() === needs);
}
