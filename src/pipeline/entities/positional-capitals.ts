// A word capitalised for where it stands, not as part of a name, that the tagger took into the
// name beside it. At a sentence's start: a word news never capitalises mid-sentence (the casing
// prior's lowest bucket) that the parse reads as a function word, verb or adverb, or as an
// adjective WordNet knows no noun for ("In New York Stock Exchange composite trading", "Several
// Big Board firms", "Replied State Department officials"); an article stays ("The Hague", "The
// Associated Press", as the gold files write them), and so do words that can name ("Secret
// Service", "Rose Bowl") and a MISC name's words (a work's title: "In Cold Blood"). At the name's
// end: the first word of an office WordNet knows, when the word names no body ("US Vice President
// Al Gore" → "US"; "U.S. Treasury Secretary" keeps its department). Both are cut off.
import type { Mention, Segmentation, Syntax } from '../../types.js';
import { installedWordNet, type WordNet } from '../../corpus/events/wordnet.js';
import { wordAt } from '../syntax/query.js';
import { isOfficeWord } from './office-titles.js';

/** The casing prior's bucket of words news never capitalises mid-sentence. */
const NEVER_CAPITALISED = 1;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
/** Parts of speech no name starts with: function words, verbs and adverbs. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set(['ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'VERB', 'ADV']);
/** WordNet's lexicographer file of groups (noun.group): "Treasury", "Agriculture" name departments. */
const NOUN_GROUP = 14;
/** The name's first word, the space after it, and a capital starting the rest. */
const FIRST_WORD = /^(\p{Lu}\p{Ll}*)[ \t]+(?=\p{Lu})/u;
/** A space and the name's last word, after a word of the name. */
const LAST_WORD = /[ \t]+(\p{Lu}\p{Ll}+)$/u;
/** The capitalised word right after a mention. */
const NEXT_WORD = /^[ \t]+(\p{Lu}\p{Ll}+)/u;

export function cutPositionalCapitals(
  text: string,
  mentions: Mention[],
  seg: Segmentation,
  casing: ReadonlyMap<string, number>,
  syntax?: Syntax,
  wn: WordNet | null = installedWordNet(),
): Mention[] {
  const sentenceStarts = new Set<number>();
  for (let s = 0; s < seg.sentenceTokenStart.length - 1; s++) {
    const t = seg.tokens[seg.sentenceTokenStart[s]];
    if (t) sentenceStarts.add(t.start);
  }
  /** A sentence's first word that is no name's word, read off the parse. */
  const opensNoName = (word: string, at: number): boolean => {
    if (!syntax || ARTICLES.has(word.toLowerCase()) || casing.get(word.toLowerCase()) !== NEVER_CAPITALISED) return false;
    const w = wordAt(syntax, at);
    const upos = w === null ? null : syntax.words[w].upos;
    return upos !== null && (NOT_NAME_WORDS.has(upos) || (upos === 'ADJ' && wn !== null && wn.synsets(word.toLowerCase(), 'n').length === 0));
  };
  return mentions.map((m) => {
    if (m.type === 'MISC') return m;
    let { start, end } = m;
    let name = m.text;
    const first = FIRST_WORD.exec(name);
    if (first && sentenceStarts.has(start) && opensNoName(first[1], start)) {
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    const last = m.type === 'PER' ? null : LAST_WORD.exec(name);
    const next = last ? NEXT_WORD.exec(text.slice(end, end + 40)) : null;
    if (last && next && wn && isOfficeWord(`${last[1]}_${next[1]}`, wn) && !namesBody(last[1], wn)) {
      end -= last[0].length;
      name = name.slice(0, last.index);
    }
    return name === m.text ? m : { ...m, start, end, text: name };
  });
}

/** Whether WordNet knows the word as a group ("Treasury": the department), not only a modifier ("Vice"). */
function namesBody(word: string, wn: WordNet): boolean {
  return wn.synsets(word.toLowerCase(), 'n').some((id) => wn.lexFile(id) === NOUN_GROUP);
}
