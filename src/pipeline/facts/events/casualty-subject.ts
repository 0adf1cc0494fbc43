// A count of people as the subject of a casualty verb ("14 people have been killed", "three
// had died", "20 may have been wounded"): the parse carries the verb's auxiliaries, so any
// chain of them ("have been", "will have been", "may have been") reads like "were".
import type { Syntax } from '../../../types.js';
import { countedNoun, wordOfToken } from '../../syntax/query.js';
import { INJURED_WORDS, KILLED_WORDS } from '../../lexicons/events.js';

/** Verbs whose subject dies itself ("died"); the others kill or hurt their subject only in the passive. */
const DYING_VERBS = new Set(['died']);

/** The casualty a number at token `core` counts as the subject of "killed", "died" or "wounded"; null otherwise. */
export function casualtyOfSubject(syn: Syntax, core: number): 'killed' | 'injured' | null {
  const num = wordOfToken(syn, core);
  if (num < 0) return null;
  const nominal = countedNoun(syn, num) ?? num;
  const { deprel, head } = syn.words[nominal];
  if (head < 0) return null;
  const verb = syn.words[head].text.toLowerCase();
  const relation = DYING_VERBS.has(verb) ? 'nsubj' : 'nsubj:pass';
  if (deprel !== relation) return null;
  if (KILLED_WORDS.has(verb)) return 'killed';
  if (INJURED_WORDS.has(verb)) return 'injured';
  return null;
}
