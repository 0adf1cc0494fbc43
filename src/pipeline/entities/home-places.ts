// "at his Lake Orwell home", "the Harbor Point home", "his Ohio relatives": a name the
// tagger typed as a body that modifies a noun for where people live or for their kin says where
// they live or come from, a place. The parse decides the shape (the name a compound of the noun,
// which heads its own phrase: "a Redmond home loan" is a loan), WordNet the noun: its most
// frequent sense is a dwelling or residence ("home", "house", "apartment") or a relative
// ("relatives", "cousins"). A one-word name must be a place the gazetteer knows and no surname of
// a person the article names, so a surname the tagger misread ("the Abbott home") is not made a
// place; a name of several words is taken as it stands. Surnames before "family" are family-names.ts's. The result settles the type, so the
// article's other mentions of the name follow it (one type per name per article).
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, isKindOf, rememberedPerWordNet, type WordNet } from '../lexicons/wordnet.js';
import { headOfSpan } from '../syntax/query.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** Where people live ("home", "house", "apartment"): a noun whose first sense is one of these, or a kind of one a step or two up. */
const DWELLINGS: readonly string[] = ['dwelling', 'housing', 'residence', 'home'];
/** Who people are kin to: "relatives", "cousins", "parents". */
const KIN: readonly string[] = ['relative'];

/** Whether a noun's most frequent sense is a dwelling or a relative. */
export const isHomeOrKinNoun = rememberedPerWordNet((wn, lemma) => {
  const first = wn.synsets(lemma, 'n')[0];
  return (
    first !== undefined &&
    // by each synset's head word: "family" shares a synset with "home" and "house" (a household)
    // but is family-names.ts's, a surname's more often than a place's
    (isKindOf(wn, first, (s) => DWELLINGS.includes(s.words[0]), { maxHops: 2 }) || isKindOf(wn, first, (s) => KIN.includes(s.words[0]), { maxHops: 3 }))
  );
});

export function typeHomePlaces(mentions: Mention[], syn: Syntax | undefined, locked: ReadonlySet<Mention>, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || !wn || syn.words.length === 0) return { mentions, settled };
  // "the Lowell home" where the article names Ann Lowell: a family's, though towns bear the name
  const surnames = new Set(mentions.filter((m) => m.type === 'PER').map((m) => m.text.split(/\s+/u).at(-1)!));
  const out = mentions.map((m) => {
    if (m.type !== 'ORG' || m.title || locked.has(m)) return m;
    const head = headOfSpan(syn, m);
    if (head === null || syn.words[head].deprel !== 'compound') return m;
    const noun = syn.words[syn.words[head].head];
    // the noun itself a modifier ("a Redmond home loan"): no home
    if (!noun || noun.start < m.end || noun.upos !== 'NOUN' || noun.deprel === 'compound' || !/^\p{Ll}+$/u.test(noun.text)) return m;
    if (!isHomeOrKinNoun(wn, noun.lemma.toLowerCase())) return m;
    if (!/\s/u.test(m.text) && (surnames.has(m.text) || candidates(gazetteer(), m.text).entries.length === 0)) return m;
    const place: Mention = { ...m, type: 'LOC' };
    settled.add(place);
    return place;
  });
  return { mentions: out, settled };
}
