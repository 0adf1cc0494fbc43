// Speakers other outlets name without a verb of speaking before the quotation: "Ewa Novak: “…”"
// (a name and a colon), "X spoke on Monday, warning against … and predicting that “…”" (a
// participle of speaking whose clause hangs from X's), and "X watched the crane fall. “…”" (a
// whole-sentence quotation right after a sentence whose subject is a person). Each gives the
// tokens [a, b) of the speaker phrase; the caller resolves them.
import type { Mention } from '../../../types.js';
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import { tokensCovering } from '../../context/document.js';
import { isCommunicationVerb } from '../../senses/word-senses.js';
import { baseForms } from '../../lexicons/wordnet.js';
import { ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from '../../lexicons/nouns.js';
import { AUX_BE } from '../../context/phrases.js';
import { appositions, dependents, isPassive, nounPhraseSpan, relationMatches, subjects, wordOfToken } from '../../syntax/query.js';
import { phraseTokens, type TokenRange } from '../../reference/phrase-tokens.js';

const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
const OPENERS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", "''", '``', '«', '„']);

/** The first token of the quotation's sentence and the token before the quotation, marks skipped. */
function before(ctx: DocumentContext, q: QuoteRegion): { first: number; i: number } {
  let i = q.tokStart - 1;
  while (i >= 0 && OPENERS.has(ctx.low[i])) i--;
  const s = ctx.toks[q.tokStart].sentence;
  // "Crowds roamed the streets, shouting: ¶ “…”": the sentence cut after its colon goes on in the quotation
  if (i >= 0 && ctx.low[i] === ':' && ctx.toks[i].sentence === s - 1) return { first: ctx.sentStart[s - 1], i };
  return { first: ctx.sentStart[s], i };
}

/** A mention's tokens. */
function mentionTokens(ctx: DocumentContext, m: Mention): TokenRange {
  return tokensCovering(ctx.toks, m);
}

/**
 * "Ewa Novak: “…”", "In a statement, the ministry: “…”": a noun phrase (no verb) opening the
 * sentence, or its clause after an introductory phrase's comma or a lead's dash, then a colon and the quotation.
 * Only a phrase that names someone: a person or organisation, or a person or body noun at its end
 * ("The verdict: “…”" is no speaker).
 */
export function colonSpeaker(ctx: DocumentContext, q: QuoteRegion): TokenRange | null {
  const syn = ctx.syntax;
  const { first, i } = before(ctx, q);
  if (!syn || i <= first || ctx.low[i] !== ':') return null;
  let a = first;
  let dashed = false;
  for (let t = first; t < i; t++) if (ctx.low[t] === ',' || DASHES.has(ctx.low[t])) [a, dashed] = [t + 1, DASHES.has(ctx.low[t])];
  if (i - a < 1 || i - a > 6) return null;
  // "In a statement, the ministry:": what comes before the comma is an introductory phrase, not a
  // clause ("X contrasted Trump with Clinton: “…”" is X's); before a dash, a round-up's lead of its
  // own ("Pollsters agree - Ann Roe: “…”")
  for (let t = first; t < a && !dashed; t++) {
    const w = wordOfToken(syn, t);
    if (w >= 0 && (syn.words[w].upos === 'VERB' || syn.words[w].upos === 'AUX')) return null;
  }
  const opener = wordOfToken(syn, a);
  if (opener >= 0 && syn.words[opener].upos === 'ADP') return null;
  for (let t = a; t < i; t++) {
    const w = wordOfToken(syn, t);
    if (w >= 0 && (syn.words[w].upos === 'VERB' || syn.words[w].upos === 'AUX')) return null;
    // "Article 33 affirms: “…”": a verb of speaking the parse took for a noun
    if (ctx.mentionAt[t] < 0 && (isCommunicationVerb(ctx.low[t]) || isCommunicationVerb(ctx.low[t].replace(/s$/, '')))) return null;
    if (ctx.quoteAt[t] >= 0) return null;
  }
  const named = (t: number) => {
    const m = ctx.mentions[ctx.mentionAt[t] ?? -1];
    return m?.type === 'PER' || m?.type === 'ORG';
  };
  const last = ctx.low[i - 1];
  let ok = PERSON_DESCRIPTORS.has(last) || ORG_DESCRIPTORS.has(last);
  for (let t = a; t < i && !ok; t++) ok = named(t);
  return ok ? { a, b: i } : null;
}

/** Relations by which a participle's clause hangs from the clause whose subject it shares. */
const SHARED_SUBJECT = ['advcl', 'advcl:*', 'conj', 'xcomp'];

/**
 * "X spoke in Oslo, warning against tariffs and predicting that “…”": a participle of a verb of
 * speaking (WordNet's verb.communication) just before the quotation, whose clause hangs (through
 * conjuncts and adverbial clauses) from a verb with a subject before it: that subject.
 */
export function participleSpeaker(ctx: DocumentContext, q: QuoteRegion): TokenRange | null {
  const syn = ctx.syntax;
  const { first, i } = before(ctx, q);
  if (!syn) return null;
  let t = i;
  while (t > first && (ctx.low[t] === 'that' || ctx.low[t] === ',' || ctx.low[t] === ':')) t--;
  if (t <= first || !ctx.low[t].endsWith('ing')) return null;
  let w = wordOfToken(syn, t);
  if (w < 0 || !speakingParticiple(syn.words[w], ctx.low[t])) return null;
  for (let guard = 0; guard < 6; guard++) {
    const word = syn.words[w];
    if (!SHARED_SUBJECT.some((r) => relationMatches(word.deprel, r)) || word.head < 0) return null;
    // a participle of its own ("…, warning"), not one of means or time ("by urging", "while saying")
    if (dependents(syn, w, 'mark').length) return null;
    const top = word.head;
    if (syn.words[top].upos !== 'VERB') return null;
    const subj = subjects(syn, top);
    if (!subj.length) {
      w = top;
      continue;
    }
    // the participle set off by a comma from the clause it hangs from
    if (ctx.low[syn.words[w].token - 1] !== ',') return null;
    // a name, a noun or he / she: "they" and "it" are guesses the participle cannot check
    const sw = syn.words[subj[0]];
    const ok = sw.upos === 'PROPN' || sw.upos === 'NOUN' || /^(?:he|she)$/.test(ctx.low[sw.token]);
    return ok && sw.token < t ? phraseTokens(ctx, subj[0]) : null;
  }
  return null;
}

/**
 * A participle of a verb of speaking: a verb with such a lemma, or an -ing form the parse took for a
 * noun ("…, shouting:") whose verb is one ("shout", "argue").
 */
function speakingParticiple(word: { upos: string; lemma: string }, low: string): boolean {
  if (word.upos === 'VERB') return isCommunicationVerb(word.lemma);
  if (word.upos !== 'NOUN' || !low.endsWith('ing')) return false;
  return baseForms(low, 'v').slice(1).some((base) => base.length > 2 && isCommunicationVerb(base));
}

/**
 * "Karl Weber watched the crane fall from his balcony. “…”": a quotation that fills its sentence,
 * right after a sentence of the same paragraph (or line before, in text written a sentence a line) about one person alone (its main clause's subject,
 * no other person named) who asks no one: "X met Y. “…”" could be either's words, and "X asked
 * the minister …. “…”" is likelier the answer.
 */
export function subjectBefore(ctx: DocumentContext, q: QuoteRegion, acrossLines = false): TokenRange | null {
  const { first, i } = before(ctx, q);
  const s = ctx.toks[q.tokStart].sentence;
  if (i >= first || !(loneSubjectBefore(ctx, q, acrossLines) || speakerOfSentenceBefore(ctx, q, acrossLines))) return null;
  const root = mainVerb(ctx, s - 1);
  if (root >= 0 && asks(ctx, ctx.syntax!.words[root].token)) return null;
  return subjectOf(ctx, s - 1);
}

/**
 * "Obama praised Dr. Lee's record in the announcement. ¶ “…”": the sentence before, in the
 * paragraph (or line) before or the same one, is a person speaking (its main verb's first WordNet
 * sense is one of communication) of someone else: the quotation that follows is what the speaker
 * said, whoever else the sentence names. (Asking is left out by subjectBefore: the answer follows.)
 */
function speakerOfSentenceBefore(ctx: DocumentContext, q: QuoteRegion, acrossLines: boolean): boolean {
  const s = ctx.toks[q.tokStart].sentence;
  if (s === 0 || (!acrossLines && ctx.paraOfSent[s - 1] !== ctx.paraOfSent[s])) return false;
  const root = mainVerb(ctx, s - 1);
  const word = root >= 0 ? ctx.syntax!.words[root] : null;
  if (!word || word.upos !== 'VERB' || isPassive(ctx.syntax!, root) || !isCommunicationVerb(word.lemma.toLowerCase())) return false;
  const r = subjectOf(ctx, s - 1);
  const who = r ? ctx.mentions[ctx.mentionAt[r.a]] ?? ctx.mentions[ctx.mentionAt[r.b - 1]] : undefined;
  return who?.type === 'PER';
}

/**
 * The sentence before q's, in its paragraph, has a person as its subject and names no other person.
 * acrossLines: the text is written a sentence a line, so the sentence before is on the line before.
 */
export function loneSubjectBefore(ctx: DocumentContext, q: QuoteRegion, acrossLines = false): boolean {
  const s = ctx.toks[q.tokStart].sentence;
  if (s === 0 || (!acrossLines && ctx.paraOfSent[s - 1] !== ctx.paraOfSent[s])) return false;
  const r = subjectOf(ctx, s - 1);
  if (!r) return false;
  const who = ctx.mentions[ctx.mentionAt[r.a]] ?? ctx.mentions[ctx.mentionAt[r.b - 1]];
  if (!who || who.type !== 'PER') return false;
  const key = who.entityId ?? who.canonical ?? who.text;
  for (let t = ctx.sentStart[s - 1]; t < ctx.sentStart[s]; t++) {
    const m = ctx.mentions[ctx.mentionAt[t]];
    if (m?.type === 'PER' && (m.entityId ?? m.canonical ?? m.text) !== key) return false;
  }
  return true;
}

/**
 * The sentence before q's, in its paragraph (or on the line before, acrossLines), has the same "he"
 * or "she" as its main clause's subject and names no person: "He hugged his wife and waved to the
 * gallery. ¶ “I am sorry,” he told the court." goes on about one person, whoever the pronoun is.
 */
export function samePronounBefore(ctx: DocumentContext, q: QuoteRegion, pronoun: string, acrossLines = false): boolean {
  const syn = ctx.syntax;
  const s = ctx.toks[q.tokStart].sentence;
  if (!syn || (pronoun !== 'he' && pronoun !== 'she') || s === 0 || (!acrossLines && ctx.paraOfSent[s - 1] !== ctx.paraOfSent[s])) return false;
  const root = mainVerb(ctx, s - 1);
  const subj = root >= 0 ? subjects(syn, root)[0] : undefined;
  if (subj === undefined || ctx.low[syn.words[subj].token] !== pronoun) return false;
  for (let t = ctx.sentStart[s - 1]; t < ctx.sentStart[s]; t++) if (ctx.mentions[ctx.mentionAt[t] ?? -1]?.type === 'PER') return false;
  return true;
}

const ASKING: ReadonlySet<string> = new Set(['ask', 'asks', 'asked', 'asking']);

/** An active "ask" at token v ("X asked …", not "X was asked …"). */
export function asks(ctx: DocumentContext, v: number): boolean {
  return ASKING.has(ctx.low[v]) && !AUX_BE.has(ctx.low[v - 1] ?? '');
}

/** Sentence s's main verb in the parse (its root word), or -1. */
function mainVerb(ctx: DocumentContext, s: number): number {
  const syn = ctx.syntax;
  if (!syn) return -1;
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) if (syn.words[w].head < 0) return w;
  return -1;
}

/** Sentence s's main-clause subject when it is a person's name outside any quotation: its phrase's tokens. */
export function subjectOf(ctx: DocumentContext, s: number): TokenRange | null {
  const syn = ctx.syntax;
  const w = mainVerb(ctx, s);
  if (!syn || w < 0) return null;
  const subj = subjects(syn, w);
  if (!subj.length) return null;
  // "Officer Dana Price found …": the parse may make the title the subject and the name its apposition
  for (const w2 of [subj[0], ...appositions(syn, subj[0])]) {
    const t = syn.words[w2].token;
    const m = ctx.mentions[ctx.mentionAt[t] ?? -1];
    if (m?.type === 'PER' && ctx.quoteAt[t] < 0) return w2 === subj[0] ? phraseTokens(ctx, w2) : mentionTokens(ctx, m);
  }
  return null;
}
