// The noun that names what a verb does ("evacuate" → "evacuation", "offered" → "offer"), for the
// title of an event whose type names nothing: "Evacuation of the wounded to the hospital" reads as a
// headline where the report's whole sentence ("The mission said its troops had helped evacuate …")
// read as a paragraph. WordNet's derivational links from the verb's first senses to nouns of acts,
// events, processes and communication, the noun spelt from the verb; none for a verb WordNet lacks
// or links to no such noun (then the title falls back to the sentence).
import { baseForms, installedWordNet, rememberedPerWordNet, type WordNet } from '../pipeline/lexicons/wordnet.js';
import { EVENT_VERBS } from '../pipeline/lexicons/events.js';

/** WordNet's lexicographer files of nouns that name a happening: noun.act, noun.communication, noun.event, noun.process. */
const HAPPENING_FILES = new Set([4, 10, 11, 22]);
/** The verb senses read: later ones are rare uses whose nouns name something else ("proviso"). */
const SENSES = 3;
/** Letters a noun shares with the start of its verb, at least: "closure" of "close", "election" of "elect". */
const MIN_SHARED = 4;

/** The noun naming the act of a verb (lemma or form), remembered per WordNet and word. */
const lookUp = rememberedPerWordNet((wn: WordNet, word: string): string | null => {
  const verbs = wn.synsets(word, 'v');
  // a trigger that is no verb is a noun already ("the evacuation", "a fire")
  if (!verbs.length) return wn.synsets(word, 'n').length ? word : null;
  const first = wn.synset(verbs[0]);
  const lemma = baseForms(word, 'v').find((f) => first?.words.includes(f)) ?? word;
  const found = [...new Set(verbs.slice(0, SENSES).flatMap((id) => derivedNouns(wn, id, lemma)))];
  return found.sort((a, b) => rank(wn, lemma, a, b))[0] ?? null;
});

/** The noun naming the act of `trigger` (a verb as written, or a noun), lower case; null when none is found. */
export function actionNoun(trigger: string, wn: WordNet | null = installedWordNet()): string | null {
  const word = trigger.trim().toLowerCase();
  if (!wn || !/^\p{L}+$/u.test(word)) return null;
  // WordNet's suffix rules undo no irregular form ("bought", "laid") nor a doubled consonant
  // ("scrapped", "putting" read as "putt"): the trigger lexicon that found the word knows its lemma
  return lookUp(wn, EVENT_VERBS.get(word)?.lemma ?? word);
}

/** The nouns of happenings a verb sense links to as derived from `lemma`, spelt from it. */
function derivedNouns(wn: WordNet, id: string, lemma: string): string[] {
  const s = wn.synset(id);
  if (!s) return [];
  const out = new Set<string>();
  for (const p of s.pointers) {
    if (p.symbol !== '+' || !p.target.startsWith('n:') || (p.sourceWord !== 0 && s.words[p.sourceWord - 1] !== lemma)) continue;
    const noun = wn.synset(p.target);
    if (!noun || !HAPPENING_FILES.has(noun.lexFile)) continue;
    for (const w of noun.words) if (!w.includes('_') && sharedStart(w, lemma) >= Math.min(MIN_SHARED, lemma.length - 1)) out.add(w);
  }
  return [...out];
}

/** The verb's own form first ("offer"), where WordNet's tagged corpus meets it as a noun at all (the noun
 *  "sell", never met, read "Sell of …" where "selling" was there), then the noun most often met (WordNet's
 *  tagged senses: "provision" before "proviso"), then one not in -ing ("closure" before "closing"), then the shorter. */
function rank(wn: WordNet, lemma: string, a: string, b: string): number {
  const own = (noun: string) => Number(noun === lemma && wn.taggedSenses(noun, 'n') > 0);
  return own(b) - own(a) || wn.taggedSenses(b, 'n') - wn.taggedSenses(a, 'n') || Number(a.endsWith('ing')) - Number(b.endsWith('ing')) || a.length - b.length;
}

function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
