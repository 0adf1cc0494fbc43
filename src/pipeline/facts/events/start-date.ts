// Whether an event's date is the day it began rather than the day it happened, read from the parse:
// the date hangs from a verb of beginning whose complement is the event ("began shelling the port on
// 5 March", "started a strike on Monday"), or whose subject is a lasting event ("the siege, which
// began on 3 March"); or it is the time a "since" governs on a lasting event ("on strike since
// Monday", "held since March"). Not "The final started on Sunday" (a one-off: that is its date), "did
// not begin on …", "the race's start on …" (a noun), nor "since" opening a clause of cause.
import type { EventType, Span } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { dependents, headOfSpan, wordOfToken } from '../../syntax/query.js';
import { LASTING, stateWord } from './other-times.js';

/** Lemmas of the verbs of beginning. */
const BEGIN_LEMMAS: ReadonlySet<string> = new Set(['begin', 'start', 'commence']);
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'n’t', 'never']);
/** How the event may be the complement of a verb of beginning: "began shelling", "began to shell", "started a strike". */
const COMPLEMENT = ['xcomp', 'ccomp', 'obj'];

/** Is the date (a time mention's span) of the event with this type and trigger token the day it began? */
export function dateIsStart(ctx: FactsContext, type: EventType, trigger: number, time: Span): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const head = headOfSpan(syn, time);
  const ev = wordOfToken(syn, trigger);
  if (head === null || ev < 0) return false;
  const text = (w: number) => syn.words[w].text.toLowerCase();
  const negated = (w: number) => dependents(syn, w, 'advmod').some((k) => NEGATIONS.has(text(k)));
  const word = syn.words[ev];
  const lasting = () => LASTING.has(type) || ((word.upos === 'NOUN' || word.upos === 'VERB') && stateWord(word.lemma.toLowerCase(), word.upos === 'NOUN' ? 'n' : 'v'));
  const gov = syn.words[head].head;
  if (gov < 0) return false;
  // "on strike since Monday", "held since March": the date "since" governs, on the event or the verb it is part of
  if (dependents(syn, head, 'case').some((k) => text(k) === 'since')) return (gov === ev || gov === word.head) && !negated(gov) && lasting();
  const begins = (w: number) => w >= 0 && syn.words[w].upos === 'VERB' && BEGIN_LEMMAS.has(syn.words[w].lemma.toLowerCase()) && !negated(w);
  // "began shelling the port on 5 March", "started a strike on Monday": the parse may hang the date
  // on the verb of beginning or on the event it takes as complement
  if (gov === ev && COMPLEMENT.includes(word.deprel) && begins(word.head)) return true;
  const verb = syn.words[gov];
  if (!begins(gov) || !/^(?:obl|nmod)/.test(syn.words[head].deprel)) return false;
  if (word.head === gov && COMPLEMENT.includes(word.deprel)) return true;
  // "the siege began on 3 March", "the siege, which began on 3 March": the event itself begins
  const subjectOf = word.head === gov && word.deprel.startsWith('nsubj');
  const describedBy = verb.head === ev && verb.deprel.startsWith('acl');
  return (subjectOf || describedBy) && lasting();
}
