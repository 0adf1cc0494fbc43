// What a company or a government did: "Kellogg suspended work on a plant", "the government has contributed $3
// million", "Acme said it adopted a rights plan", "Rogers plans to raise C$175 million". No typed rule reads
// such acts, yet a report of a body's decided action is a happening of its own ('other'). The parse tells
// the clause: an active subject that is a named organisation, or a noun whose WordNet sense is a kind of
// organisation ("the company", "the government"; not an armed or police force, whose acts the typed rules
// read), or "it"/"they" reporting for such a subject ("Acme said it ..."); a verb of doing by the
// lexicographer file of its first WordNet sense (possession, creation, change, social, competition,
// contact, motion; not saying, thinking, perceiving, feeling or being) with an object of its own. What
// the object is decides the gold's non-events: results, prices and statistics (WordNet: a kind of income,
// gross, monetary value, statistic, rate or ratio) are figures, not happenings ("posted a profit").
import type { FactsContext } from '../context.js';
import { firstTokenAtOrAfter } from '../context.js';
import { installedWordNet, isKindOf, type WordNet } from '../../../corpus/events/wordnet.js';
import { caseMarker, children, dependents, subtree } from '../../syntax/query.js';
import { LIGHT_VERBS } from '../lexicons/events.js';
import { habitualClause } from './generic.js';
import { verbStatus, type StatusCues } from './parse.js';
import type { EventMention } from './mentions.js';

/** WordNet verb files of doing: change 30, competition 33, contact 35, creation 36, motion 38, possession 40, social 41. */
const DOING_FILES = new Set([30, 33, 35, 36, 38, 40, 41]);
/** WordNet's lexicographer file of groups (noun.group). */
const NOUN_GROUP = 14;
/** Pronouns that stand for a body in a clause it reports ("Acme said it ...", "the banks said they ..."). */
const BODY_PRONOUNS = new Set(['it', 'they']);
/** Heads of a figure rather than a happening (WordNet synset heads): results, prices, statistics, rates. */
const FIGURE_KINDS = new Set(['income', 'gross', 'loss', 'monetary_value', 'statistic', 'rate', 'magnitude_relation']);

const cache = new Map<string, boolean>();
function cached(key: string, f: () => boolean): boolean {
  let yes = cache.get(key);
  if (yes === undefined) cache.set(key, (yes = f()));
  return yes;
}

/**
 * Is the verb's first WordNet sense one of doing? Not having ("has the option", "owns a stake": a sense that is, or is a
 * kind of, one with the word "have"), and not a light verb, whose object tells the happening ("took a detour").
 */
function doingVerb(wn: WordNet, lemma: string): boolean {
  return cached(`v:${lemma}`, () => {
    const first = wn.synsets(lemma, 'v')[0];
    if (!first || !DOING_FILES.has(wn.lexFile(first)) || LIGHT_VERBS.has(lemma) || lemma === 'take') return false;
    // a root of possession is a state ("owes", "lost"); its kinds are acts ("pay" is a kind of giving)
    if (wn.lexFile(first) === VERB_POSSESSION && !wn.synset(first)?.pointers.some((p) => p.symbol === '@')) return false;
    return !isKindOf(wn, first, (x) => x.words.includes('have'), { maxHops: 3 });
  });
}

/** Is the verb's first WordNet sense, or one it is a kind of, intending ("plan", "intend")? */
function intendVerb(wn: WordNet, lemma: string): boolean {
  return cached(`i:${lemma}`, () => {
    const first = wn.synsets(lemma, 'v')[0];
    return !!first && isKindOf(wn, first, (x) => x.words.includes('intend'), { maxHops: 2 });
  });
}

/** WordNet's lexicographer file of verbs of contact ("post", "put"). */
const VERB_CONTACT = 35;
/** WordNet's lexicographer file of verbs of possession. */
const VERB_POSSESSION = 40;
/** WordNet's lexicographer file of verbs of motion: what a price does ("surged 4 5/8", "tumbled 39 points"). */
const VERB_MOTION = 38;

/** Is the noun's first WordNet sense a kind of organisation, but not of an armed or police force? */
function bodyNoun(wn: WordNet, word: string): boolean {
  return cached(`n:${word}`, () => {
    const first = wn.synsets(word, 'n')[0];
    if (!first || wn.lexFile(first) !== NOUN_GROUP) return false;
    const within = { maxHops: 6 };
    return isKindOf(wn, first, (s) => s.words.includes('organization'), within) && !isKindOf(wn, first, (s) => s.words.includes('force'), within);
  });
}

/** Is the noun's first WordNet sense a figure: a result, price, statistic or rate ("earnings", "prices")? */
function figureNoun(wn: WordNet, word: string): boolean {
  return cached(`f:${word}`, () => {
    const first = wn.synsets(word, 'n')[0];
    return !!first && isKindOf(wn, first, (s) => s.words.some((x) => FIGURE_KINDS.has(x)), { maxHops: 8 });
  });
}

/** WordNet's lexicographer file of nouns of communication (noun.communication). */
const NOUN_COMMUNICATION = 10;
/** Is the noun's first WordNet sense a message ("a video", "a statement"): doing something with one is communicating? */
function messageNoun(wn: WordNet, word: string): boolean {
  return cached(`m:${word}`, () => {
    const first = wn.synsets(word, 'n')[0];
    return !!first && wn.lexFile(first) === NOUN_COMMUNICATION;
  });
}

/** Does word w of the parse stand for an organisation or government acting in clause h? */
function bodySubject(ctx: FactsContext, wn: WordNet, w: number, h: number, depth = 0): boolean {
  const syn = ctx.syntax!;
  const word = syn.words[w];
  const m = ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, word.start)]];
  if (m) return m.type === 'ORG';
  const low = word.text.toLowerCase();
  if (word.upos === 'NOUN') return bodyNoun(wn, word.lemma.toLowerCase());
  // "Acme said it adopted a plan": the pronoun of a clause reported by a body stands for it
  if (word.upos === 'PRON' && BODY_PRONOUNS.has(low) && depth === 0) {
    const clause = syn.words[h];
    if (clause.deprel !== 'ccomp' || clause.head < 0) return false;
    const g = clause.head;
    return dependents(syn, g, 'nsubj').some((s) => bodySubject(ctx, wn, s, g, depth + 1));
  }
  return false;
}

/** Actions by organisations and governments in sentence s, where no typed mention already covers the clause. */
export function bodyActions(ctx: FactsContext, s: number, typed: readonly EventMention[], cues: StatusCues): EventMention[] {
  const syn = ctx.syntax;
  const wn = installedWordNet();
  if (!syn || !wn || ctx.headingSent[s]) return [];
  // the lead: the story's first sentence below any heading tells the happening it reports
  for (let k = 0; k < s; k++) if (!ctx.headingSent[k]) return [];
  const out: EventMention[] = [];
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) {
    const subj = syn.words[w];
    if (subj.deprel !== 'nsubj' || subj.head < 0) continue;
    let h = subj.head;
    let planned = false;
    // "Rogers plans to raise C$175 million": the act a body plans is the verb of its infinitive
    // (a plan decided: a verb whose first WordNet sense is, or is a kind of, intending; not "expects to post")
    // (the tagger may take "plans" with a subject for a noun, its infinitive then for a clause on it: read as the verb)
    if (intendVerb(wn, syn.words[h].lemma.toLowerCase()))
      h = dependents(syn, h, 'xcomp', 'acl').find((k) => (planned = syn.words[k].upos === 'VERB' && dependents(syn, k, 'mark').some((m) => syn.words[m].text.toLowerCase() === 'to'))) ?? h;
    const head = syn.words[h];
    if (head.upos !== 'VERB' || !doingVerb(wn, head.lemma.toLowerCase())) continue;
    // "is seeking a loan", "tried to ...": a verb of aiming at something tells no act done
    if (cues.plan.has(head.lemma.toLowerCase())) continue;
    // "for RJR to obtain top dollar": an infinitive with a subject of its own says what is needed, not what was done
    if (h === subj.head && dependents(syn, h, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to')) continue;
    // an object of its own: "suspended work", not "fell through"; and no figure: "posted a loss", "surged 4 5/8" (a price moving)
    const objs = dependents(syn, h, 'obj');
    const caseOf = (k: number) => (caseMarker(syn, k) ?? '').toLowerCase();
    const amount = (o: number) => syn.words[o].upos === 'NUM' || syn.words[o].upos === 'SYM' || dependents(syn, o, 'nummod').length > 0;
    // a figure ("a loss", "4%", "its offer ... to A$8.4bn": a change to an amount) or a message ("posted a video": communicating)
    const nounOf = (o: number) => (syn.words[o].text === '%' ? 'percent' : syn.words[o].lemma.toLowerCase());
    // (the object's head, or what a bare number counts: "4%"; not a modifier: "its 7% notes")
    const figure = (o: number) => [o, ...(syn.words[o].upos === 'NUM' ? children(syn, o) : [])].some((k) => (syn.words[k].upos === 'NOUN' || syn.words[k].text === '%') && figureNoun(wn, nounOf(k)));
    // (a message moved or put up: "posted a video", "sent a letter"; not "paid the claims", "redeem its notes")
    const verbFile = wn.lexFile(wn.synsets(head.lemma.toLowerCase(), 'v')[0]);
    const message = (o: number) => (verbFile === VERB_CONTACT || verbFile === VERB_MOTION) && syn.words[o].upos === 'NOUN' && messageNoun(wn, nounOf(o));
    // (a phrase "to"/"by" an amount anywhere in the clause: the parse may hang it on a word of the object, "its lending rate to 10.5 pct")
    const toAmount = subtree(syn, h).some((k) => k !== h && ['to', 'by'].includes(caseOf(k)) && syn.words[k].deprel.startsWith('ob') && subtree(syn, k).some((x) => /\d/.test(syn.words[x].text)));
    if (!objs.length || toAmount || objs.some((o) => figure(o) || message(o) || (amount(o) && verbFile === VERB_MOTION))) continue;
    if (!bodySubject(ctx, wn, w, subj.head)) continue;
    const t = firstTokenAtOrAfter(ctx.toks, head.start);
    if (ctx.quoteAt[t] >= 0) continue;
    const span = new Set(subtree(syn, h).map((x) => firstTokenAtOrAfter(ctx.toks, syn.words[x].start)));
    // "Acme acquired Beta", "the government banned the party": the clause's own event is told already
    if (typed.some((m) => span.has(m.trigger) && (m.kind === 'clause' || m.trigger === t))) continue;
    // "the INS routinely sends immigrants back": a habit, no one happening
    if (habitualClause(ctx, h)) continue;
    const said = verbStatus(ctx, h, cues);
    if (said !== 'asserted' && said !== 'planned') continue;
    const status = planned ? 'planned' : said;
    const range = (x: number): [number, number] => {
      const ws = subtree(syn, x);
      return [firstTokenAtOrAfter(ctx.toks, syn.words[Math.min(...ws)].start), firstTokenAtOrAfter(ctx.toks, syn.words[Math.max(...ws)].start) + 1];
    };
    // the body's phrase: the noun and the words of its name and description ("the Kenyan government", "Rogers Communications Inc.")
    const own = [w, ...dependents(syn, w, 'det', 'amod', 'compound', 'flat', 'flat:*', 'nmod:poss')];
    const tok = (x: number) => firstTokenAtOrAfter(ctx.toks, syn.words[x].start);
    const actor: Array<[number, number]> = subj.upos === 'PRON' ? [] : [[tok(Math.min(...own)), tok(Math.max(...own)) + 1]];
    out.push({
      type: 'other', trigger: t, triggerEnd: t + 1 + children(syn, h).filter((k) => syn.words[k].deprel === 'compound:prt').length, sent: s, para: ctx.paraOfSent[s], kind: 'clause',
      strong: true, isNew: false, definite: false, lightVerb: false, actors: actor, targets: [range(objs[0])], counts: {}, countRanges: [], status,
      placeRanges: [[t + 1, Math.min(ctx.sentStart[s + 1], t + 12)]], ownTime: -1, theme: head.lemma.toLowerCase(),
    });
  }
  return out;
}
