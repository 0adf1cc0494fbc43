// "As the craze died, …", "the bill died in committee": a thing that "died" came to an end; only the living die.
import type { DocumentContext } from '../../context/document.js';
import { dependents, subtreeSpan, wordOfToken } from '../../syntax/query.js';
import { rangeIs } from '../../senses/word-senses.js';
import { tokenRange } from './parse.js';

/**
 * Is the verb at token i "die" (not a killing read as a death: "the collision killed two") with a parse's subject that
 * cannot die (word-senses 'lifeless': a lowercase common noun WordNet knows only as a thing, never a name, number,
 * pronoun, person or group)? Read from the parse, since word order misses the subject after a subordinating word
 * ("as the craze died").
 */
export function lifelessSubject(ctx: DocumentContext, i: number): boolean {
  const syn = ctx.syntax;
  const verb = syn ? wordOfToken(syn, i) : -1;
  if (verb < 0 || syn!.words[verb].lemma.toLowerCase() !== 'die') return false;
  const subjects = dependents(syn!, verb, 'nsubj');
  if (subjects.length !== 1) return false;
  const [a, b] = tokenRange(ctx, subtreeSpan(syn!, subjects[0], { trimPunct: true }));
  return rangeIs(ctx, a, b, 'lifeless');
}
