// Generic and habitual clauses: "women who vote for women", "voters elect a parliament every five
// years". A present-simple verb whose doer is a bare plural common noun says what such people do,
// not that something happened, so it is no event. Read from the parse: tense from the word and its
// lemma, the doer through a relative pronoun to the noun it stands for.
import type { Syntax } from '../../../types.js';
import type { FactsContext } from '../../context/document.js';
import { firstTokenAtOrAfter } from '../../context/document.js';
import { caseMarker, dependents, subjects, subtree, wordOfToken } from '../../syntax/query.js';
import { PAST_AS_BASE } from '../../lexicons/events.js';

/** Dependents that make a noun phrase specific: "the voters", "two voters", "Ohio's voters". */
export const SPECIFIERS = ['det', 'nummod', 'nmod:poss'];
/** Words that make a time expression a frequency ("every four years"), which a habit has. */
const FREQUENCY = new Set(['every', 'each']);
/** "a day", "every week", "per year": a unit of time counted by one of these is a rate, not a date. */
const RATE_UNITS = new Set(['day', 'night', 'week', 'month', 'year', 'hour', 'minute', 'weekend']);
const RATE_WORDS = new Set(['a', 'an', 'every', 'each', 'per']);

/** Is the verb (a word of the parse) a present simple with no auxiliary: "vote", "votes"? */
function simplePresent(ctx: FactsContext, verb: number): boolean {
  const syn = ctx.syntax!;
  const v = syn.words[verb];
  const text = v.text.toLowerCase();
  const lemma = v.lemma.toLowerCase();
  if (text !== lemma && text !== `${lemma}s` && text !== `${lemma}es`) return false;
  // "he quit on Monday", "the minister set a date": a bare form after a singular subject is a past whose form is the base
  if (text === lemma && dependents(syn, verb, 'nsubj').some((d) => singularThirdPerson(syn, d))) return false;
  // "were killed when shells hit a market": a verb whose past is spelled as its base, in a clause
  // hanging from a past, is a past ("when they meet this week" under a past stays a present)
  if (text === lemma && PAST_AS_BASE.has(lemma) && (v.deprel.startsWith('advcl') || v.deprel === 'conj') && v.head >= 0 && pastClause(syn, v.head)) return false;
  return dependents(syn, verb, 'aux', 'aux:*', 'mark').length === 0 && !v.deprel.startsWith('xcomp');
}

/** Is the verb a past: a form neither its lemma nor its -s form ("killed", "fled"), or with a past auxiliary ("was killed", "did go")? */
export function pastClause(syn: Syntax, verb: number): boolean {
  const v = syn.words[verb];
  if (v.upos !== 'VERB' && v.upos !== 'AUX') return false;
  const text = v.text.toLowerCase();
  const lemma = v.lemma.toLowerCase();
  const aux = dependents(syn, verb, 'aux', 'aux:*').map((k) => syn.words[k].text.toLowerCase());
  if (aux.some((a) => PAST_AUXILIARIES.has(a))) return true;
  return aux.length === 0 && text !== lemma && text !== `${lemma}s` && text !== `${lemma}es` && !text.endsWith('ing');
}

const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);

const SINGULAR_PRONOUNS = new Set(['he', 'she', 'it']);

/** A subject a present tense would meet with "-s": he, she, it, a name or a singular noun. */
function singularThirdPerson(syn: Syntax, word: number): boolean {
  const w = syn.words[word];
  const text = w.text.toLowerCase();
  if (w.upos === 'PRON') return SINGULAR_PRONOUNS.has(text);
  return (w.upos === 'PROPN' || w.upos === 'NOUN') && text === w.lemma.toLowerCase() && !text.endsWith('s');
}

/** Is the word a bare plural common noun: "voters", "many women", not "the voters" or a name? */
export function barePlural(ctx: FactsContext, word: number): boolean {
  const syn = ctx.syntax!;
  const w = syn.words[word];
  if (w.upos !== 'NOUN' || w.text.toLowerCase() === w.lemma.toLowerCase()) return false;
  if (ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, w.start)] >= 0) return false;
  return dependents(syn, word, ...SPECIFIERS).length === 0;
}

/** Does the clause carry a date of its own ("in November"), other than a frequency ("every five years")? */
function dated(ctx: FactsContext, verb: number): boolean {
  const syn = ctx.syntax!;
  for (const w of subtree(syn, verb)) {
    const t = firstTokenAtOrAfter(ctx.toks, syn.words[w].start);
    if (ctx.timeAt[t] < 0 || (t > 0 && ctx.timeAt[t - 1] === ctx.timeAt[t])) continue;
    if (!FREQUENCY.has(ctx.low[t]) && !FREQUENCY.has(ctx.low[t - 1] ?? '')) return true;
  }
  return false;
}

/** Is the verb (a word of the parse) a generic or habitual clause? False without a parse. */
export function genericClause(ctx: FactsContext, verb: number): boolean {
  if (!ctx.syntax || verb < 0 || !simplePresent(ctx, verb)) return false;
  const doers = subjects(ctx.syntax, verb);
  return doers.length > 0 && doers.every((d) => barePlural(ctx, d)) && !dated(ctx, verb);
}

/** Adverbs of frequency: "people are usually killed by someone they know" says what tends to happen. */
const FREQUENCY_ADVERBS = new Set(['usually', 'often', 'always', 'generally', 'typically', 'rarely', 'seldom', 'sometimes', 'frequently', 'routinely', 'regularly', 'normally', 'commonly']);

/** Is the verb a present passive with no other auxiliary ("are killed", "is arrested")? */
function presentPassive(ctx: FactsContext, verb: number): boolean {
  const syn = ctx.syntax!;
  const aux = dependents(syn, verb, 'aux', 'aux:*');
  return aux.length === 1 && syn.words[aux[0]].deprel === 'aux:pass' && ['is', 'are', 'am'].includes(syn.words[aux[0]].text.toLowerCase());
}

/** Does the verb (a word of the parse) have a rate among its dependents ("die a day", "protests every day", "usually")? */
function rated(ctx: FactsContext, verb: number): boolean {
  const syn = ctx.syntax!;
  return dependents(syn, verb, 'obl', 'obl:*', 'nsubj', 'obj', 'advmod').some((d) => {
    const w = syn.words[d];
    if (w.deprel === 'advmod' && FREQUENCY_ADVERBS.has(w.text.toLowerCase())) return true;
    return RATE_UNITS.has(w.lemma.toLowerCase()) && dependents(syn, d, 'det', 'case').some((k) => RATE_WORDS.has(syn.words[k].text.toLowerCase()));
  });
}

/**
 * Is the verb a habit with a rate ("90 people a day die", "He protests every day")? A present simple
 * that counts how often says what keeps happening, whoever the doer. False without a parse.
 */
export function habitualClause(ctx: FactsContext, verb: number): boolean {
  return !!ctx.syntax && verb >= 0 && (simplePresent(ctx, verb) || presentPassive(ctx, verb)) && rated(ctx, verb);
}

/**
 * Is the verb a timetable ("South Carolina, which votes Feb. 27", "states that vote a week later")?
 * Outside a headline, a present simple with a date of its own tells what is set to happen, not what happened.
 */
export function timetabledClause(ctx: FactsContext, verb: number): boolean {
  return !!ctx.syntax && verb >= 0 && simplePresent(ctx, verb) && !rated(ctx, verb) && dated(ctx, verb);
}

/** Precisions of a "since" date that opens a stretch of years, not days ("since 2000", not "since Monday"). */
const LONG_STRETCH = new Set(['year']);

/**
 * Is the verb a record kept over years ("states that have voted Democratic since 2000")? A present
 * perfect with a "since" date of year precision or coarser sums up what kept happening, no one
 * happening ("have arrested two men since Monday" keeps its event). False without a parse.
 */
export function recordSinceClause(ctx: FactsContext, verb: number): boolean {
  if (!ctx.syntax || verb < 0) return false;
  const syn = ctx.syntax;
  const perfect = dependents(syn, verb, 'aux').some((k) => ['has', 'have', "'ve"].includes(syn.words[k].text.toLowerCase()));
  if (!perfect) return false;
  return dependents(syn, verb, 'obl', 'obl:*', 'advcl').some((d) => {
    if (!dependents(syn, d, 'case', 'mark').some((c) => syn.words[c].text.toLowerCase() === 'since')) return false;
    const t = ctx.timeAt[firstTokenAtOrAfter(ctx.toks, syn.words[d].start)];
    return t >= 0 && LONG_STRETCH.has(ctx.times[t].value.precision);
  });
}

/**
 * Is the event noun at token t a kind of act that a non-finite verb takes as its object ("trying to
 * commit terrorist acts", "plotting attacks")? A bare plural there names what such people do or aim
 * at, not particular happenings; a date on the verb ("to stage protests on Friday"), or a name or number in
 * the verb's phrase, makes them particular.
 * False without a parse.
 */
export function activityObject(ctx: FactsContext, t: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const word = wordOfToken(syn, t);
  if (word < 0 || syn.words[word].deprel !== 'obj' || !barePlural(ctx, word)) return false;
  // "to open negotiations with Acme", "to settle charges with 40 states": a name or a number in the verb's
  // phrase makes the acts particular
  const particular = (k: number) => syn.words[k].upos === 'NUM' || syn.words[k].upos === 'PROPN' || ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn.words[k].start)] >= 0;
  const verb = syn.words[word].head;
  if (verb < 0 || subtree(syn, verb).some((k) => k !== word && k !== verb && particular(k))) return false;
  const v = syn.words[verb];
  const infinitive = dependents(syn, verb, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to');
  // a gerund, not a participle clause that tells what followed ("the snow melted, causing floods"),
  // however the parse hangs it
  const gerund = v.text.toLowerCase().endsWith('ing') && dependents(syn, verb, 'aux', 'aux:*').length === 0 && !/^(advcl|acl|conj)/.test(v.deprel);
  return (infinitive || gerund) && !dated(ctx, verb);
}

/**
 * Is the event noun at token t a bare plural that a present simple says something of ("Elections are costly",
 * "strikes hurt growth")? It speaks of such happenings in general, not of one; a date in the clause ("protests
 * are planned for Friday") or a determiner, name or number ("the elections", "two strikes") makes them particular.
 * False without a parse.
 */
export function genericSubject(ctx: FactsContext, t: number): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const word = wordOfToken(syn, t);
  if (word < 0 || !syn.words[word].deprel.startsWith('nsubj') || !barePlural(ctx, word) || dependents(syn, word, 'amod', 'compound').length > 0) return false;
  const head = syn.words[word].head;
  if (head < 0 || dated(ctx, head)) return false;
  // "are costly": a copula's predicate, present and with no other auxiliary
  const cop = dependents(syn, head, 'cop').map((k) => syn.words[k].text.toLowerCase());
  if (cop.length) return cop.every((c) => c === 'are' || c === 'is') && dependents(syn, head, 'aux', 'aux:*').length === 0;
  // "Protests continue in several cities", "Talks resume in Geneva": a present that tells where, or that a
  // happening goes on, starts or spreads, is news of particular ones
  if (ONGOING.has(syn.words[head].lemma.toLowerCase()) || placed(ctx, head)) return false;
  return syn.words[head].upos === 'VERB' && simplePresent(ctx, head);
}

/** Aspectual and onset verbs: what they say of happenings is that these go on, start or spread. */
const ONGOING = new Set(['continue', 'resume', 'erupt', 'spread', 'rage', 'grow', 'intensify', 'begin']);
/** Prepositions of an obl that says where ("in Geneva", "across the country", "at the border"). */
const PLACE_CASES = new Set(['in', 'across', 'at']);

/** Does the clause say where: an obl under the verb opened by a place preposition, or a name the tagger calls a place? */
function placed(ctx: FactsContext, verb: number): boolean {
  const syn = ctx.syntax!;
  if (dependents(syn, verb, 'obl').some((k) => PLACE_CASES.has(caseMarker(syn, k) ?? '') && !dated(ctx, k))) return true;
  return subtree(syn, verb).some((k) => ctx.mentions[ctx.mentionAt[firstTokenAtOrAfter(ctx.toks, syn.words[k].start)]]?.type === 'LOC');
}
