// "from Angkor Wat, the fabled 11th century temple", "Zinder, a town in the south": a name the parse
// renames with a noun for a place or a building is a place (LOC, as CoNLL annotates facilities),
// though the tagger read an unfamiliar name as a person. WordNet decides the noun: its most frequent
// sense is filed under places (noun.location) or is a kind of structure. Only a noun after the name
// renames it ("secretary of state Colin Powell" is no place), and only with "the", "a" or "an".
// Titled names stay people.
// The result settles the type, so the article's other mentions of the name follow it.
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, isKindOf, type WordNet } from '../lexicons/wordnet.js';
import { appositions, dependents, headOfSpan, sentenceOfWord } from '../syntax/query.js';

/** WordNet's lexicographer files of places (noun.location) and of people (noun.person). */
const NOUN_LOCATION = 15;
const NOUN_PERSON = 18;

function namesPlace(wn: WordNet, lemma: string): boolean {
  const first = wn.synsets(lemma, 'n')[0];
  if (first === undefined || lemma.length < 3 || wn.lexFile(first) === NOUN_PERSON) return false;
  // a common noun, not a name WordNet writes in capitals ("de": Delaware)
  const s = wn.synset(first);
  const k = s ? s.words.indexOf(lemma) : -1;
  if (!s || k < 0 || s.lowerCase?.[k] === false) return false;
  return wn.lexFile(first) === NOUN_LOCATION || isKindOf(wn, first, (s) => s.words[0] === 'structure', { maxHops: 6 });
}

/** ", the fabled 11th century temple that …" right after a name: the parse does not always attach it as an apposition. */
const SURFACE_APPOSITION = /^,[ \t]+(?:the|a|an)[ \t]+(?:[\p{Ll}\p{N}-]+[ \t]+){0,4}?(\p{Ll}+)(?=[ \t]*[,.;]|[ \t]+(?:that|which|where|in|of|near|outside)[ \t])/u;

function renamingNouns(text: string, m: Mention, syn: Syntax, head: number): string[] {
  const parsed = appositions(syn, head).filter((a) => {
    const w = syn.words[a];
    // with an article of its own: "whose hometown, Miami," renames no one
    const article = dependents(syn, a, 'det').some((d) => /^(?:the|a|an)$/iu.test(syn.words[d].text));
    return article && w.upos === 'NOUN' && /^\p{Ll}+$/u.test(w.text) && sentenceOfWord(syn, a) === sentenceOfWord(syn, head) && w.start >= m.end;
  });
  if (parsed.length) return parsed.map((a) => syn.words[a].lemma.toLowerCase());
  const surface = SURFACE_APPOSITION.exec(text.slice(m.end, m.end + 80));
  return surface ? [surface[1]] : [];
}

export function typeAppositivePlaces(text: string, mentions: Mention[], syn: Syntax | undefined, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || !wn || syn.words.length === 0) return { mentions, settled };
  const out = mentions.map((m) => {
    if (m.type !== 'PER' || m.title) return m;
    const head = headOfSpan(syn, m);
    if (head === null) return m;
    const renaming = renamingNouns(text, m, syn, head);
    if (renaming.length === 0 || !renaming.every((noun) => namesPlace(wn, noun))) return m;
    const typed: Mention = { ...m, type: 'LOC' };
    settled.add(typed);
    return typed;
  });
  return { mentions: out, settled };
}
