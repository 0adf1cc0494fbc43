// "Two officers will stand trial", "she faces extradition": an event noun that is the object of a verb
// of undergoing (data/words/undergoing-verbs.txt) happens to that verb's subject, its target, as the
// subject of "will appear in court" is (subjectUndergoes). Read from the parse: the noun's head verb,
// and that verb's subject (a relative pronoun standing for its noun, a controlled subject shared).
import type { EventType } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { dataWordList } from '../../lexicon-files.js';
import { wordOfToken } from '../../syntax/query.js';
import { ranges, verbArguments, type Range } from './parse.js';
import { UNDERGONE } from './target-kinds.js';
import { NOMINAL } from './participles.js';

const UNDERGOING_VERBS: ReadonlySet<string> = new Set(dataWordList('words', 'undergoing-verbs.txt'));

/** Who undergoes the event the noun at the trigger token names, as the subject of its verb of undergoing; none otherwise. */
export function undergoingSubject(ctx: FactsContext, type: EventType, trigger: number): Range[] {
  const syn = ctx.syntax;
  if (!syn || !UNDERGONE.has(type)) return [];
  const noun = wordOfToken(syn, trigger);
  if (noun < 0 || syn.words[noun].upos !== 'NOUN' || syn.words[noun].deprel !== 'obj') return [];
  const verb = syn.words[noun].head;
  if (verb < 0 || syn.words[verb].upos !== 'VERB' || !UNDERGOING_VERBS.has(syn.words[verb].lemma.toLowerCase())) return [];
  // "The colonel stood trial in Lyon": the parse, finding no other verb, may make the noun the sentence's
  // root and the verb a clause on it; that noun is the verb's subject
  const on = syn.words[verb].head;
  if (syn.words[verb].deprel === 'acl' && on >= 0 && syn.words[on].deprel === 'root' && NOMINAL.has(syn.words[on].upos)) return ranges(ctx, syn, [on], verb);
  // the verb's doer, as the parse reads its subject; what it takes as object is the event itself
  return verbArguments(ctx, verb, syn.words[verb].lemma.toLowerCase()).actors;
}
