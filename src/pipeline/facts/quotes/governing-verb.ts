// A quotation that is part of a clause a verb of speaking governs, with no attribution next to
// its marks: "X, a contestant on the show, said his boss was “always kind”", "X argued the fight
// matters “in states where …”", "…, telling reporters, “…”", "explained X, “…”". The parse ties
// the quotation to that verb; its subject (shared from the clause it hangs from, for a participle
// or a conjunct) is the speaker.
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import type { Syntax } from '../../../types.js';
import { isCommunicationVerb, isPersonWord } from '../../senses/word-senses.js';
import { ORG_DESCRIPTORS } from '../../lexicons/nouns.js';
import { isPassive, relationMatches, subjects, wordOfToken } from '../../syntax/query.js';
import { phraseTokens, type TokenRange } from '../../reference/phrase-tokens.js';

/** Steps up the parse from the quotation to its verb of speaking: "telling … that he had “…” that “…”" is four. */
const MAX_UP = 4;
/** Relations by which a participle or conjunct shares the subject of the clause it hangs from. */
const SHARED_SUBJECT = ['advcl', 'advcl:*', 'conj', 'xcomp'];
/** Pronouns that open a relative clause as its subject. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/** The speaker phrase's tokens, or null when no verb of speaking with a named or he/she subject governs the quotation. */
export function governingSpeaker(ctx: DocumentContext, q: QuoteRegion): TokenRange | null {
  const verb = governingSpeechVerb(ctx, q);
  return verb >= 0 ? subjectOf(ctx, verb) : null;
}

/**
 * The word of the nearest verb of speaking the parse ties the quotation to (an active one: "was
 * told" speaks for the one told, and so gives -1), or -1.
 */
export function governingSpeechVerb(ctx: DocumentContext, q: QuoteRegion): number {
  const syn = ctx.syntax;
  if (!syn) return -1;
  const inQuote = (w: number) => syn.words[w].token >= q.tokStart && syn.words[w].token < q.tokEnd;
  // the quotation's words that hang from a word outside it: the first one's governor
  let head = -1;
  for (let t = q.tokStart; t < q.tokEnd && head < 0; t++) {
    const w = wordOfToken(syn, t);
    if (w >= 0 && syn.words[w].head >= 0 && !inQuote(syn.words[w].head)) head = syn.words[w].head;
  }
  for (let up = 0; head >= 0 && up < MAX_UP; up++, head = syn.words[head].head) {
    const word = syn.words[head];
    if (ctx.quoteAt[word.token] >= 0) return -1;
    if (word.upos !== 'VERB' || !isCommunicationVerb(word.lemma)) continue;
    return isPassive(syn, head) ? -1 : head;
  }
  return -1;
}

/** The verb's subject, or that of the clause a participle or conjunct hangs from: one who can speak. */
export function subjectOf(ctx: DocumentContext, verb: number): TokenRange | null {
  const syn = ctx.syntax!;
  let v = verb;
  for (let guard = 0; guard < 3 && v >= 0; guard++) {
    const subj = subjects(syn, v).map((w) => relativeAntecedent(syn, v, w));
    if (subj.length) {
      const phrase = ctx.quoteAt[syn.words[subj[0]].token] < 0 ? phraseTokens(ctx, subj[0]) : null;
      return phrase && canSpeak(ctx, subj[0], phrase) ? phrase : null;
    }
    const word = syn.words[v];
    if (!SHARED_SUBJECT.some((r) => relationMatches(word.deprel, r)) || word.head < 0 || isPassive(syn, word.head)) return null;
    v = word.head;
  }
  return null;
}

/**
 * "an employee who had followed her in and had yelled": the relative pronoun subject of a clause's
 * verb, or of a verb conjoined to it or completing it, stands for the noun the clause describes:
 * the noun right before the pronoun (the parse may hang the clause on an earlier noun, "a shot at
 * an employee who …"), else the noun the parse gives the clause.
 */
function relativeAntecedent(syn: Syntax, verb: number, subject: number): number {
  if (syn.words[subject].upos !== 'PRON' || !RELATIVE_PRONOUNS.has(syn.words[subject].lemma.toLowerCase())) return subject;
  const before = syn.words[subject - 1];
  if (before && (before.upos === 'NOUN' || before.upos === 'PROPN')) return subject - 1;
  let v = verb;
  while ((syn.words[v].deprel === 'conj' || syn.words[v].deprel === 'xcomp') && syn.words[v].head >= 0) v = syn.words[v].head;
  return syn.words[v].deprel === 'acl:relcl' && syn.words[v].head >= 0 ? syn.words[v].head : subject;
}

/**
 * He or she, a phrase naming a person or organisation, or a person or body noun at its head ("the
 * editor", "advisers"): "an address that spoke to the “…”" is no speaker.
 */
function canSpeak(ctx: DocumentContext, subject: number, phrase: TokenRange): boolean {
  const w = ctx.syntax!.words[subject];
  if (/^(?:he|she)$/.test(ctx.low[w.token])) return true;
  if (w.upos === 'NOUN' && (isPersonWord(w.lemma.toLowerCase()) || ORG_DESCRIPTORS.has(ctx.low[w.token]))) return true;
  for (let t = phrase.a; t < phrase.b; t++) {
    const m = ctx.mentions[ctx.mentionAt[t] ?? -1];
    if (m?.type === 'PER' || m?.type === 'ORG') return true;
  }
  return false;
}
