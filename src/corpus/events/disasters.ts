// What cross-document coreference reads of a natural disaster's reports: the words they call it by
// (as WordNet synsets), whether they speak of it as one the reader knows ("the tsunami"), and whether
// their place is a wide region ("south Asia") that may hold another report's country.
import type { EventRecord, Place } from '../../types.js';
import { lookupPlace } from '../../pipeline/places/index.js';
import { DISASTER_THEME, disasterNoun } from '../../pipeline/senses/word-senses.js';
import { installedWordNet } from './wordnet.js';

/** The disaster words a report uses for the event ("tsunamis across south Asia", "the quake"), each
 *  as its most frequent WordNet noun sense, so that synonyms ("quake", "earthquake") are one name;
 *  the word itself where WordNet is missing or lacks it. */
export function disasterNames(e: Pick<EventRecord, 'type' | 'theme' | 'trigger' | 'mentions'>): string[] {
  if (e.type !== 'other' || e.theme !== DISASTER_THEME) return [];
  const wn = installedWordNet();
  const names = new Set<string>();
  for (const span of [e.trigger, ...(e.mentions ?? [])])
    for (const word of span.text.toLowerCase().split(/[^\p{L}]+/u)) {
      const lemma = disasterNoun(word)?.lemma;
      if (lemma) names.add(wn?.synsets(lemma, 'n')[0] ?? lemma);
    }
  return [...names].sort();
}

/** Words that make a noun after them one the reader knows ("the", "this", "its"). */
const KNOWN = new Set(['the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our']);
/** Words a noun phrase does not run back across: "a"/"an" introduce a new one, and a preposition
 *  ends the phrase ("the fight against drought" does not make the drought a known one). */
const PHRASE_STOP = new Set(['a', 'an', 'another', 'any', 'no', 'some', 'of', 'in', 'on', 'at', 'by', 'from', 'for', 'against', 'with', 'to', 'after', 'before', 'following', 'since', 'during', 'over', 'under', 'into', 'amid', 'despite', 'because']);

/** True when one of the texts (the event's sentence, its mentions) names a disaster as one the
 *  reader knows: a disaster word whose phrase opens with "the", a possessive ("last week's
 *  earthquake", "Thursday's quake") or a demonstrative, within three words before it. */
export function namedAsKnown(texts: string[]): boolean {
  for (const text of texts) {
    const raw = text.toLowerCase().split(/\s+/);
    const words = raw.map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d'’]+$/gu, ''));
    for (let i = 0; i < words.length; i++) {
      if (!disasterNoun(words[i].replace(/['’]s?$/, ''))) continue;
      for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
        const w = words[k];
        // a comma or stop after the word ends the phrase before it
        if (!w || PHRASE_STOP.has(w) || /[,;:.!?)]$/.test(raw[k])) break;
        if (KNOWN.has(w) || /['’]s$/.test(w)) return true;
      }
    }
  }
  return false;
}

/** A continent or macro-region the gazetteer puts in no country ("Asia", "the Middle East"), or a
 *  part of one named by a compass word before it ("south Asia", "east Africa"). */
export function isWideRegion(place: Place | null | undefined, name: string): boolean {
  const wide = (p: Place | null | undefined) => !!p && !p.countryCode && p.kind === 'other';
  if (place) return wide(place);
  const words = name.trim().split(/\s+/);
  return words.length === 2 && /^(north|south|east|west|central|northern|southern|eastern|western|south-?east|south-?west|north-?east|north-?west)$/i.test(words[0]) && wide(lookupPlace(words[1]));
}
