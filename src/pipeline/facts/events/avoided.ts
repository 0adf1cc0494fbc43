// "Feigned illness to evade prosecution", "narrowly avoided jail time", "murder to avoid arrest", "dodged being
// deported": the event a verb of getting out of something (data/words/avoiding-verbs.txt) takes as its object or
// its -ing clause never took place. Read from the parse: the trigger, or the noun it modifies as a compound
// ("jail time"), is that verb's object or open clause.
import type { Syntax } from '../../../types.js';
import { dataWordList } from '../../lexicon-files.js';

const AVOIDING_VERBS: ReadonlySet<string> = new Set(dataWordList('words', 'avoiding-verbs.txt'));

/** The word an event word stands for in its clause: "jail" of "jail time" is what "time" is. */
function phraseHead(syn: Syntax, w: number): number {
  let k = w;
  while (syn.words[k].deprel === 'compound' && syn.words[k].head >= 0) k = syn.words[k].head;
  return k;
}

/** Is the event word w (a noun, or a verb as an -ing or passive clause) what a verb of avoiding takes: a happening got out of? */
export function avoidedHappening(syn: Syntax, w: number): boolean {
  const head = phraseHead(syn, w);
  const rel = syn.words[head].deprel;
  const verb = syn.words[head].head;
  if (verb < 0 || syn.words[verb].upos !== 'VERB' || !AVOIDING_VERBS.has(syn.words[verb].lemma.toLowerCase())) return false;
  // "avoided prosecution", "escaped a lengthy trial"; "avoided being arrested" (its open clause)
  return rel === 'obj' || (rel === 'xcomp' && syn.words[head].upos === 'VERB');
}
