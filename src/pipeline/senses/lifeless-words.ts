// Nouns for things that cannot die ("the craze", "the bill", "the engine"): a clause that says one "died" tells
// of something ending, not of a death.
import { installedWordNet } from '../lexicons/wordnet.js';

/**
 * WordNet's lexicographer files of nouns for what lives or stands for the living: noun.Tops, noun.animal,
 * noun.body, noun.group ("the crew", "the family"), noun.person, noun.plant, and noun.quantity, whose
 * words count people as often as things ("dozens died", "hundreds").
 */
const LIVING_OR_COUNTING = new Set([3, 5, 8, 14, 18, 20, 23]);

const cache = new Map<string, boolean>();

/**
 * Is a common noun (its lemma) a thing that cannot die: WordNet knows it as a noun, and none of its noun senses is
 * a living being, a group or a quantity ("craze", "bill", "engine"; not "star", which may be a person, nor "crew")?
 * Unknown words are not (they may be anyone).
 */
export function isLifelessWord(lemma: string): boolean {
  let yes = cache.get(lemma);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  const senses = wn?.synsets(lemma, 'n') ?? [];
  yes = !!wn && senses.length > 0 && senses.every((id) => !LIVING_OR_COUNTING.has(wn.lexFile(id)));
  cache.set(lemma, yes);
  return yes;
}
