// An occasion someone puts off or moves ("postponed the vote", "pushed the election to June", "the talks
// were moved to Friday") has not been held yet; one called off ("cancelled the strike") never was.
// Read from the parse: the event noun is the object, or the passive subject, of such a verb.
import type { EventStatus } from '../../../types.js';
import { firstTokenAtOrAfter, type FactsContext } from '../../context/document.js';
import { caseMarker, dependents } from '../../syntax/query.js';

/** Verbs that put an occasion off, whatever else the clause says. Not "adjourn": an adjourned hearing was held. */
const PUT_OFF = new Set(['postpone', 'delay', 'defer', 'reschedule']);
/** Verbs that move something: an occasion moved to a time ("pushed the vote to Friday") or back is put off. */
const MOVE = new Set(['push', 'move', 'bring', 'shift', 'put']);
const MOVE_PARTICLES = new Set(['back', 'off', 'forward']);
const TO_A_TIME = new Set(['to', 'until', 'till', 'into']);
const CALL_OFF = new Set(['cancel', 'scrap', 'abandon']);

/** The status a verb of putting off or calling off gives the occasion noun it acts on; null where it is no such verb. */
export function movedStatus(ctx: FactsContext, noun: number): EventStatus | null {
  const syn = ctx.syntax!;
  const w = syn.words[noun];
  if (w.head < 0 || !(w.deprel === 'obj' || w.deprel === 'nsubj:pass')) return null;
  const verb = w.head;
  const lemma = syn.words[verb].lemma.toLowerCase();
  // "pushed back", "called off": the parse makes the particle compound:prt or advmod
  const particles = dependents(syn, verb, 'compound:prt', 'advmod').map((k) => syn.words[k].text.toLowerCase());
  if (CALL_OFF.has(lemma) || (lemma === 'call' && particles.includes('off'))) return 'negated';
  if (PUT_OFF.has(lemma)) return 'planned';
  if (!MOVE.has(lemma)) return null;
  if (particles.some((p) => MOVE_PARTICLES.has(p))) return 'planned';
  // "to Friday", "until next month": the parse hangs it on the verb or on the noun
  const toTime = (k: number) => TO_A_TIME.has(caseMarker(syn, k) ?? '') && ctx.timeAt[firstTokenAtOrAfter(ctx.toks, syn.words[k].start)] >= 0;
  return [...dependents(syn, verb, 'obl', 'obl:*'), ...dependents(syn, noun, 'nmod', 'nmod:*')].some(toTime) ? 'planned' : null;
}
