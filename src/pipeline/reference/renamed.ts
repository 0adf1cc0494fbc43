// A description the parse itself ties to a name: "Ana Ruiz, the mayor of Tarn" and "the mayor of
// Tarn, Ana Ruiz" (apposition), "Ana Ruiz is the mayor of Tarn" (a copular predicate and its
// subject), "Tarn mayor Ana Ruiz" (the parser's nmod:desc), "the woman, named by police as Ana
// Ruiz" (a participle's "as" naming what it describes). The sentence says outright who the
// description is, so no salience guess is needed; the name inside the description ("Tarn") is not
// its referent.
import type { Mention } from '../../types.js';
import type { FactsContext } from '../context/document.js';
import { appositions, dependents, wordOfToken } from '../syntax/query.js';

/**
 * The partner the parse relates to the head of tokens [a, b): a name outside the phrase (its
 * mention), or a pronoun token outside it (resolved by the caller), or null.
 */
export function renamedBy(ctx: FactsContext, a: number, b: number): { mention: Mention } | { pronoun: number } | null {
  const syn = ctx.syntax;
  if (!syn) return null;
  // "presidential candidate Hillary Clinton": a phrase ending in a person's name is that person,
  // whatever the parse hangs off its title ("Dec 29 (Reuters) - … candidate Hillary Clinton")
  const last = ctx.mentionAt[b - 1];
  if (last >= 0 && ctx.mentions[last].type === 'PER') return null;
  const head = phraseHead(ctx, a, b);
  if (head < 0) return null;
  const w = syn.words[head];
  // only a common noun describes: a name's own head is that name, handled by its mention
  if (w.upos !== 'NOUN' || ctx.mentionAt[w.token] >= 0) return null;
  const partners = [...appositions(syn, head)];
  // "Tarn mayor Ana Ruiz": the parser hangs the title from the name it describes
  if (w.deprel === 'nmod:desc' && w.head >= 0) partners.push(w.head);
  // "Ana Ruiz is the mayor": the predicate noun heads its subject and copula
  if (dependents(syn, head, 'cop').length) partners.push(...dependents(syn, head, 'nsubj'));
  const named = namedByParticiple(ctx, head);
  if (named) return { mention: named };
  for (const p of partners) {
    const t = syn.words[p].token;
    if (t >= a && t < b) continue;
    const mi = ctx.mentionAt[t];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      if (m.type === 'PER' || m.type === 'ORG') return { mention: m };
    } else if (syn.words[p].upos === 'PRON' && dependents(syn, head, 'cop').length) {
      return { pronoun: t };
    }
  }
  return null;
}

/** The first word of tokens [a, b), punctuation aside, whose head lies outside them: the phrase's own head. */
function phraseHead(ctx: FactsContext, a: number, b: number): number {
  const syn = ctx.syntax!;
  const from = wordOfToken(syn, a);
  if (from < 0) return -1;
  let to = from;
  while (to < syn.words.length && syn.words[to].token < b) to++;
  for (let i = from; i < to; i++) {
    const h = syn.words[i].head;
    if ((h < from || h >= to) && syn.words[i].upos !== 'PUNCT') return i;
  }
  return -1;
}

/**
 * "the woman, named by police as Ana Ruiz": the name a participle the parse hangs from the noun gives
 * it after "as", within the participle's comma-bounded phrase (the parser often hangs that "as" from
 * the agent, or from the main verb, so the words are read rather than the arcs).
 */
function namedByParticiple(ctx: FactsContext, head: number): Mention | null {
  const syn = ctx.syntax!;
  for (const v of dependents(syn, head, 'acl')) {
    if (syn.words[v].upos !== 'VERB') continue;
    const sentence = ctx.toks[syn.words[v].token].sentence;
    for (let k = syn.words[v].token + 1; k + 1 < ctx.toks.length && ctx.toks[k].sentence === sentence && ctx.low[k] !== ','; k++) {
      if (ctx.low[k] !== 'as') continue;
      const m = ctx.mentions[ctx.mentionAt[k + 1]];
      if (m && (m.type === 'PER' || m.type === 'ORG') && m.start === ctx.toks[k + 1].start) return m;
    }
  }
  return null;
}
