// At the start of a sentence a capital letter says nothing, so the tagger takes common words
// there for names ("Labour costs rose", "Amnesty for late filers"). A one-word mention at a
// sentence start is kept only if the word is usually capitalised in news (the model's casing
// prior, learned from unlabelled news) or the article writes it capitalised mid-sentence too, or
// it stands before a role and a person's name ("Conservative co-chairman Liam Fox", "Labour
// leader Neil Kinnock": the person's organisation, a house style the tagger rarely sees). A word
// the prior calls a name is still a common word when the article itself writes it in lower case
// after a determiner mid-sentence and never capitalised there ("Alliance ministers met …; the
// alliance said …"); the determiner keeps a wire copy typed all in lower case ("colombia's debt")
// from making its names common words. A word the article also names as a company with a designator
// ("Travelers Corp." … "Travelers estimated …") is that company's short name.
import type { Mention, Segmentation } from '../../types.js';
import { isCompanyDesignator } from './names.js';
import { sentenceStartOffsets } from '../segment/sentence-starts.js';

/** Casing-prior buckets (1 never … 5 always capitalised mid-sentence) of words that are mostly common words. */
const COMMON_BUCKET_MAX = 3;

/** Words before a common noun: "the alliance", "its alliance". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our', 'his', 'her']);

/** One lower-case word (a role: "leader", "co-chairman") after the name, then the next word. */
const ROLE_THEN_NAME = /^\p{Zs}+\p{Ll}[\p{Ll}-]*\p{Zs}+/u;

export function dropCommonWordsAtSentenceStart(text: string, mentions: Mention[], seg: Segmentation, casing: ReadonlyMap<string, number>): Mention[] {
  const sentenceStarts = sentenceStartOffsets(seg);
  const capitalisedInside = new Set<string>();
  const lowerInside = new Set<string>();
  seg.tokens.forEach((t, i) => {
    if (i === 0 || sentenceStarts.has(t.start)) return;
    if (/^\p{Lu}/u.test(t.text)) capitalisedInside.add(t.text);
    else if (/^\p{Ll}+$/u.test(t.text) && DETERMINERS.has(seg.tokens[i - 1].text.toLowerCase())) lowerInside.add(t.text);
  });
  const personStarts = new Set(mentions.filter((m) => m.type === 'PER').map((m) => m.start));
  const companies = new Set(
    mentions.flatMap((m) => {
      const words = m.text.split(/\s+/u);
      return m.type === 'ORG' && words.length === 2 && isCompanyDesignator(words[1].replace(/\.$/u, '')) ? [words[0]] : [];
    }),
  );
  return mentions.filter((m) => {
    if (!sentenceStarts.has(m.start) || /\s/.test(m.text) || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return true;
    const role = ROLE_THEN_NAME.exec(text.slice(m.end, m.end + 40));
    if (m.type !== 'PER' && role && personStarts.has(m.end + role[0].length)) return true;
    if (capitalisedInside.has(m.text) || (m.type === 'ORG' && companies.has(m.text))) return true;
    return !isCommonWord(m.text, casing) && !lowerInside.has(m.text.toLowerCase());
  });
}

/** Whether news mostly writes the word in lower case (a word the prior never saw is no common word). */
export function isCommonWord(word: string, casing: ReadonlyMap<string, number>): boolean {
  const bucket = casing.get(word.toLowerCase());
  return bucket !== undefined && bucket <= COMMON_BUCKET_MAX;
}
