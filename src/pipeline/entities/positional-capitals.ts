// A word capitalised for where it stands, not as part of a name, that the tagger took into the
// name beside it: the sentence's first word when news never capitalises it mid-sentence ("In New
// York Stock Exchange composite trading", "Several Big Board firms"; the casing prior's lowest
// bucket), and the first word of an office that ends the name ("US Vice President Al Gore": WordNet
// knows "vice president" as an office, not "services secretary" or "force lieutenant"). Both are cut off, leaving the name. An article stays ("The Hague", "The
// Associated Press", as the gold files write them), and a MISC name keeps its words (a work's
// title: "In Cold Blood").
import type { Mention, Segmentation } from '../../types.js';
import { installedWordNet, type WordNet } from '../../corpus/events/wordnet.js';
import { isOfficeWord } from './office-titles.js';

/** The casing prior's bucket of words news never capitalises mid-sentence. */
const NEVER_CAPITALISED = 1;
const ARTICLES: ReadonlySet<string> = new Set(['the', 'a', 'an']);
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
  wn: WordNet | null = installedWordNet(),
): Mention[] {
  const sentenceStarts = new Set<number>();
  for (let s = 0; s < seg.sentenceTokenStart.length - 1; s++) {
    const t = seg.tokens[seg.sentenceTokenStart[s]];
    if (t) sentenceStarts.add(t.start);
  }
  return mentions.map((m) => {
    if (m.type === 'MISC') return m;
    let { start, end } = m;
    let name = m.text;
    const first = FIRST_WORD.exec(name);
    if (first && sentenceStarts.has(start) && !ARTICLES.has(first[1].toLowerCase()) && casing.get(first[1].toLowerCase()) === NEVER_CAPITALISED) {
      start += first[0].length;
      name = name.slice(first[0].length);
    }
    const last = m.type === 'PER' ? null : LAST_WORD.exec(name);
    const next = last ? NEXT_WORD.exec(text.slice(end, end + 40)) : null;
    if (last && next && isOfficeWord(`${last[1]}_${next[1]}`, wn)) {
      end -= last[0].length;
      name = name.slice(0, last.index);
    }
    return name === m.text ? m : { ...m, start, end, text: name };
  });
}
