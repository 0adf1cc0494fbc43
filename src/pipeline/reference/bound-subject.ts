// "Ballmer praised Jobs and described him as a visionary": a personal pronoun that is an object of
// its own clause's verb never refers to that clause's subject (that would be "himself": the
// binding principle that keeps a plain pronoun free in its clause), however salient the subject is.
// Read from the parse: the subject is shared across coordinated verbs and comes from a controlling
// verb ("Ballmer wanted to thank him"), as `subjects` gives it.
import type { DocumentContext } from '../context/document.js';
import { clauseOf, passiveSubjects, relationMatches, subjects, wordOfToken } from '../syntax/query.js';
import { phraseTokens } from './phrase-tokens.js';

/** Object forms of the personal pronouns ("her" only where the parse reads it as no possessive). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'it', 'them']);
/** A pronoun's relations to its verb that make it one of the clause's own arguments. */
const ARGUMENT = ['obj', 'iobj', 'obl', 'obl:*'];

/**
 * The tokens [a, b) of the subject that the object pronoun at token t cannot refer to: the subject
 * of the clause whose verb takes the pronoun as its object (or oblique), a name or noun phrase, or
 * another pronoun (its single token). Null where t is no such pronoun or the clause has no subject.
 */
export function boundSubjectTokens(ctx: DocumentContext, t: number): { a: number; b: number } | null {
  const syn = ctx.syntax;
  if (!syn || !OBJECT_PRONOUNS.has(ctx.low[t])) return null;
  const w = wordOfToken(syn, t);
  if (w < 0) return null;
  const x = syn.words[w];
  if (x.upos !== 'PRON' || x.head < 0 || !ARGUMENT.some((r) => relationMatches(x.deprel, r))) return null;
  const clause = clauseOf(syn, x.head);
  if (clause !== x.head) return null;
  const subj = [...subjects(syn, clause), ...passiveSubjects(syn, clause)].filter((s) => s !== w);
  if (!subj.length) return null;
  const s = subj[0];
  const sw = syn.words[s];
  if (sw.upos === 'PRON') return { a: sw.token, b: sw.token + 1 };
  if (sw.upos !== 'NOUN' && sw.upos !== 'PROPN') return null;
  return phraseTokens(ctx, s);
}
