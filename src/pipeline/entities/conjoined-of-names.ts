// A body named "X of Y and Z" ("the Office of Management and Budget", "the Ministry of Trade and
// Industry") that the tagger ended at "Y": the capitalised word the parse coordinates by that "and"
// is the rest of what the body is "of", not a name of its own. Only a single
// word no other mention covers, written with a capital inside the sentence and followed by no
// further capitalised word: "the Bank of England and Barclays" keeps Barclays, which the tagger names.
import type { Mention, Syntax } from '../../types.js';
import { sentenceOfWord, wordAt } from '../syntax/query.js';

/** An organisation's name that ends "of" and one capitalised word. */
const ENDS_IN_OF_WORD = /\sof\s+\p{Lu}[\p{L}-]*$/u;

export function joinConjoinedOfNames(text: string, mentions: Mention[], syn: Syntax | undefined): Mention[] {
  if (!syn || syn.words.length === 0) return mentions;
  return mentions.map((m) => {
    if (m.type !== 'ORG' || !ENDS_IN_OF_WORD.test(m.text)) return m;
    const last = wordAt(syn, m.end - 1);
    if (last === null || syn.words[last].end !== m.end) return m;
    const cc = syn.words[last + 1];
    const conjunct = syn.words[last + 2];
    if (cc?.text !== 'and' || conjunct === undefined || sentenceOfWord(syn, last + 2) !== sentenceOfWord(syn, last)) return m;
    // "and" coordinates that word (the parser may hang the word itself on the verb)
    if (cc.head !== last + 2 || !/^\p{Lu}\p{Ll}+$/u.test(conjunct.text)) return m;
    const next = syn.words[last + 3];
    if (next !== undefined && sentenceOfWord(syn, last + 3) === sentenceOfWord(syn, last) && /^\p{Lu}/u.test(next.text)) return m;
    if (mentions.some((o) => o !== m && o.start < conjunct.end && conjunct.start < o.end)) return m;
    return { ...m, end: conjunct.end, text: text.slice(m.start, conjunct.end) };
  });
}
