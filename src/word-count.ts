// The "words" the library, `chronicle docs` and the reader show (the store saves it with each document). Spaces separate words in most scripts, but Chinese, Japanese,
// Thai, Lao, Khmer and Myanmar are written without them: a page of Japanese would be "1 word". Runs in
// those scripts are counted as a reader would, by the word boundaries of the runtime's ICU
// (Intl.Segmenter, dictionary-based for these scripts); other text is counted by spaces as before.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | undefined;

export function countWords(text: string): number {
  let n = 0;
  for (const token of text.match(/\S+/g) ?? []) n += UNSPACED.test(token) ? unspacedWords(token) : 1;
  return n;
}

/** Words in a run with no spaces; punctuation between them is not one. */
function unspacedWords(run: string): number {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  let n = 0;
  for (const s of segmenter.segment(run)) if (s.isWordLike) n++;
  return Math.max(1, n);
}
