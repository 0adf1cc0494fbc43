// Where a natural disaster struck when only an adjective on its noun says so: "the Ecuadorean
// earthquake", "the Asian tsunami disaster". A nationality before an attack or an arrest says who
// acted ("Chilean police"), never where; a disaster has no doer, so a country's or a continent's
// adjective on its noun can only say where it struck.
import type { Place } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { lookupPlace } from '../../places/index.js';
import { dependents, wordOfToken } from '../../syntax/query.js';
import { adjectiveCountry } from './setting.js';
import { DISASTER_THEME, happeningNoun } from '../../senses/word-senses.js';
import type { EventMention } from './mentions.js';

export interface AdjectivePlace {
  start: number;
  end: number;
  text: string;
  place: Place;
}

/** The place a country's or continent's adjective on a disaster noun names, cited as the adjective; null otherwise. */
export function disasterAdjectivePlace(ctx: FactsContext, m: Pick<EventMention, 'kind' | 'theme' | 'trigger'>): AdjectivePlace | null {
  const syn = ctx.syntax;
  if (!syn || m.kind !== 'noun' || m.theme !== DISASTER_THEME) return null;
  const word = wordOfToken(syn, m.trigger);
  if (word < 0) return null;
  // "the Asian tsunami disaster": the adjective may sit on the word for the happening the disaster word modifies
  const heads = [word];
  const w = syn.words[word];
  if (w.deprel === 'compound' && w.head >= 0 && happeningNoun(syn.words[w.head].text.toLowerCase())) heads.push(w.head);
  for (const h of heads)
    for (const d of dependents(syn, h, 'amod')) {
      const adj = syn.words[d];
      const place = adj.upos === 'ADJ' || adj.upos === 'PROPN' ? placeOfAdjective(adj.text) : null;
      if (place) return { start: adj.start, end: adj.end, text: adj.text, place };
    }
  return null;
}

/** The country an adjective belongs to ("Ecuadorean"), or the continent or macro-region it is formed
 *  from by "-n"/"-an" ("Asian", "African", "European"); a word that could be several countries' is none. */
export function placeOfAdjective(word: string): Place | null {
  const country = adjectiveCountry(word);
  if (country) return lookupPlace(country);
  if (!/an$/i.test(word)) return null;
  for (const stem of [word.slice(0, -1), word.slice(0, -2)]) {
    const p = lookupPlace(stem);
    // only a region no country holds: "Balkan" is also a province of Turkmenistan
    if (p && !p.countryCode && p.kind === 'other') return p;
  }
  return null;
}
