// A happening named with its owner ("their appeal", "Acme's initial offer") is one the story already knows of.
// As the object of a verb, a hedge or condition on that verb ("if they lose their appeal", "would be prepared to
// outbid Acme's offer") speaks of the losing or outbidding, not of whether the appeal or offer happened. Read
// from the parse: the noun is the verb's object and has a possessive of its own.
import type { Syntax } from '../../../types.js';
import { dependents } from '../../syntax/query.js';

/** Is the event noun (a word of the parse) a verb's object with a possessive owner ("lose their appeal")? */
export function ownedObject(syn: Syntax, noun: number): boolean {
  return syn.words[noun].deprel === 'obj' && dependents(syn, noun, 'nmod:poss').length > 0;
}
