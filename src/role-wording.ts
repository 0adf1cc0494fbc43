// Two wordings of one participant of one event: "a market" and "a crowded market" (two reports, or a
// description and its re-mention), "bus station" and "a bus station" (a headline and the lede). The
// shorter's words, past a leading article, stand in the fuller's in order and end on the same head word,
// a common noun: names are not merged so ("Sudan" and "South Sudan" are two parties).

const ARTICLE = /^(?:the|a|an)\s+/;

function wordsOf(text: string): string[] {
  return text.toLowerCase().trim().replace(ARTICLE, '').split(/\s+/u).filter(Boolean);
}

/** Does the wording end on a lower-case word ("market"), not a name ("Sudan", "Acme Corp")? */
function commonNounHead(text: string): boolean {
  const last = text.trim().split(/\s+/u).pop() ?? '';
  return /^\p{Ll}/u.test(last);
}

/** Do the two wordings name one participant: equal past an article, or one the other with words added before its common-noun head? */
export function sameParticipant(a: string, b: string): boolean {
  const [short, long] = [wordsOf(a), wordsOf(b)].sort((x, y) => x.length - y.length);
  if (short.length && short.join(' ') === long.join(' ')) return true;
  const head = short[short.length - 1];
  if (!head || head !== long[long.length - 1] || !commonNounHead(a) || !commonNounHead(b)) return false;
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length;
}

/** Of two wordings of one participant, the one to show: the fuller (more words; the first on a tie). */
export function fullerWording<T extends { text: string }>(kept: T, other: T): T {
  return wordsOf(other.text).length > wordsOf(kept.text).length ? other : kept;
}
