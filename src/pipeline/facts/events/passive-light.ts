// An event noun as the passive subject of a light verb: "The agreement was signed in Geneva by both
// leaders", "the raids were carried out in Izmir on Monday". What follows the verb (where, when, by
// whom) belongs to the noun's event, as it does after "signed an agreement in Geneva". Read from the
// parse: the noun is nsubj:pass of the verb, and only auxiliaries and adverbs stand between them.
// Only a passive told as done counts ("was signed", "has been held", "is being conducted"): "can be
// reached", "when a ruling is made", "elections are held in March" say nothing of a place it happened.
import type { EventType, Syntax } from '../../../types.js';
import { isLightVerbFor } from '../../lexicons/events.js';
import { dependents, wordOfToken } from '../../syntax/query.js';

/**
 * The token after the light verb (and its particle, "carried out") whose passive subject is the noun at
 * token `noun`; -1 when the noun is no such subject. An agreement also takes a verb of concluding ("the deal
 * was announced on Monday").
 */
export function passiveLightVerbEnd(syn: Syntax | null, noun: number, type: EventType): number {
  if (!syn) return -1;
  const w = wordOfToken(syn, noun);
  if (w < 0 || syn.words[w].deprel !== 'nsubj:pass') return -1;
  const verb = syn.words[w].head;
  if (verb <= w || !isLightVerbFor(type, syn.words[verb].text.toLowerCase())) return -1;
  // "The agreement, which took months, was signed": only the verb's auxiliaries and adverbs in between
  for (let k = w + 1; k < verb; k++) {
    const between = syn.words[k];
    if (between.head !== verb || !(between.deprel.startsWith('aux') || between.deprel === 'advmod')) return -1;
  }
  if (!toldAsDone(syn, verb)) return -1;
  const particle = dependents(syn, verb, 'compound:prt').filter((p) => p === verb + 1);
  return syn.words[particle.length ? particle[0] : verb].token + 1;
}

/** Subordinators that make a clause a condition or a time still to come ("once a deal is reached"). */
const PROSPECTIVE = new Set(['if', 'unless', 'once', 'when', 'whenever', 'until', 'before']);

/** A passive in the past or perfect ("was", "were", "been", "being"), with no modal and no condition or time clause around it. */
function toldAsDone(syn: Syntax, verb: number): boolean {
  const auxes = dependents(syn, verb, 'aux', 'aux:pass');
  if (!auxes.some((a) => DONE_AUX.has(syn.words[a].text.toLowerCase()))) return false;
  if (auxes.some((a) => !['be', 'have'].includes(syn.words[a].lemma.toLowerCase()))) return false;
  return !dependents(syn, verb, 'mark', 'advmod').some((m) => PROSPECTIVE.has(syn.words[m].text.toLowerCase()));
}

const DONE_AUX = new Set(['was', 'were', 'been', 'being']);
