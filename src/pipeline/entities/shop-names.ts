// "the Harry Winston jewelry store", "a Ralph Lauren boutique": a name the tagger read as a person
// that the parse makes the modifier of a shop ("store", "boutique", "outlet": a noun whose most
// frequent WordNet sense is a kind of mercantile establishment), directly or through the noun that
// says what the shop sells ("jewelry store"), names the business, which is called after its founder.
// A person's own shop is written with a possessive ("Harry's store"), which the parse does not make
// a modifier. The result settles the type, so the article's other mentions of the name follow it
// (one type per name per article).
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, isKindOf, rememberedPerWordNet, type WordNet } from '../lexicons/wordnet.js';
import { headOfSpan } from '../syntax/query.js';

/** Whether the noun's most frequent sense is a kind of shop (WordNet's mercantile establishment). */
export const isShopNoun = rememberedPerWordNet((wn, lemma) => {
  const first = wn.synsets(lemma, 'n')[0];
  return first !== undefined && isKindOf(wn, first, (s) => s.words.includes('mercantile_establishment'), { maxHops: 3 });
});

/** Mentions of persons' names that modify a shop noun, retyped ORG, and those mentions (settled). */
export function typeShopNames(mentions: Mention[], syn: Syntax | undefined, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || !wn || syn.words.length === 0) return { mentions, settled };
  const isShop = (i: number) => {
    const w = syn.words[i];
    return w !== undefined && w.upos === 'NOUN' && /^\p{Ll}+$/u.test(w.text) && isShopNoun(wn, w.lemma.toLowerCase());
  };
  const out = mentions.map((m) => {
    if (m.type !== 'PER' || m.title || m.typeSettled) return m;
    const head = headOfSpan(syn, m);
    if (head === null || syn.words[head].deprel !== 'compound') return m;
    const noun = syn.words[head].head;
    // "the X jewelry store": the parse hangs the name on the shop or on the noun before it
    const shop = isShop(noun) || (syn.words[noun]?.deprel === 'compound' && isShop(syn.words[noun].head));
    if (!shop) return m;
    const business: Mention = { ...m, type: 'ORG' };
    settled.add(business);
    return business;
  });
  return { mentions: settled.size ? out : mentions, settled };
}
