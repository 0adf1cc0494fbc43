// "Ann Lee, equity strategist at Kessler Moran", "a doctor at Linden Hospital": a name right
// after a noun for a person's occupation and "at" is where that person works, an organisation,
// though the tagger reads a name made of personal names as a person, or an unknown name after
// "at" as a place. WordNet decides the noun: its most frequent sense is filed under people
// (noun.person). Places the gazetteer knows are left alone ("a teacher at Springfield"), as are
// titled names. The result settles the type, so the article's other mentions of the name follow
// it (one type per name per article).
import type { Mention, Syntax } from '../../types.js';
import { installedWordNet, type WordNet } from '../../corpus/events/wordnet.js';
import { caseMarker, dependents, headOfSpan, sentenceOfWord } from '../syntax/query.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';

/** WordNet's lexicographer file of people (noun.person). */
const NOUN_PERSON = 18;

export function typeEmployers(mentions: Mention[], syn: Syntax | undefined, wn: WordNet | null = installedWordNet()): { mentions: Mention[]; settled: Set<Mention> } {
  const settled = new Set<Mention>();
  if (!syn || !wn || syn.words.length === 0) return { mentions, settled };
  const out = mentions.map((m) => {
    if ((m.type !== 'PER' && m.type !== 'LOC') || m.title) return m;
    const head = headOfSpan(syn, m);
    if (head === null || caseMarker(syn, head) !== 'at' || !syn.words[head].deprel.startsWith('nmod')) return m;
    // the noun right before "at": the parse often hangs "at X" on the person the noun describes
    // ("Tom Reyes, an analyst at X")
    const at = dependents(syn, head, 'case').find((c) => syn.words[c].text.toLowerCase() === 'at');
    const noun = at === undefined || at === 0 ? undefined : syn.words[at - 1];
    if (!noun || noun.upos !== 'NOUN' || !/^\p{Ll}+$/u.test(noun.text) || sentenceOfWord(syn, at! - 1) !== sentenceOfWord(syn, at!)) return m;
    const first = wn.synsets(noun.lemma.toLowerCase(), 'n')[0];
    if (first === undefined || wn.lexFile(first) !== NOUN_PERSON) return m;
    if (candidates(gazetteer(), m.text).entries.length > 0) return m;
    const typed: Mention = { ...m, type: 'ORG' };
    settled.add(typed);
    return typed;
  });
  return { mentions: out, settled };
}
