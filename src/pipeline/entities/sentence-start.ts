// At the start of a sentence a capital letter says nothing, so the tagger takes common words
// there for names ("Labour costs rose", "Amnesty for late filers"). A one-word mention at a
// sentence start is kept only if the word is usually capitalised in news (the model's casing
// prior, learned from unlabelled news) or the article writes it capitalised mid-sentence too.
import type { Mention, Segmentation } from '../../types.js';

/** Casing-prior buckets (1 never … 5 always capitalised mid-sentence) of words that are mostly common words. */
const COMMON_BUCKET_MAX = 3;

export function dropCommonWordsAtSentenceStart(mentions: Mention[], seg: Segmentation, casing: ReadonlyMap<string, number>): Mention[] {
  const sentenceStarts = new Set<number>();
  for (let s = 0; s < seg.sentenceTokenStart.length - 1; s++) {
    const t = seg.tokens[seg.sentenceTokenStart[s]];
    if (t) sentenceStarts.add(t.start);
  }
  const capitalisedInside = new Set<string>();
  seg.tokens.forEach((t, i) => {
    if (i > 0 && !sentenceStarts.has(t.start) && /^\p{Lu}/u.test(t.text)) capitalisedInside.add(t.text);
  });
  return mentions.filter((m) => {
    if (!sentenceStarts.has(m.start) || /\s/.test(m.text) || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return true;
    const bucket = casing.get(m.text.toLowerCase());
    return bucket === undefined || bucket > COMMON_BUCKET_MAX || capitalisedInside.has(m.text);
  });
}
