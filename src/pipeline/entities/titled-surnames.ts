// "Mark Felt" opening an article, typed a place, and "Mr Felt" all through the body: a name
// of a given name and a surname that its article writes after a personal title ("Mr", "Mrs", "Ms")
// is a person's, whatever type the tagger or a rule upstream gave the full name (the parse read
// "Mark Felt, the most famous anonymous source" as a place in apposition). The title is the article's own word
// that the surname is a person's; the first word must be a given name news knows, so a company or
// place named after someone ("Morgan Stanley" beside a "Mr Stanley") keeps its type.
import type { EntityType } from '../../types.js';
import type { NameGender } from '../reference/given-name-gender.js';
import { nameKey } from './names.js';

export interface TypedName {
  type: EntityType;
  /** Name words without a title. */
  tokens: string[];
  title: string | null;
  /** Resolved already (an alias, a longer name): its type is decided. */
  settled: boolean;
  /** The mention's type may not move (the dateline's town). */
  typeSettled?: boolean;
}

/**
 * Indices of two-word names not typed PER whose surname the article writes alone after a gendered
 * personal title (titleGenders: the gender each mention's own title gives) and whose first word is a
 * given name (isGivenName).
 */
export function titledSurnameNames(names: readonly TypedName[], titleGenders: ReadonlyArray<NameGender | undefined>, isGivenName: (word: string) => boolean): number[] {
  const titled = new Set<string>();
  names.forEach((n, i) => {
    if (n.type === 'PER' && n.title && titleGenders[i] && n.tokens.length === 1) titled.add(nameKey(n.tokens[0]));
  });
  if (titled.size === 0) return [];
  const out: number[] = [];
  names.forEach((n, i) => {
    if (n.type === 'PER' || n.settled || n.typeSettled || n.title || n.tokens.length !== 2) return;
    if (!titled.has(nameKey(n.tokens[1])) || !isGivenName(n.tokens[0])) return;
    out.push(i);
  });
  return out;
}
