// Deals told as verbs of buying and selling ("sold its unit", "to acquire Acme"): what an agreement,
// offer or bid is about is its content, not a second happening beside it.
import { firstTokenAtOrAfter, type DocumentContext } from '../../context/document.js';
import type { Syntax } from '../../../types.js';
import { agents, caseMarker, dependents, doers, isPassive, passiveSubjects, subjects, wordOfToken } from '../../syntax/query.js';
import { verbWord } from './parse.js';
import { silencingGovernors } from '../../senses/word-senses.js';

/** Lemmas of proposing a deal: their infinitive ("offered to buy the shares of Acme", "its offer to acquire Borr") is the deal proposed. */
const OFFER_FRAMES = new Set(['offer', 'bid']);

/** Themes of buying and selling (data/event-senses.json). */
const DEALING_THEMES = new Set(['sale', 'purchase', 'acquisition']);

/**
 * What frames the dealing verb at token i, by word order: the infinitive of an agreement word a few words before
 * it ("entered into an agreement to sell …", "agreed in principle to acquire …": its content, no second event),
 * of an offer or bid ("offered to buy the shares of Acme", "extended its offer to acquire Borr": the deal
 * proposed), or neither. The parse often hangs such an infinitive on the clause's verb, where the sense rule's
 * governor misses it.
 */
export function dealFrame(ctx: DocumentContext, i: number, from: number, theme: string | undefined): { frame: 'agreement' | 'offer'; at: number } | null {
  if (!theme || !DEALING_THEMES.has(theme) || ctx.low[i - 1] !== 'to') return null;
  // the words of an agreement are the governors data/event-senses.json gives the dealing verb ("agreed to acquire")
  const agreement = silencingGovernors(lemmaAt(ctx, i));
  for (let k = i - 2; k >= Math.max(from, i - 5); k--) {
    const w = ctx.low[k];
    const lemma = lemmaAt(ctx, k);
    // the parse's lemma ("agreed" → agree) or the word as data writes it ("talks", which the parse makes "talk")
    if (agreement.has(lemma) || agreement.has(w)) return { frame: 'agreement', at: k };
    if (OFFER_FRAMES.has(lemma) || OFFER_FRAMES.has(w)) return { frame: 'offer', at: k };
    if (w === ',' || w === ';' || w === '.') return null;
  }
  return null;
}

/** The parse's lemma of token k, lower-cased; the word itself without a parse. */
function lemmaAt(ctx: DocumentContext, k: number): string {
  const w = ctx.syntax ? wordOfToken(ctx.syntax, k) : -1;
  return w >= 0 ? ctx.syntax!.words[w].lemma.toLowerCase() : ctx.low[k];
}

/** What is traded on a market, lemmas: shares or stock sold or bought with no one named doing it are trading, not a deal. */
const TRADED = new Set(['share', 'stock']);

/**
 * Is the buying or selling at token i (a clause) trading on the market rather than a deal between parties, by the
 * parse? A deal has a particular buyer or seller: a doer (subject, or agent of a passive) that is only a bare
 * plural of common nouns ("Investors sold Acme", "shares bought by traders") is the market. Shares or stock with
 * no doer at all ("Acme shares were sold heavily on Monday") are trading too, unless counted ("2 mln Acme shares
 * were sold"). A party named as the one it went to or came from ("to Borr Group") makes it a deal either way.
 */
export function marketTrade(ctx: DocumentContext, i: number, theme: string | undefined): boolean {
  const syn = ctx.syntax;
  const v = verbWord(ctx, i);
  if (!syn || v < 0 || !theme || !DEALING_THEMES.has(theme) || namedCounterparty(ctx, syn, v)) return false;
  // "were dumped and sold": a verb coordinated with a passive is passive too
  const rel = syn.words[v].deprel;
  const passive = isPassive(syn, v) || (rel === 'conj' && isPassive(syn, syn.words[v].head));
  const doing = passive ? agents(syn, v) : doers(syn, v);
  if (doing.length) return doing.every((d) => barePlural(ctx, syn, d));
  // no one does it: a passive, or a participle on its noun ("Acme shares sold on Monday"); an infinitive's doer
  // is its governor's, which the parse may not hand down ("it offered to buy the shares of Acme")
  if (!passive && rel !== 'acl' && rel !== 'amod') return false;
  // the parse sometimes gives a passive a plain subject ("shares were sold": nsubj beside aux:pass)
  const traded = passive ? [...passiveSubjects(syn, v), ...subjects(syn, v)] : [syn.words[v].head];
  // one "share" is a portion ("the share of its interest in the plant was sold"), not stock traded
  const tradedWord = (u: number) => { const { lemma, text } = syn.words[u]; return TRADED.has(lemma.toLowerCase()) && (lemma.toLowerCase() === 'stock' || text.toLowerCase() !== lemma.toLowerCase()); };
  return traded.length > 0 && traded.every((u) => tradedWord(u) && dependents(syn, u, 'nummod').length === 0);
}

/** A plural common noun with no determiner, possessive or number, and no name ("investors", "foreign traders"): people or firms in general. */
function barePlural(ctx: DocumentContext, syn: Syntax, w: number): boolean {
  const word = syn.words[w];
  if (word.upos !== 'NOUN' || word.lemma.toLowerCase() === word.text.toLowerCase()) return false;
  const tok = firstTokenAtOrAfter(ctx.toks, word.start);
  return ctx.mentionAt[tok] < 0 && dependents(syn, w, 'det', 'nmod:poss', 'nummod').length === 0;
}

/** Does the parse give the verb a phrase of "to" or "from" naming a person or organisation ("sold its stake to Borr Group")? */
function namedCounterparty(ctx: DocumentContext, syn: Syntax, v: number): boolean {
  return dependents(syn, v, 'obl', 'obl:*').some((o) => {
    const c = caseMarker(syn, o);
    const m = ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn.words[o].start)]];
    return (c === 'to' || c === 'from') && (m?.type === 'ORG' || m?.type === 'PER');
  });
}

/** Nouns of a deal made (data/event-nouns.tsv), whose "…, purchasing N shares" participle says how it was made. */
const DEAL_NOUNS = new Set(['acquisition', 'takeover', 'purchase', 'sale']);
/** Dependents by which a verb takes what it does: its object, or a noun the parse hangs as its complement. */
const DONE_RELATIONS = ['obj', 'xcomp'] as const;

/**
 * Is the dealing verb at token i a participle that says how a deal the clause names was made ("completed its
 * acquisition of Acme, purchasing 63 million shares")? A subjectless -ing clause hung on a verb whose object is a
 * deal noun tells that deal again, not a second one.
 */
export function dealManner(ctx: DocumentContext, i: number, theme: string | undefined): boolean {
  const syn = ctx.syntax;
  const v = verbWord(ctx, i);
  if (!syn || v < 0 || !theme || !DEALING_THEMES.has(theme)) return false;
  // a bare participle: "and is buying Borr" has a verb of its own
  const participle = (w: number) => syn.words[w].text.toLowerCase().endsWith('ing') && !dependents(syn, w, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass').length;
  if (!participle(v)) return false;
  // "paying cash and purchasing the rest": the first of joined participles hangs on the clause
  let k = v;
  while (syn.words[k].deprel === 'conj' && syn.words[k].head >= 0 && participle(syn.words[k].head)) k = syn.words[k].head;
  const { deprel, head } = syn.words[k];
  // the parse hangs such a participle as an adverbial clause or, after a comma, as a conjunct of the clause's verb
  if ((deprel !== 'advcl' && deprel !== 'conj') || head < 0) return false;
  return dependents(syn, head, ...DONE_RELATIONS).some((d) => syn.words[d].upos === 'NOUN' && DEAL_NOUNS.has(syn.words[d].lemma.toLowerCase()));
}
