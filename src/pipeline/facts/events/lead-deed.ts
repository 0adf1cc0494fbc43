// The lead's own happening: news is written lead first, so the first body sentence states the main
// happening, often with a verb no event word names ("resumed work in Iraq", "lowered the rating",
// "said it hired three bankers"). Where that sentence has no event mention of its own, its main
// predicate (or what a saying root reports) is proposed as an "other" event when the parse gives it a
// particular subject, it is asserted, past or present perfect, and it is a verb of doing: not one of saying,
// thinking, feeling or perceiving, not a state (WordNet's verb files), not "be" or "have", and not a
// figure moving ("prices rose", the figures stage's change words). Constant work per sentence.
import type { Syntax } from '../../../types.js';
import type { FactsContext } from '../context.js';
import { installedWordNet } from '../../../corpus/events/wordnet.js';
import { currencyAfter, currencyBefore, figureLexicon } from '../figures/lexicon.js';
import { dependents, doers as doersOf, passiveSubjects, subjects, subtree, wordOfToken } from '../../syntax/query.js';
import { parsedVerbMention, type EventMention } from './mentions.js';
import { EVENT_NOUNS, EVENT_VERBS } from '../lexicons/events.js';
import { barePlural, pastClause } from './generic.js';

/**
 * WordNet's verb files of no deed: verb.body (wearing, dressing: "wore a grey suit"), verb.cognition,
 * verb.communication, verb.emotion, verb.perception, verb.stative.
 */
const NO_DEED_FILES = new Set([29, 31, 32, 37, 39, 42]);
/** WordNet's noun files of a party that can do a deed: noun.group (14), noun.person (18). */
const PARTY_FILES = new Set([14, 18]);
/** WordNet's noun.event (11). */
const NOUN_EVENT = 11;
/** WordNet's verb.motion (38). */
const VERB_MOTION = 38;
/**
 * WordNet's noun files of no place and no thing: noun.act (4), noun.attribute (7), noun.cognition (9),
 * noun.communication (10), noun.event (11), noun.feeling (12), noun.phenomenon (19), noun.state (26).
 */
const ABSTRACT_FILES = new Set([4, 7, 9, 10, 11, 12, 19, 26]);
/** Main verbs that state, not happen. */
const STATE_LEMMAS = new Set(['be', 'have']);
const PERFECT_AUX = new Set(['has', 'have', "'s", "'ve", '’s', '’ve']);
/** How many body sentences open the story. */
export const LEAD_BODY_SENTENCES = 1;

/** Is sentence s one of the first LEAD_BODY_SENTENCES body sentences? A headline is not (its clauses proposed more false events than true). */
export function leadSentence(ctx: FactsContext, s: number): boolean {
  if (ctx.headingSent[s]) return false;
  let body = 0;
  for (let k = 0; k < s; k++) if (!ctx.headingSent[k]) body++;
  return body < LEAD_BODY_SENTENCES;
}

/** Is the verb's first WordNet sense one of doing? Unknown verbs are not. */
function deedVerb(lemma: string): boolean {
  const wn = installedWordNet();
  const first = wn?.synsets(lemma, 'v')[0];
  return !!wn && !!first && !NO_DEED_FILES.has(wn.lexFile(first));
}

/** Is the word a verb whose first WordNet sense is one of saying (verb.communication: "said", "reported", "announced")? */
function sayingVerb(syn: Syntax, w: number): boolean {
  const wn = installedWordNet();
  const first = syn.words[w].upos === 'VERB' ? wn?.synsets(syn.words[w].lemma.toLowerCase(), 'v')[0] : undefined;
  return !!wn && !!first && wn.lexFile(first) === 32;
}

/** The WordNet file of a common noun's first sense; null for other words and unknown nouns. */
function nounFile(syn: Syntax, w: number): number | null {
  const wn = installedWordNet();
  const first = syn.words[w].upos === 'NOUN' ? wn?.synsets(syn.words[w].lemma.toLowerCase(), 'n')[0] : undefined;
  return wn && first ? wn.lexFile(first) : null;
}

/**
 * Can the word do a deed: a name or an entity the text resolves, a pronoun other than "it", or a common noun
 * whose first sense is a person or a group ("the council", "inspectors")? "The sea rose", "a flood of complaints
 * hit the ministry", "the operation went well": no party acts. `speakerActs`: the word is in what a party says.
 */
function party(ctx: FactsContext, w: number, speakerActs = false): boolean {
  const word = ctx.syntax!.words[w];
  if (ctx.mentionAt[word.token] >= 0 || word.upos === 'PROPN') return true;
  // "The board said it had repaired …": an "it" a party reports of itself is that party
  if (word.upos === 'PRON') return word.text.toLowerCase() !== 'it' || speakerActs;
  const file = nounFile(ctx.syntax!, w);
  return file !== null && PARTY_FILES.has(file);
}

/**
 * Is the verb one of motion with an oblique that is no place and no thing ("came under fire", "went into
 * decline")? Movement to an act, a state or a feeling is a figure of speech: what the subject undergoes, no deed.
 */
function figurativeMotion(ctx: FactsContext, v: number): boolean {
  const syn = ctx.syntax!;
  const wn = installedWordNet();
  const first = wn?.synsets(syn.words[v].lemma.toLowerCase(), 'v')[0];
  if (!wn || !first || wn.lexFile(first) !== VERB_MOTION) return false;
  return dependents(syn, v, 'obl', 'obl:*').some((o) => {
    const file = ctx.mentionAt[syn.words[o].token] >= 0 ? null : nounFile(syn, o);
    return file !== null && ABSTRACT_FILES.has(file);
  });
}

/**
 * Is an argument of the verb a word of happening, an event word of the stage's (lexicons/events.ts) or a noun
 * whose first WordNet sense is a happening (noun.event: "fire"), which, the sentence having no mention, the
 * stage turned down ("launched a bid for a third term", "has grown through acquisitions", "was pinned down
 * after heavy fire")? The verb is then that word's light verb or figure, not a deed of its own.
 */
function eventWordArgument(ctx: FactsContext, v: number): boolean {
  const syn = ctx.syntax!;
  return dependents(syn, v, 'obj', 'obl', 'obl:*', 'nsubj', 'nsubj:*').some((a) => EVENT_NOUNS.has(ctx.low[syn.words[a].token]) || nounFile(syn, a) === NOUN_EVENT);
}

/** A past ("resumed", "was lowered", "had retained") or a present perfect ("has completed"). */
function pastOrPerfect(ctx: FactsContext, v: number): boolean {
  const syn = ctx.syntax!;
  if (pastClause(syn, v)) return true;
  const aux = dependents(syn, v, 'aux', 'aux:*').map((k) => syn.words[k].text.toLowerCase());
  return aux.length > 0 && PERFECT_AUX.has(aux[0]) && !syn.words[v].text.toLowerCase().endsWith('ing');
}

/**
 * Is the predicate a figure moving ("profits rose 5%", "posted a 20% gain", whose "gain" the parse may make a conjoined verb, "closed at $5.25, down $1.875")?
 * A number among the verb's own phrases, with a change word of the figures stage's (data/figures/changes.tsv)
 * as the verb or in those phrases: what the figures stage records as a change, no happening.
 */
function statistic(syn: Syntax, v: number): boolean {
  const lex = figureLexicon();
  const changes = lex.changes;
  // "took an $89.9 million charge", "reported a $5 million loss": an amount of money as what is done is a financial result
  const money = (k: number) => {
    const text = syn.words[k].text;
    return currencyBefore(lex, text) !== null || currencyBefore(lex, text.toLowerCase()) !== null || currencyAfter(lex, text.toLowerCase(), undefined) !== null;
  };
  if (dependents(syn, v, 'obj').some((o) => { const t = subtree(syn, o); return t.some((k) => syn.words[k].upos === 'NUM') && t.some(money); })) return true;
  const words = [v, ...dependents(syn, v, 'obj', 'obl', 'obl:*', 'advmod', 'nsubj', 'nsubj:*', 'xcomp', 'conj').flatMap((d) => subtree(syn, d))];
  const change = (k: number) => changes.has(syn.words[k].text.toLowerCase()) || changes.has(syn.words[k].lemma.toLowerCase());
  return words.some((k) => syn.words[k].upos === 'NUM') && words.some(change);
}

/**
 * The words of the parse that are sentence s's main predicates of doing: its root verb and the verbs
 * conjoined to it ("resumed work and visited two sites"), each with an explicit subject (its own, or for a
 * conjunct the root's), past or present perfect. Status and coverage by other events are the caller's.
 * Empty without a parse.
 */
export function leadPredicates(ctx: FactsContext, s: number): number[] {
  const syn = ctx.syntax;
  if (!syn || s + 1 >= syn.sentenceWordStart.length) return [];
  const out: number[] = [];
  const hasSubject = (v: number) => subjects(syn, v).length + passiveSubjects(syn, v).length > 0;
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) {
    if (syn.words[w].head !== -1) continue;
    // "Acme said it retained three bankers": what a saying root reports is the lead's happening
    const reported = sayingVerb(syn, w) && hasSubject(w) ? dependents(syn, w, 'ccomp').filter(hasSubject) : [];
    for (const top of [w, ...reported]) {
      const topSubject = hasSubject(top);
      for (const v of [top, ...dependents(syn, top, 'conj')]) {
        const word = syn.words[v];
        const lemma = word.lemma.toLowerCase();
        if (word.upos !== 'VERB' || STATE_LEMMAS.has(lemma)) continue;
        if (!(hasSubject(v) || (v !== top && topSubject))) continue;
        // "Scientists have found …": a bare plural doer is people of a kind, no particular party to a happening
        const doers = subjects(syn, v).length ? subjects(syn, v) : passiveSubjects(syn, v).length ? passiveSubjects(syn, v) : subjects(syn, top);
        if (doers.length && doers.every((d) => barePlural(ctx, d))) continue;
        if (!pastOrPerfect(ctx, v) || !deedVerb(lemma)) continue;
        if (statistic(syn, v)) continue;
        // the doer (a passive's agent, where named) must be a party that can act
        const who = doersOf(syn, v).length || v === top ? doersOf(syn, v) : doersOf(syn, top);
        const speakerActs = top !== w && subjects(syn, w).some((d) => party(ctx, d));
        if (who.length && !who.some((d) => party(ctx, d, speakerActs))) continue;
        if (figurativeMotion(ctx, v) || eventWordArgument(ctx, v)) continue;
        // "has sought to reassure", "tried to sell": a verb with a verb as its open complement tells an attempt
        // or an aim; the happening would be the complement's, which the verb leaves unrealised or says nothing new of
        if (dependents(syn, v, 'xcomp').some((x) => syn.words[x].upos === 'VERB')) continue;
        out.push(v);
      }
    }
  }
  return out;
}

/**
 * The lead's happenings of sentence s that no mention already `found` in it covers: for each main predicate of
 * doing (leadPredicates) that is no event word's own verb, nor the verb an event word hangs on ("held talks",
 * "launched an attack"), an asserted "other" clause mention read as event verbs are (arguments, status). Empty
 * outside the lead and without a parse.
 */
export function leadMentions(ctx: FactsContext, s: number, found: readonly EventMention[]): EventMention[] {
  const syn = ctx.syntax;
  // an event the sentence tells elsewhere (in a relative clause, an object's modifier: "dredged the canal, which
  // flooded during the storm") leaves its main deed to be proposed; only the predicates its mentions cover are not
  if (!syn || !leadSentence(ctx, s)) return [];
  const covered = new Set<number>();
  for (const m of found) {
    const w = wordOfToken(syn, m.trigger);
    if (w < 0) continue;
    covered.add(w);
    // the verb an event word hangs on, and deeds conjoined with its own ("were killed and seven injured")
    if (syn.words[w].head >= 0) covered.add(syn.words[w].head);
    for (const c of dependents(syn, w, 'conj')) covered.add(c);
  }
  const out: EventMention[] = [];
  for (const v of leadPredicates(ctx, s)) {
    // "Gulf Applied Technologies": a word of a name is no verb, whatever the parse says
    if (covered.has(v) || ctx.mentionAt[syn.words[v].token] >= 0) continue;
    // "bought new trucks", "closed the meeting": an event word of the stage's own that its senses turned down stays down
    if (EVENT_VERBS.has(ctx.low[syn.words[v].token])) continue;
    const lemma = syn.words[v].lemma.toLowerCase();
    const m = parsedVerbMention(ctx, syn.words[v].token, v, s, ctx.sentStart[s], ctx.sentStart[s + 1], { type: 'other', lemma, form: 'ed' });
    if (!m || m.status !== 'asserted') continue;
    // a happening of its own kind: only the same deed told again joins it
    m.theme = `lead:${lemma}`;
    out.push(m);
  }
  return out;
}

/** Is a lead mention's resolved date (ISO) in a year before the story's ("stopped paying a dividend in 1984")? That is background, not the news. */
export function backgroundLead(ctx: FactsContext, m: EventMention, iso: string | null | undefined): boolean {
  const published = ctx.doc.meta.published.value;
  if (!m.theme?.startsWith('lead:') || !iso || !published) return false;
  return iso.slice(0, 4) < published.slice(0, 4);
}
