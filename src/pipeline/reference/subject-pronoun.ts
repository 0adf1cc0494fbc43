// "Ford made a gentlemanly entrance. After it did, he was pure class, thanking Roy Williams. “…,”
// he said": a he or she that is a sentence's main subject keeps the person it stands for at the
// centre of the story, as that person's name there would; the salience rules read only names, and
// the nearer names in the sentence (objects: "Roy Williams") took the next "he".
import type { DocumentContext } from '../context/document.js';
import { subjects } from '../syntax/query.js';

/** The token of sentence s's main-clause subject when it is a lone he or she outside any quotation, else -1. */
export function subjectPronounOf(ctx: DocumentContext, s: number): number {
  const syn = ctx.syntax;
  if (!syn || s + 1 >= syn.sentenceWordStart.length) return -1;
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) {
    if (syn.words[w].head >= 0) continue;
    const subj = subjects(syn, w);
    if (!subj.length) return -1;
    const t = syn.words[subj[0]].token;
    return (ctx.low[t] === 'he' || ctx.low[t] === 'she') && ctx.quoteAt[t] < 0 ? t : -1;
  }
  return -1;
}
