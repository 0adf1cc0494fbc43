// A place written all in capitals, as a dateline writes it ("MOSCOW", "THE HAGUE"), is shown in title
// case where the event page names it beside the gazetteer's place ("Moscow — Russia"); the stored
// span, and the article's own text, keep the capitals. Initials stay as written: a short single word
// ("UAE", "DRC") and letters with stops ("D.C.").

/** Words that stay lower case inside a place's name unless they open it ("Port of Spain", "Rio de Janeiro"). */
const MINOR_WORDS = new Set(['of', 'the', 'and', 'de', 'del', 'da', 'do', 'dos', 'das', 'la', 'le', 'les', 'el', 'al', 'on', 'upon']);

/** Longest single word kept as initials. */
const MAX_INITIALS = 3;

export function placeAsShown(written: string): string {
  if (!/\p{Lu}[^]*\p{Lu}/u.test(written) || /\p{Ll}/u.test(written)) return written;
  if (/^\p{Lu}+$/u.test(written.trim()) && written.trim().length <= MAX_INITIALS) return written;
  return written.replace(/\p{L}+(\.)?/gu, (word: string, stop: string | undefined, at: number) => {
    if (stop || word.length === 1) return word;
    const lower = word.toLowerCase();
    if (at > 0 && MINOR_WORDS.has(lower)) return lower;
    return word[0] + lower.slice(1);
  });
}
