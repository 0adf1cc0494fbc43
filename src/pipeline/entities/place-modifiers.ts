// "a Miami judge", "his Florida relatives": a place's name before a noun for people says where they
// are from, and is the place, though the tagger, reading a name before a noun as an organisation's
// ("a Ford engineer"), calls it one. Read off the parse: the name modifies (compound) a common noun
// whose first WordNet sense is a person's (noun.person), and the gazetteer knows the name as a
// country, region or well-known or sizeable town. A company the article names with the place's
// name in it ("Mesa Airlines" … "Mesa pilots") leaves it alone, and so do a settled or titled name and
// one after a capitalised word that may open a longer name the tagger cut ("The First Boston executive").
import type { Mention, Syntax } from '../../types.js';
import { headOfSpan, sentenceOfWord } from '../syntax/query.js';
import { installedWordNet, type WordNet } from '../../corpus/events/wordnet.js';
import { isPlaceName } from './company-short-names.js';

const NOUN_PERSON = 18;

/** Whether a word's first noun sense is a person's ("judge", "relatives", "benefactors"). */
function isPersonNoun(wn: WordNet, lemma: string): boolean {
  const first = wn.synsets(lemma.toLowerCase(), 'n')[0];
  return first !== undefined && wn.lexFile(first) === NOUN_PERSON;
}

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The index of the word just before a span (-1 for none). */
function wordBefore(syn: Syntax, span: Mention): number {
  let i = -1;
  syn.words.forEach((w, k) => {
    if (w.end <= span.start) i = k;
  });
  return i;
}

/** Place names the tagger typed as organisations before a noun for people, typed LOC (and settled). */
export function typePlaceModifiers(mentions: Mention[], syn: Syntax | undefined, settled: ReadonlySet<Mention>, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const out = new Set<Mention>();
  if (!syn || !wn) return { mentions, settled: out };
  const orgs = mentions.filter((m) => m.type === 'ORG');
  const typed = mentions.map((m) => {
    if (m.type !== 'ORG' || m.title || m.typeSettled || settled.has(m)) return m;
    const head = headOfSpan(syn, m);
    if (head === null) return m;
    const word = syn.words[head];
    if (word.deprel !== 'compound' || word.head < 0) return m;
    const noun = syn.words[word.head];
    if (noun.upos !== 'NOUN' || noun.start < m.end || !/^\p{Ll}/u.test(noun.text) || !isPersonNoun(wn, noun.lemma)) return m;
    // a capitalised word right before it may open a longer name the tagger cut ("The First Boston
    // executive"), and an organisation the article names with the place's name in it may be what
    // the short form stands for ("Mesa Airlines" … "Mesa pilots")
    const prev = wordBefore(syn, m);
    if (prev >= 0 && sentenceOfWord(syn, prev) === sentenceOfWord(syn, head) && /^\p{Lu}/u.test(syn.words[prev].text) && (syn.words[prev].upos === 'PROPN' || (prev > 0 && sentenceOfWord(syn, prev - 1) === sentenceOfWord(syn, prev)))) return m;
    const within = new RegExp(`(?:^|\\s)${escaped(m.text)}(?:\\s|$)`, 'u');
    if (orgs.some((o) => o.text !== m.text && within.test(o.text)) || !isPlaceName(m.text)) return m;
    const loc: Mention = { ...m, type: 'LOC' };
    out.add(loc);
    return loc;
  });
  return out.size ? { mentions: typed, settled: out } : { mentions, settled: out };
}
