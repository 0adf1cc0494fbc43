// Street names without a house number ("on Snyder Ave. near Nostrand Ave.", "at E. 52nd St."):
// places, settled, so the article's type harmonising cannot make persons of them (a lone "Ave"
// the tagger split off and called a person otherwise turns every "X Ave." into one). The tagger
// also stops before the street word ("Albany" + "Ave.", "Glenwood" + "Rd."), and misses a
// numbered street whole. Only words that end nothing but a street are read: "St." alone is also a
// saint or a state ("Wichita St."), so it counts only after an ordinal; "Court", "Place", "Lane",
// "Square" and the figures lexicon's other street words end bodies and surnames too. A French
// street or square opens with its word and a particle before the name ("Rue de Castiglione", "Place
// de la Concorde", "Quai d'Orsay"), which no body or person does ("Rue McClanahan" has no particle).
import type { Mention } from '../../types.js';

/** An abbreviation keeps its full stop when written on it ("Ave."), as the tagger spans it. */
const STREET_WORD = String.raw`(?:Street|Avenue|Road|Boulevard|(?:Ave|Rd|Blvd)(?:\.(?![\p{L}\p{N}]))?)`;
/** The street word as a name's last word. */
const ENDS_IN_STREET = new RegExp(String.raw`\s${STREET_WORD}$`, 'u');
/** The street word right after a name the tagger ended before it. */
const STREET_AFTER = new RegExp(String.raw`^[ \t]+${STREET_WORD}(?![\p{L}\p{N}])`, 'u');
/** "Rue de Castiglione", "Place de la Concorde", "Quai d'Orsay": a French street word, then a particle and the name. */
const FRENCH_STREET = /^(?:Rue|Avenue|Boulevard|Quai|Place)\s+(?:de\s+la\s+|de\s+|du\s+|des\s+|d['’]\s*)\p{Lu}/u;
/** "Place Vendôme", "Place Pigalle": a square named by one word, which no person or body opens with
 *  "Place" (a given name "Rue" does, so the street word needs its particle). */
const FRENCH_SQUARE = /^Place\s+\p{Lu}\p{Ll}+$/u;
/** "E. 52nd St.", "West 125th Street", "3rd Avenue": a numbered street, with its compass point. */
const NUMBERED_STREET = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?:[NSEW]|East|West|North|South)(?:[ \t]?\.)?[ \t]+)?\d{1,3}(?:st|nd|rd|th)[ \t]+(?:St(?:\.(?![\p{L}\p{N}]))?|${STREET_WORD})(?![\p{L}\p{N}])`,
  'gu',
);

/** "Route 9", "State Route 17", "Interstate 95", "Highway 1", "I-80": a numbered road, which the
 *  tagger cuts at the number or calls a body ("Interstate" alone). Only a capitalised road word
 *  written before its number: "Flight 103" or "Resolution 425" name no road, and a lower-case
 *  "state" before "Route" is no part of the name. */
const NUMBERED_ROAD = /(?<![\p{L}\p{N}-])(?:(?:State|U\.S\.|US)[ \t]+)?(?:Route|Interstate|Highway|I-)[ \t]?\d{1,3}(?![\p{L}\p{N}]|[.,]\d)/gu;

export interface StreetTypes {
  mentions: Mention[];
  /** The streets: their own words settle their type. */
  settled: Set<Mention>;
}

/** Streets made places (settled), grown over a street word the tagger left out, and numbered streets and roads added. */
export function typeStreetNames(text: string, mentions: Mention[]): StreetTypes {
  const settled = new Set<Mention>();
  const absorbed = new Set<Mention>();
  const out = mentions.map((m) => {
    if (m.title || m.type === 'MISC') return m;
    if (FRENCH_STREET.test(m.text) || FRENCH_SQUARE.test(m.text)) {
      const street: Mention = m.type === 'LOC' ? m : { ...m, type: 'LOC' };
      settled.add(street);
      return street;
    }
    const after = ENDS_IN_STREET.test(m.text) ? null : STREET_AFTER.exec(text.slice(m.end, m.end + 16));
    if (after === null && !ENDS_IN_STREET.test(m.text)) return m;
    const end = after ? m.end + after[0].length : m.end;
    const street: Mention = { ...m, end, type: 'LOC', text: text.slice(m.start, end) };
    for (const o of mentions) if (o !== m && o.start >= m.end && o.end <= end) absorbed.add(o);
    settled.add(street);
    return street;
  });
  for (const n of [...text.matchAll(NUMBERED_STREET), ...text.matchAll(NUMBERED_ROAD)]) {
    const start = n.index;
    const end = start + n[0].length;
    if ([...settled].some((s) => s.start <= start && end <= s.end)) continue;
    const street: Mention = { start, end, type: 'LOC', text: n[0] };
    for (const o of out) if (o.start < end && start < o.end) absorbed.add(o);
    settled.add(street);
    out.push(street);
  }
  if (settled.size === 0) return { mentions, settled };
  return { mentions: out.filter((m) => !absorbed.has(m)).sort((a, b) => a.start - b.start), settled };
}
