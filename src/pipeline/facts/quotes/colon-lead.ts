// "McDermott sent out the following message on Twitter: ¶ “…”", "His exact words: ¶ “…”",
// "Expect experts in the papers, such as Dr Ann Roe: ¶ “…”": a quotation that opens the sentence
// after one ending in a colon is what that sentence leads up to. Its speaker is that sentence's
// subject (a person or body, or a pronoun for one), or, with no subject, the owner of the words it
// names ("his words") or the person whose name ends it. Gives the speaker phrase's tokens.
import type { DocumentContext, QuoteRegion } from '../../context/document.js';
import { dependents, subjects, wordOfToken } from '../../syntax/query.js';
import { ORG_DESCRIPTORS, PERSON_DESCRIPTORS } from '../../lexicons/nouns.js';
import { phraseTokens, type TokenRange } from '../../reference/phrase-tokens.js';
import { tokensCovering } from '../../context/document.js';
import { SPEECH_VERBS } from '../../lexicons/attribution.js';
import { isCommunicationVerb } from '../../senses/word-senses.js';
import { verbLemma } from './verb-lemma.js';
import { QUOTE_OPENERS } from './opening-marks.js';

/** Pronouns that stand for a person or body as a subject or an owner. */
const PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'his', 'her', 'their', 'its']);

/**
 * The colon that ends the sentence before q's, when q opens its own sentence right after it, or a
 * comma there right after a verb of speaking ("Ann Lee, director of …, commented, ¶ “…”"); else -1.
 */
function leadColon(ctx: DocumentContext, q: QuoteRegion): number {
  let i = q.tokStart - 1;
  while (i >= 0 && QUOTE_OPENERS.has(ctx.low[i])) i--;
  const s = ctx.toks[q.tokStart].sentence;
  if (i < 0 || ctx.toks[i].sentence !== s - 1) return -1;
  if (ctx.low[i] === ':') return i;
  return ctx.low[i] === ',' && i > 0 && speakingVerb(ctx, i - 1) ? i : -1;
}

/** Token t is a verb of speaking: the lexicon's, or one whose lemma in the parse has its first WordNet sense in verb.communication. */
function speakingVerb(ctx: DocumentContext, t: number): boolean {
  if (SPEECH_VERBS.has(ctx.low[t])) return true;
  const lemma = verbLemma(ctx, t);
  return !!lemma && isCommunicationVerb(lemma);
}

/** A phrase that can speak: a person's or organisation's name, a pronoun for one, or a noun for a person or body ("the coach"). */
function canSpeak(ctx: DocumentContext, r: TokenRange | null): r is TokenRange {
  if (!r) return false;
  if (r.b - r.a === 1 && PRONOUNS.has(ctx.low[r.a])) return true;
  if (PERSON_DESCRIPTORS.has(ctx.low[r.b - 1]) || ORG_DESCRIPTORS.has(ctx.low[r.b - 1])) return true;
  for (let t = r.a; t < r.b; t++) {
    const m = ctx.mentions[ctx.mentionAt[t] ?? -1];
    if ((m?.type === 'PER' || m?.type === 'ORG') && ctx.quoteAt[t] < 0) return true;
  }
  return false;
}

/** Relative pronouns: a clause they are the subject of is about a noun of the lead ("everyone who met X"). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom']);

/**
 * The verb whose clause the lead ends with: from the word before the colon up its heads to the first
 * verb whose subject is no relative pronoun ("The coach had a word for everyone who met X:" is the
 * coach's), the root at the latest. "It is clear the crowd was pleased when Y read out a note:": Y's
 * clause leads up to the quotation, not the "it" of the main clause.
 */
function leadVerb(ctx: DocumentContext, from: number, root: number): number {
  const syn = ctx.syntax!;
  for (let w = from, guard = 0; w >= 0 && w !== root && guard < 40; w = syn.words[w].head, guard++) {
    if (syn.words[w].upos !== 'VERB') continue;
    const subj = subjects(syn, w)[0];
    if (subj !== undefined && !RELATIVE_PRONOUNS.has(ctx.low[syn.words[subj].token])) return w;
  }
  return root;
}

export function colonLeadSpeaker(ctx: DocumentContext, q: QuoteRegion): TokenRange | null {
  const syn = ctx.syntax;
  const colon = leadColon(ctx, q);
  if (!syn || colon < 0) return null;
  const s = ctx.toks[colon].sentence;
  let root = -1;
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) if (syn.words[w].head < 0) root = w;
  if (root < 0) return null;
  // "Ann Lee, director of …, commented, ¶ “…”": the verb's subject, or, where the parse gives it
  // none (an apposition's noun is often taken for the root), the name that opens the sentence
  if (ctx.low[colon] === ',') {
    const subj = subjects(syn, wordOfToken(syn, colon - 1))[0];
    const opener = ctx.mentions[ctx.mentionAt[ctx.sentStart[s]] ?? -1];
    const r = subj !== undefined ? phraseTokens(ctx, subj) : opener ? tokensCovering(ctx.toks, opener) : null;
    return canSpeak(ctx, r) && r.b < colon ? r : null;
  }
  const subj = subjects(syn, leadVerb(ctx, wordOfToken(syn, colon - 1), root));
  if (subj.length) {
    // a subject that cannot speak ("The sign read:") names nobody; one who asks speaks the question
    const r = phraseTokens(ctx, subj[0]);
    return canSpeak(ctx, r) ? r : null;
  }
  // "His exact words:": the owner of what the verbless lead names
  if (syn.words[root].upos === 'NOUN') {
    const owner = dependents(syn, root, 'nmod:poss')[0];
    if (owner !== undefined) {
      const r = phraseTokens(ctx, owner);
      return canSpeak(ctx, r) ? r : null;
    }
  }
  // "…, such as Dr Ann Roe:": a person's name right before the colon, in a lead with no subject
  const m = ctx.mentions[ctx.mentionAt[colon - 1] ?? -1];
  if (m?.type !== 'PER' || wordOfToken(syn, colon - 1) < 0) return null;
  return tokensCovering(ctx.toks, m);
}
