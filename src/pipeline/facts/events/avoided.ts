// "Feigned illness to evade prosecution", "narrowly avoided jail time", "murder to avoid arrest": the event a verb
// of getting out of something (data/words/avoiding-verbs.txt) takes as its object never took place. Read from the
// parse: the trigger, or the noun it modifies as a compound ("jail time"), is that verb's object. ("Escaped being
// deported" is left alone: the parse reads that clause too unsteadily.)
import type { Syntax } from '../../../types.js';
import { dataWordList } from '../../lexicon-files.js';

const AVOIDING_VERBS: ReadonlySet<string> = new Set(dataWordList('words', 'avoiding-verbs.txt'));

/** The word an event word stands for in its clause: "jail" of "jail time" is what "time" is. */
function phraseHead(syn: Syntax, w: number): number {
  let k = w;
  while (syn.words[k].deprel === 'compound' && syn.words[k].head >= 0) k = syn.words[k].head;
  return k;
}

/** Is the event word w what a verb of avoiding takes as its object: a happening got out of? */
export function avoidedHappening(syn: Syntax, w: number): boolean {
  const head = phraseHead(syn, w);
  const verb = syn.words[head].head;
  if (syn.words[head].deprel !== 'obj' || verb < 0 || syn.words[verb].upos !== 'VERB') return false;
  return AVOIDING_VERBS.has(syn.words[verb].lemma.toLowerCase());
}
