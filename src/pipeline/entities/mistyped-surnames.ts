// "Derek Vance" … "Vance", both typed organisations: the tagger, not knowing a person's name, can read
// the full name and the bare surname after it as an organisation's, and the person rules (which link
// persons only) leave the surname apart. A one-word name is the one two-word name of its article, of
// its own type (an organisation or a thing), that ends in it and opens with a given name, written
// before it. The given name is one news knows (isGivenName) or one the article writes alone with
// that type too ("Derek" … "Vance"). Whichever the entity is, a person or a firm named after one
// ("Dean Whitby" … "Whitby"), the bare name is it. Never a country's or region's name or a nationality, a title's
// name, nor a word that opens another name of the article ("Vance Holdings": the firm, not the man).
import type { EntityType } from '../../types.js';

export interface ArticleName {
  type: EntityType;
  /** Name words without a title (name keys). */
  tokens: string[];
  title: string | null;
  /** Resolved already (an alias, a longer name). */
  settled: boolean;
  /** Where the mention starts. */
  start: number;
  /** The mention as written. */
  text: string;
}

const TYPES: ReadonlySet<EntityType> = new Set(['ORG', 'MISC']);

/** One-word names (index) → the index of the first mention of the two-word name each is the surname of. */
export function mistypedSurnames(names: readonly ArticleName[], isGivenName: (word: string) => boolean, isPlaceWord: (text: string) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  const full = names.flatMap((n, i) => (TYPES.has(n.type) && !n.title && n.tokens.length === 2 ? [i] : []));
  if (full.length === 0) return out;
  const alone = new Set(names.filter((n) => TYPES.has(n.type) && !n.title && n.tokens.length === 1).map((n) => `${n.type}:${n.tokens[0]}`));
  const opening = new Set(names.filter((n) => n.tokens.length >= 2).map((n) => n.tokens[0]));
  const givenOpening = (n: ArticleName) => isGivenName(n.tokens[0]) || alone.has(`${n.type}:${n.tokens[0]}`);
  names.forEach((n, i) => {
    if (!TYPES.has(n.type) || n.settled || n.title || n.tokens.length !== 1) return;
    const word = n.tokens[0];
    if (word.length < 3 || opening.has(word) || !/^\p{Lu}\p{Ll}+$/u.test(n.text) || isPlaceWord(n.text)) return;
    const bearers = full.filter((k) => names[k].type === n.type && names[k].tokens[1] === word && names[k].start < n.start && givenOpening(names[k]));
    const keys = new Set(bearers.map((k) => names[k].tokens.join(' ')));
    if (keys.size === 1) out.set(i, bearers[0]);
  });
  return out;
}
