// A word capitalised for where it stands, not as part of a name, that the tagger took into the
// name beside it. At a sentence's start: a word news never capitalises mid-sentence (the casing
// prior's lowest bucket) that the parse reads as a function word, verb or adverb, or as an
// adjective WordNet knows no noun for ("In New York Stock Exchange composite trading", "Several
// Big Board firms", "Replied State Department officials"). It stays when it is an article ("The
// Hague", "The Associated Press", as the gold files write them), a word that can name ("Secret
// Service", "Rose Bowl"), a MISC name's word (a work's title: "In Cold Blood"), written with the
// same next word in another mention ("All Ticket" … "All Ticket Group PLC"), or when its cut would
// leave one word the article never writes alone. At the name's end: the first word of an office
// WordNet knows, when the word names no body ("US Vice President Al Gore" → "US"; "U.S. Treasury
// Secretary" keeps its department), the office's second word perhaps abbreviated ("U.S. Navy Vice
// Adm. Bill Gortney": WordNet's "vice admiral"). Both are cut off.
import type { Mention, Segmentation, Syntax } from '../../types.js';
import { installedWordNet, type WordNet } from '../lexicons/wordnet.js';
import { wordAt } from '../syntax/query.js';
import { sentenceStartOffsets } from '../segment/sentence-starts.js';
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
  const sentenceStarts = sentenceStartOffsets(seg);
  /** A sentence's first word that is no name's word, read off the parse. */
  const opensNoName = (word: string, at: number): boolean => {
    if (!syntax || ARTICLES.has(word.toLowerCase()) || casing.get(word.toLowerCase()) !== NEVER_CAPITALISED) return false;
    const w = wordAt(syntax, at);
    const upos = w === null ? null : syntax.words[w].upos;
    return upos !== null && (NOT_NAME_WORDS.has(upos) || (upos === 'ADJ' && wn !== null && wn.synsets(word.toLowerCase(), 'n').length === 0));
  };
  // the names the article writes alone
  const written = new Set(mentions.map((m) => m.text));
  /** The name's first two words open another mention too ("All Ticket" … "All Ticket Group PLC"): the word is the name's. */
  const writtenTwice = (m: Mention) => {
    const two = /^\S+\s+\S+/u.exec(m.text)?.[0];
    return two !== undefined && mentions.some((o) => o !== m && (o.text === two || o.text.startsWith(`${two} `)));
  };
  /** What is left is a name of two words or more, or one the article writes alone, and the word is not written twice with it. */
  const leaves = (m: Mention, rest: string) => (/\s/u.test(rest) || written.has(rest)) && !writtenTwice(m);
  return mentions.map((m) => {
    if (m.type === 'MISC') return m;
    let { start, end } = m;
    let name = m.text;
    const first = FIRST_WORD.exec(name);
    if (first && sentenceStarts.has(start) && opensNoName(first[1], start) && leaves(m, name.slice(first[0].length))) {
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    const last = m.type === 'PER' ? null : LAST_WORD.exec(name);
    const next = last ? NEXT_WORD.exec(text.slice(end, end + 40)) : null;
    if (last && next && wn && (isOfficeWord(`${last[1]}_${next[1]}`, wn) || opensAbbreviatedOffice(last[1], next[1], text[end + next[0].length], wn)) && !namesBody(last[1], wn)) {
      end -= last[0].length;
      name = name.slice(0, last.index);
    }
    return name === m.text ? m : { ...m, start, end, text: name };
  });
}

/** "Vice" before "Adm.": an office of two words WordNet knows ("vice_admiral") whose second the article abbreviates with a stop. */
function opensAbbreviatedOffice(word: string, abbreviated: string, after: string | undefined, wn: WordNet): boolean {
  if (after !== '.') return false;
  const opening = `${word}_${abbreviated}`.toLowerCase();
  return wn.lemmasOpeningWith(word, 'n').some((lemma) => lemma.startsWith(opening) && lemma.split('_').length === 2 && isOfficeWord(lemma, wn));
}

/** Whether WordNet knows the word as a group ("Treasury": the department), not only a modifier ("Vice"). */
function namesBody(word: string, wn: WordNet): boolean {
  return wn.synsets(word.toLowerCase(), 'n').some((id) => wn.lexFile(id) === NOUN_GROUP);
}
