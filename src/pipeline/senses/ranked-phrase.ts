// "became the fifth coach fired this season", "became the first coach since 1970 to reach ten playoffs": a noun ranked
// by an ordinal, with a clause saying what it ranks, tells a record, not a post taken; "became the first female
// president of the club" (no such clause) still takes one. Read from the parse: an ordinal modifier on the phrase's head,
// and a clause on the head or on a word after it in the sentence (the parse may hang "to reach" on "1970").
import type { Syntax } from '../../types.js';
import type { DocumentContext } from '../context/document.js';
import { dependents, wordOfToken } from '../syntax/query.js';

const ORDINAL_WORDS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth']);
/** "13th", "32nd", "fifteenth", "twentieth". */
const ORDINAL_FORM = /^(\d+(st|nd|rd|th)|[a-z]+(teenth|ieth))$/;

function isOrdinal(word: string): boolean {
  return ORDINAL_WORDS.has(word) || ORDINAL_FORM.test(word);
}

/** Relations of a clause on a noun. */
const NOUN_CLAUSES = new Set(['acl', 'acl:relcl']);

/** Is there a clause on the head word or on a later word of its sentence that hangs from a word at or after the head? */
function clauseAfter(syn: Syntax, head: number, sentenceEnd: number): boolean {
  for (let w = head + 1; w < sentenceEnd; w++) if (NOUN_CLAUSES.has(syn.words[w].deprel) && syn.words[w].head >= head && syn.words[w].head < w) return true;
  return false;
}

/** Is the phrase [a, b) a noun ranked by an ordinal with a clause saying what it ranks ("the fifth coach fired")? */
export function rankedPhrase(ctx: DocumentContext, a: number, b: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  let head = -1;
  for (let k = a; k < b; k++) {
    const w = wordOfToken(syn, k);
    if (w >= 0 && (syn.words[w].upos === 'NOUN' || syn.words[w].upos === 'PROPN') && dependents(syn, w, 'amod').some((d) => isOrdinal(syn.words[d].text.toLowerCase()))) {
      head = w;
      break;
    }
  }
  if (head < 0) return false;
  const sentence = ctx.toks[syn.words[head].token].sentence;
  const end = ctx.sentStart[sentence + 1] ?? ctx.toks.length;
  let last = head;
  while (last + 1 < syn.words.length && syn.words[last + 1].token < end) last++;
  return clauseAfter(syn, head, last + 1);
}
