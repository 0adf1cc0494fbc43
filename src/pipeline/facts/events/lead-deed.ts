// The lead's own happening: news is written lead first, so the first body sentence states the main
// happening, often with a verb no event word names ("resumed work in Iraq", "lowered the rating",
// "said it hired three bankers"). Where that sentence has no event mention of its own, its main
// predicate (or what a saying root reports) is proposed as an "other" event when the parse gives it a
// particular subject, it is asserted, past or present perfect, and it is a verb of doing: not one of saying,
// thinking, feeling or perceiving, not a state (WordNet's verb files), not "be" or "have", not a figure
// moving ("prices rose", the figures stage's change words), and no habit or career ("has baked bread since
// 1902", "has won the cup three times"). Constant work per sentence.
import type { Span, Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { installedWordNet } from '../../lexicons/wordnet.js';
import { currencyAfter, currencyBefore, figureLexicon } from '../../lexicons/figures.js';
import { agents, caseMarker, children, dependents, headsClause, nounPhraseSpan, objects, passiveSubjects, relationMatches, subjects, subtree, wordOfToken, wordsInSpan } from '../../syntax/query.js';
import { parsedVerbMention, type EventMention } from './mentions.js';
import { EVENT_NOUNS, EVENT_VERBS } from '../../lexicons/events.js';
import { barePlural, pastClause } from './generic.js';
import { tokenRange } from './parse.js';
import { firstVerbSenseFile } from '../../senses/word-senses.js';
import { formalAct } from './formal-act.js';
import { raisedByIssue } from './financing.js';

/**
 * WordNet's verb files of no deed: verb.body (wearing, dressing: "wore a grey suit"), verb.cognition,
 * verb.communication, verb.emotion, verb.perception, verb.stative.
 */
const NO_DEED_FILES = new Set([29, 31, 32, 37, 39, 42]);
/** WordNet's noun files of a party that can do a deed: noun.group (14), noun.person (18). */
const PARTY_FILES = new Set([14, 18]);
/** WordNet's verb.communication (32). */
const VERB_COMMUNICATION = 32;
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
/** WordNet's noun.time (28). */
const NOUN_TIME = 28;
/** Interrogative and relative pronouns: they ask or point back, they name no party ("What happened?", "…, who flew in"). */
const WH_PRONOUNS = new Set(['who', 'whom', 'whose', 'which', 'what', 'whoever', 'whatever', 'whichever']);
/** Adverbs of how often or how long (grammatical words): "have long opposed", "always made", "has never repaired", "won it twice". */
const FREQUENCY_ADVERBS = new Set(['long', 'always', 'usually', 'often', 'never', 'twice']);
/** Determiners of a recurrence: "every morning", "each year". */
const EVERY = new Set(['every', 'each']);
/** Prepositions that open a length of time after a perfect: "has run the shop for three generations", "over the years". */
const SPAN_CASES = new Set(['for', 'over']);
/** About a year, in milliseconds: a lead deed dated further back than this is background. */
const YEAR_MS = 365 * 86_400_000;
/** A word in lower case, two letters or more: "a.m." and a lone "a" say nothing of the line. */
const LOWER_WORD = /^\p{Ll}{2}/u;
/** How many body sentences open the story. */
export const LEAD_BODY_SENTENCES = 1;

/** Is sentence s one of the first LEAD_BODY_SENTENCES body sentences? A headline is not (its clauses proposed more false events than true). */
export function leadSentence(ctx: DocumentContext, s: number): boolean {
  if (!bodySentence(ctx, s)) return false;
  let body = 0;
  for (let k = 0; k < s && body < LEAD_BODY_SENTENCES; k++) if (bodySentence(ctx, k)) body++;
  return body < LEAD_BODY_SENTENCES;
}

/**
 * Is sentence s prose: no heading, and some word in it written in lower case? A line of none is page furniture the
 * heading test let through for its length: a time stamp ("First Posted: 10/25/11 06:44 PM ET Updated: …") or a long
 * title-case headline, whose words read as a deed ("Updated") and would push the story's first sentence out of the lead.
 */
function bodySentence(ctx: DocumentContext, s: number): boolean {
  if (ctx.headingSent[s]) return false;
  for (let k = ctx.sentStart[s]; k < ctx.sentStart[s + 1]; k++) if (LOWER_WORD.test(ctx.toks[k].text)) return true;
  return false;
}

/** Is the verb's first WordNet sense one of doing? Unknown verbs are not. */
function deedVerb(lemma: string): boolean {
  const file = firstVerbSenseFile(lemma);
  return file >= 0 && !NO_DEED_FILES.has(file);
}

/** Is the word a verb whose first WordNet sense is one of saying (verb.communication: "said", "reported", "announced")? */
export function sayingVerb(syn: Syntax, w: number): boolean {
  return syn.words[w].upos === 'VERB' && firstVerbSenseFile(syn.words[w].lemma.toLowerCase()) === VERB_COMMUNICATION;
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
export function party(ctx: DocumentContext, w: number, speakerActs = false): boolean {
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
function figurativeMotion(ctx: DocumentContext, v: number): boolean {
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
 * Is an argument of the verb a word of happening, an event word (pipeline/lexicons/events.ts) or a noun
 * whose first WordNet sense is a happening (noun.event: "fire"), which, the sentence having no mention, the
 * stage turned down ("launched a bid for a third term", "has grown through acquisitions", "was pinned down
 * after heavy fire")? The verb is then that word's light verb or figure, not a deed of its own.
 */
function eventWordArgument(ctx: DocumentContext, v: number): boolean {
  const syn = ctx.syntax!;
  return dependents(syn, v, 'obj', 'obl', 'obl:*', 'nsubj', 'nsubj:*').some((a) => EVENT_NOUNS.has(ctx.low[syn.words[a].token]) || nounFile(syn, a) === NOUN_EVENT);
}

/** A past ("resumed", "was lowered", "had retained") or a present perfect ("has completed"). */
function pastOrPerfect(ctx: DocumentContext, v: number): boolean {
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

/** Is the word an interrogative or relative pronoun ("what", "who")? */
function whPronoun(syn: Syntax, w: number): boolean {
  return (syn.words[w].upos === 'PRON' || syn.words[w].upos === 'DET') && WH_PRONOUNS.has(syn.words[w].text.toLowerCase());
}

/** Has the word a noun sense of time in WordNet ("year", "generation", "Sunday")? */
function timeNoun(syn: Syntax, w: number): boolean {
  const wn = installedWordNet();
  const upos = syn.words[w].upos;
  if (!wn || (upos !== 'NOUN' && upos !== 'PROPN')) return false;
  return wn.synsets(syn.words[w].lemma.toLowerCase(), 'n').some((id) => wn.lexFile(id) === NOUN_TIME);
}

/** The words of the verb's own phrases: its dependents and theirs, not its subjects and not into clauses of their own. */
function ownPhrases(syn: Syntax, v: number): number[] {
  const out: number[] = [];
  const stack = children(syn, v);
  while (stack.length) {
    const k = stack.pop()!;
    if (headsClause(syn, k) || relationMatches(syn.words[k].deprel, 'nsubj:*') || relationMatches(syn.words[k].deprel, 'csubj:*')) continue;
    out.push(k);
    stack.push(...children(syn, k));
  }
  return out;
}

/** A perfect: the verb (or, for a conjunct without auxiliaries, the verb it is conjoined to) has "have" as its auxiliary. */
function perfect(syn: Syntax, v: number, top: number): boolean {
  const own = dependents(syn, v, 'aux', 'aux:*');
  return (own.length || v === top ? own : dependents(syn, top, 'aux', 'aux:*')).some((k) => syn.words[k].lemma.toLowerCase() === 'have');
}

/**
 * Does the predicate tell a habit, a state that lasts or a career rather than a happening? Among its own phrases a
 * recurrence ("every year", which the time stage marks as a set; "every morning", "each Sunday": every/each on a noun
 * of time; "three times"), an adverb of frequency or length ("have long opposed", "always"), a starting point
 * ("since 1902"); with a perfect also a length of time ("has run the shop for three generations": the time stage's
 * duration, or for/over with a noun of time) or a counted plural as object ("has written four novels", "has built
 * more than 400 homes"). A simple past with a length of time ("blocked the road for three hours") stays a happening.
 */
function habitual(ctx: DocumentContext, v: number, top: number): boolean {
  const syn = ctx.syntax!;
  const perf = perfect(syn, v, top);
  for (const k of ownPhrases(syn, v)) {
    const word = syn.words[k];
    const lasting = ctx.lastingAt[word.token];
    if (lasting === 2 || (lasting === 1 && perf)) return true;
    if (word.head === v && word.deprel === 'advmod' && FREQUENCY_ADVERBS.has(word.text.toLowerCase())) return true;
    if (word.deprel === 'det' && EVERY.has(word.text.toLowerCase()) && timeNoun(syn, word.head)) return true;
    if (word.lemma.toLowerCase() === 'time' && word.text.toLowerCase() === 'times' && dependents(syn, k, 'nummod').length) return true;
    if (relationMatches(word.deprel, 'obl:*') && caseMarker(syn, k) === 'since') return true;
    if (perf && (relationMatches(word.deprel, 'obl:*') || relationMatches(word.deprel, 'nmod:*')) && SPAN_CASES.has(caseMarker(syn, k) ?? '') && timeNoun(syn, k)) {
      if (dependents(syn, k, 'nummod', 'det').length || word.text.toLowerCase() !== word.lemma.toLowerCase()) return true;
    }
  }
  // "has written four novels": a count of things made or done over time
  return perf && objects(syn, v).some((o) => syn.words[o].upos === 'NOUN' && dependents(syn, o, 'nummod').some((n) => !/^(?:1|one)$/i.test(syn.words[n].text)));
}

/**
 * Who did it, for the lead: a passive's agent only when the verb is marked passive (aux:pass, a passive subject).
 * "Thieves stole a painting by Vermeer": an obl:agent the parse hangs on an active verb is no doer.
 */
function leadDoers(syn: Syntax, v: number): number[] {
  return dependents(syn, v, 'aux:pass', 'nsubj:pass', 'csubj:pass').length ? agents(syn, v) : subjects(syn, v);
}

/** An active verb the parse gave an obl:agent ("stole a painting by Vermeer"): its arguments are read again by relation. */
function activeWithAgent(syn: Syntax, v: number): boolean {
  return dependents(syn, v, 'obl:agent').length > 0 && dependents(syn, v, 'aux:pass', 'nsubj:pass', 'csubj:pass').length === 0 && subjects(syn, v).length > 0;
}

/**
 * Is verb v, whatever its tense, a predicate of doing as the lead's are read: a verb of doing (not "be" or "have"), no
 * figure moving, no habit, no figure of speech, not the light verb of an event word, and no attempt or aim ("will seek
 * to sell": the happening would be the complement's).
 */
export function doingPredicate(ctx: DocumentContext, v: number): boolean {
  const syn = ctx.syntax!;
  const word = syn.words[v];
  const lemma = word.lemma.toLowerCase();
  if (word.upos !== 'VERB' || STATE_LEMMAS.has(lemma) || !(deedVerb(lemma) || formalAct(ctx, v, (w) => party(ctx, w)))) return false;
  if (dependents(syn, v, 'xcomp').some((x) => syn.words[x].upos === 'VERB')) return false;
  // "raised $40 million from an offering of notes": a financing carried out, though money and motion read otherwise
  if (raisedByIssue(ctx, v)) return !habitual(ctx, v, v);
  return !statistic(syn, v) && !habitual(ctx, v, v) && !figurativeMotion(ctx, v) && !eventWordArgument(ctx, v);
}

/**
 * The words of the parse that are sentence s's main predicates of doing: its root verb and the verbs
 * conjoined to it ("resumed work and visited two sites"), each with an explicit subject (its own, or for a
 * conjunct the root's), past or present perfect. Status and coverage by other events are the caller's.
 * Empty without a parse.
 */
export function leadPredicates(ctx: DocumentContext, s: number): number[] {
  const syn = ctx.syntax;
  if (!syn || s + 1 >= syn.sentenceWordStart.length) return [];
  const out: number[] = [];
  // each verb's subjects are asked for several times over (its own, a conjunct's, a report's): read once each
  const subjectsKnown = new Map<number, number[]>();
  const passivesKnown = new Map<number, number[]>();
  const subjectsOf = (v: number): readonly number[] => {
    let found = subjectsKnown.get(v);
    if (!found) subjectsKnown.set(v, (found = subjects(syn, v)));
    return found;
  };
  const passivesOf = (v: number): readonly number[] => {
    let found = passivesKnown.get(v);
    if (!found) passivesKnown.set(v, (found = passiveSubjects(syn, v)));
    return found;
  };
  const hasSubject = (v: number) => subjectsOf(v).length + passivesOf(v).length > 0;
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
        // "What happened …?", "The mayor, who flew in …, visited": an interrogative, or a relative clause the parse made the root
        if ([...subjectsOf(v), ...subjectsOf(top)].some((d) => whPronoun(syn, d))) continue;
        // "Scientists have found …": a bare plural doer is people of a kind, no particular party to a happening
        const doers = subjectsOf(v).length ? subjectsOf(v) : passivesOf(v).length ? passivesOf(v) : subjectsOf(top);
        if (doers.length && doers.every((d) => barePlural(ctx, d))) continue;
        if (!pastOrPerfect(ctx, v) || !(deedVerb(lemma) || formalAct(ctx, v, (d) => party(ctx, d)))) continue;
        const financing = raisedByIssue(ctx, v);
        if ((statistic(syn, v) && !financing) || habitual(ctx, v, top)) continue;
        // the doer (a passive's agent, where named) must be a party that can act
        const who = (leadDoers(syn, v).length || v === top ? leadDoers(syn, v) : leadDoers(syn, top)).filter((d) => !whPronoun(syn, d));
        const speakerActs = top !== w && subjectsOf(w).some((d) => party(ctx, d));
        if (who.length && !who.some((d) => party(ctx, d, speakerActs))) continue;
        if (!financing && (figurativeMotion(ctx, v) || eventWordArgument(ctx, v))) continue;
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
 * The lead's happenings of sentence s when no mention was `found` in it (a sentence that already tells a happening
 * has its event): for each main predicate of doing (leadPredicates) that is no word of a name and no event word of
 * the stage's own, an asserted "other" clause mention read as event verbs are (arguments, status). Empty outside
 * the lead, for a question, and without a parse.
 */
export function leadMentions(ctx: DocumentContext, s: number, found: readonly EventMention[]): EventMention[] {
  const syn = ctx.syntax;
  // an event the sentence tells elsewhere (in a relative clause, an object's modifier: "dredged the canal, which
  // flooded during the storm") leaves its main deed to be proposed; only the predicates its mentions cover are not
  if (!syn || !leadSentence(ctx, s)) return [];
  // "What really happened at the museum?": a question asserts nothing
  const last = ctx.sentStart[s + 1] - 1;
  if (last >= ctx.sentStart[s] && ctx.low[last] === '?') return [];
  const covered = new Set<number>();
  for (const m of found) {
    const w = wordOfToken(syn, m.trigger);
    if (w < 0) continue;
    covered.add(w);
    // the verb an event word hangs on, and deeds conjoined with its own ("were killed and seven injured")
    const verb = syn.words[w].head;
    if (verb >= 0) {
      covered.add(verb);
      // "The town lost its oldest mill when a fire gutted it": a clause the event's "when" clause hangs on tells what it did
      const told = whenClauseOn(syn, verb);
      if (told >= 0) covered.add(told);
    }
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
    if (activeWithAgent(syn, v)) {
      // "Thieves stole a painting by Vermeer": the subject did it, to the object and the agent's phrase it sits in
      m.actors = subjects(syn, v).map((d) => tokenRange(ctx, nounPhraseSpan(syn, d)));
      m.targets = objects(syn, v).map((o) => tokenRange(ctx, nounPhraseSpan(syn, o)));
    }
    // a happening of its own kind: only the same deed told again joins it
    m.theme = `lead:${lemma}`;
    out.push(m);
  }
  return out;
}

/** The clause a "when" clause at word v hangs on ("lost its mill when a fire gutted it"); -1 when v opens no such clause. */
function whenClauseOn(syn: Syntax, v: number): number {
  const word = syn.words[v];
  if (word.deprel !== 'advcl' || word.head < 0) return -1;
  return dependents(syn, v, 'mark', 'advmod').some((k) => syn.words[k].text.toLowerCase() === 'when') ? word.head : -1;
}

/** The first instant of an ISO date at any precision ("1984", "2020-12", "2020-12-30"), in ms; null for others. */
function isoStart(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  return m ? Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) : null;
}

/**
 * Is a lead mention's resolved date (ISO) more than about a year before the story ("stopped paying a dividend in
 * 1984")? That is background, not the news. A period counts from its start; "on 30 December" in a story of 3 January
 * is days back, whatever the year.
 */
export function backgroundLead(ctx: DocumentContext, m: EventMention, iso: string | null | undefined): boolean {
  const published = ctx.doc.meta.published.value;
  if (!m.theme?.startsWith('lead:') || !iso || !published) return false;
  const when = isoStart(iso);
  const now = isoStart(published);
  return when !== null && now !== null && now - when > YEAR_MS;
}

/**
 * Is a date in the lead sentence not the lead deed's, but a noun's ("withdrew an article of 2 March", "painted the hall
 * of the 1902 school")? A time on the predicate, on an oblique under it ("at a ceremony on Monday") or on a verb
 * conjoined with it dates the deed; so does one in a phrase of its own that the parse hangs on a noun. A time the noun
 * owns, by "of", a possessive or standing before it, does not. Dates outside the sentence are not judged.
 */
export function foreignLeadDate(ctx: DocumentContext, m: EventMention, date: Span | null | undefined): boolean {
  const syn = ctx.syntax;
  if (!syn || !date || !m.theme?.startsWith('lead:')) return false;
  const sent = ctx.sentences[m.sent];
  if (date.start < sent.start || date.end > sent.end) return false;
  const v = wordOfToken(syn, m.trigger);
  if (v < 0) return false;
  // "an article of 2 March": the parse may hang the day on the noun and the month on the verb; every part must be the deed's.
  // A time in a phrase of its own ("on 29 December", a bare "Friday" after the object) that the parse hangs on a noun is an
  // attachment it cannot decide: it stays; one the noun owns, by "of" or written before it ("the 1902 school",
  // "Tuesday's edition"), does not.
  const inside = wordsInSpan(syn, date);
  return inside.some((w) => {
    const h = syn.words[w].head;
    if (h < 0 || inside.includes(h) || predicateTime(syn, v, h)) return false;
    const marker = inside.map((k) => caseMarker(syn, k)).find((c) => c !== null) ?? null;
    const prenominal = w < h && (syn.words[h].upos === 'NOUN' || syn.words[h].upos === 'PROPN');
    return prenominal || marker === 'of' || marker === "'s" || marker === '’s';
  });
}

/** Does a time that hangs on word h date predicate v: h is v, an oblique or conjunct on the way up to it, or v's own conjunct head? */
function predicateTime(syn: Syntax, v: number, h: number): boolean {
  // "visited three depots and sealed the stores on Tuesday": conjoined deeds share the time
  if (syn.words[v].deprel === 'conj' && syn.words[v].head === h) return true;
  for (let guard = 0; guard < 8 && h >= 0; guard++) {
    if (h === v) return true;
    const rel = syn.words[h].deprel;
    if (!(relationMatches(rel, 'obl:*') || relationMatches(rel, 'nmod:*') || rel === 'conj' || rel === 'compound' || rel === 'flat' || rel === 'appos')) return false;
    h = syn.words[h].head;
  }
  return false;
}
