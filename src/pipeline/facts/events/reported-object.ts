// A happening named as the object of a clause that reports a deed: "Protesters decried the bombing",
// "the board completed its acquisition of Borr", "officials confirmed the arrest". A passing event noun
// (no date, place or named party of its own) only joins an event told elsewhere in the text; where none
// is told, a specific one ("the", "its", "two") that a past, asserted verb of doing or saying takes as
// its object is itself the report. Verbs of thinking and feeling ("were considering a merger", "feared
// an attack") say nothing of whether it happened. Read from the parse and WordNet's verb files; a
// constant amount of work per mention.
import type { FactsContext } from '../context.js';
import { installedWordNet } from '../../../corpus/events/wordnet.js';
import { dependents, wordOfToken } from '../../syntax/query.js';
import { pastClause } from './generic.js';
import { verbStatus, type StatusCues } from './parse.js';
import type { EventMention } from './mentions.js';

/** WordNet's verb files of the mind: verb.cognition ("consider", "study") and verb.emotion ("fear", "regret"). */
const MIND_FILES = new Set([31, 37]);
/** Dependents that make the noun a particular one: "the bombing", "its takeover", "two raids". */
const SPECIFIERS = ['det', 'nmod:poss', 'nummod'];

/** Is the verb's first WordNet sense one of thinking or feeling? Unknown verbs count as such (nothing is promoted on them). */
function mindVerb(lemma: string): boolean {
  const wn = installedWordNet();
  const first = wn?.synsets(lemma, 'v')[0];
  return !wn || !first || MIND_FILES.has(wn.lexFile(first));
}

/**
 * Is the noun mention the specific object of a past, asserted verb that is not one of the mind
 * ("decried the attack", "has completed the merger"), where that verb is no event of its own (`triggers`: the
 * tokens of the text's event words)? False for clauses, and without a parse.
 */
export function reportedObject(ctx: FactsContext, m: EventMention, cues: StatusCues, triggers: ReadonlySet<number>): boolean {
  const syn = ctx.syntax;
  if (!syn || m.kind !== 'noun' || m.status !== 'asserted' || m.anchor || ctx.headingSent[m.sent]) return false;
  const w = wordOfToken(syn, m.trigger);
  if (w < 0 || syn.words[w].deprel !== 'obj') return false;
  const verb = syn.words[w].head;
  if (verb < 0 || syn.words[verb].upos !== 'VERB' || dependents(syn, w, ...SPECIFIERS).length === 0) return false;
  // "shareholders approved the merger": the object of another event's word is what that event is about
  if (triggers.has(syn.words[verb].token)) return false;
  if (!pastClause(syn, verb) || verbStatus(ctx, verb, cues) !== 'asserted') return false;
  return !mindVerb(syn.words[verb].lemma.toLowerCase());
}
