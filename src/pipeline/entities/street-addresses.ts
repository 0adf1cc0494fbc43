// A name written after a house number and ending in a street word ("of 1909 Jolinda Drive",
// "behind 2134 Caldwell Place", "3170 W. County Road 600S") is an address, a place: the tagger
// reads a capitalised first word plus "Drive" as a person's name. The street words are the
// figures lexicon's (data/figures/streets.tsv), which already keeps house numbers from being counts.
import type { Mention } from '../../types.js';
import { figureLexicon } from '../lexicons/figures.js';

/** A house number, then only capitalised words or initials up to the name ("3170 W. County "); never
 *  the second half of a score or vote ("a 5-4 Supreme Court ruling"). */
const NUMBER_BEFORE = /(?<![\p{L}\p{N}.,/\-–—])(\d{1,5})[A-Za-z]?((?:[ \t]+\p{Lu}[\p{L}.'’-]*)*[ \t]+)$/u;
/** A year after a word of time is a date, not a house number ("In 1973 Supreme Court justices …"). */
const YEAR_AFTER_TIME_WORD = /\b(?:in|since|by|until|till|before|after|from|during|between|and)[ \t]+$/iu;
/** A route number may follow the street word ("Road 600S", "Route 9"). */
const ROUTE_NUMBER = /^\p{N}[\p{L}\p{N}-]*$/u;

export interface AddressTypes {
  mentions: Mention[];
  /** Mentions made places here: evidence of their own, for the document's type harmonising. */
  settled: Set<Mention>;
}

export function typeStreetAddresses(text: string, mentions: Mention[]): AddressTypes {
  const settled = new Set<Mention>();
  const out = mentions.map((tagged) => {
    // the tagger may stop before the street word ("285 [Toure] Drive")
    const m = endsInStreetWord(tagged.text) ? tagged : withStreetWordAfter(text, tagged);
    if (m.title || !endsInStreetWord(m.text)) return tagged;
    const lineStart = text.lastIndexOf('\n', m.start - 1) + 1;
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(lineStart, m.start - 60), m.start));
    if (!before) return tagged;
    const year = Number(before[1]);
    const lead = text.slice(Math.max(lineStart, m.start - 60), m.start).slice(0, before.index);
    if (before[1].length === 4 && year >= 1000 && year <= 2099 && YEAR_AFTER_TIME_WORD.test(lead)) return tagged;
    // the capitalised words between the number and the name belong to the address ("W. County")
    const start = m.start - before[2].length + (before[2].length - before[2].trimStart().length);
    if (m.type === 'LOC' && start === m.start && m === tagged) return m;
    const place: Mention = { ...m, start, type: 'LOC', text: text.slice(start, m.end) };
    settled.add(place);
    return place;
  });
  return { mentions: dropSwallowed(out, settled), settled };
}

/** The mention with the capitalised street word that follows it ("Toure" + " Drive"), or itself. */
function withStreetWordAfter(text: string, m: Mention): Mention {
  const next = /^[ \t]+(\p{Lu}\p{Ll}+\.?)(?![\p{L}\p{N}])/u.exec(text.slice(m.end, m.end + 20));
  if (!next || !figureLexicon().streets.has(next[1].replace(/\.$/u, '').toLowerCase())) return m;
  const end = m.end + next[0].length;
  return { ...m, end, text: text.slice(m.start, end) };
}

function endsInStreetWord(name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2) return false;
  const last = ROUTE_NUMBER.test(words[words.length - 1]) ? words.length - 2 : words.length - 1;
  return last >= 0 && figureLexicon().streets.has(words[last].replace(/\.$/u, '').toLowerCase());
}

/** A mention inside an address that grew over it ("W." as its own name) goes. */
function dropSwallowed(mentions: Mention[], grown: Set<Mention>): Mention[] {
  if (grown.size === 0) return mentions;
  return mentions.filter((m) => grown.has(m) || ![...grown].some((g) => g.start <= m.start && m.end <= g.end));
}
