// "Daily Eleftherotypia warned …. “…,” the paper said": a noun for a newspaper, magazine or
// their publisher ("paper", "daily", "magazine", "tabloid", "weekly") is what a publication that
// has just spoken is called next. Read from WordNet, whose later senses hold these meanings
// ("paper" is first a material): any noun sense that is a kind of newspaper, periodical or
// publisher counts, so no word list of outlets' nicknames is needed.
import { installedWordNet, isKindOf } from '../lexicons/wordnet.js';

/** The synsets a publication noun is a kind of. */
const PUBLICATION_KINDS: ReadonlySet<string> = new Set(['newspaper', 'periodical', 'publisher']);
/** Hypernym steps looked up ("daily" → newspaper is one, "tabloid" → newspaper two). */
const MAX_HOPS = 3;

const memo = new Map<string, boolean>();

/** Whether some WordNet noun sense of the word is a newspaper, a periodical or a publisher. False without WordNet. */
export function isPublicationNoun(word: string): boolean {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const wn = installedWordNet();
  const yes = !!wn && wn.synsets(word, 'n').some((id) => isKindOf(wn, id, (syn) => syn.words.some((w) => PUBLICATION_KINDS.has(w)), { maxHops: MAX_HOPS }));
  if (wn) memo.set(word, yes);
  return yes;
}
