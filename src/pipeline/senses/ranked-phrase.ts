// "became the fifth coach fired this season", "became the first coach since 1970 to reach ten playoffs": a noun ranked
// by an ordinal, with a clause saying what it ranks, tells a record, not a post taken; "became the first female
// president of the club" (no such clause) still takes one. Read from the parse: an ordinal modifier on the phrase's head,
// and as the first verb after it in the sentence a clause on a noun, an infinitive with no subject of its own, or a
// participle the parse took for a clause's verb with the ranked noun as its subject (the parse hangs these shapes
// variously: "to reach" on "1970" or on "became", "sacked" as a clause of "became").
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

/** Is the phrase [a, b) a noun ranked by an ordinal with a clause saying what it ranks ("the fifth coach fired")? */
export function rankedPhrase(ctx: DocumentContext, a: number, b: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  let head = -1;
  for (let k = a; k < b && head < 0; k++) {
    const w = wordOfToken(syn, k);
    if (w >= 0 && (syn.words[w].upos === 'NOUN' || syn.words[w].upos === 'PROPN') && dependents(syn, w, 'amod').some((d) => isOrdinal(syn.words[d].text.toLowerCase()))) head = w;
  }
  if (head < 0) return false;
  const end = ctx.sentStart[ctx.toks[syn.words[head].token].sentence + 1] ?? ctx.toks.length;
  let verb = head + 1;
  while (verb < syn.words.length && syn.words[verb].token < end && syn.words[verb].upos !== 'VERB') verb++;
  if (verb >= syn.words.length || syn.words[verb].token >= end) return false;
  const v = syn.words[verb];
  if (NOUN_CLAUSES.has(v.deprel)) return true;
  const subjects = dependents(syn, verb, 'nsubj', 'nsubj:pass');
  if (subjects.includes(head)) return true;
  return !subjects.length && dependents(syn, verb, 'mark').some((m) => syn.words[m].text.toLowerCase() === 'to');
}
