// An undertaking called off, withdrawn or turned down: "withdrew its offer to buy Acme", "the board rejected the bid
// as too low", "the ceremony was cancelled". News tells the calling off as a happening of its own, and the golds count
// it as one ("other"), while the undertaking itself is left as the stage reads it (a cancelled occasion is negated:
// rescheduled.ts; a rejected bid may be denied). The lead's rule turns such a verb down as the light verb of its event
// word (lead-deed.ts: eventWordArgument), so it is read here: a verb of data/words/calling-off-verbs.txt whose object or
// passive subject is an event word of the stage's or a noun whose first WordNet sense is an act or an event ("work",
// "service"), proposed as an "other" clause mention read as event verbs are, when asserted (one sought or planned may
// not come). "Withdrew troops", "rejected the idea": no act is called off. Constant work per sentence.
import type { DocumentContext } from '../../context/document.js';
import { dataWordList } from '../../lexicon-files.js';
import { EVENT_NOUNS } from '../../lexicons/events.js';
import { installedWordNet } from '../../lexicons/wordnet.js';
import { isDirectiveWord } from '../../senses/word-senses.js';
import { caseMarker, dependents } from '../../syntax/query.js';
import { parsedVerbMention, type EventMention } from './mentions.js';
import { earlierYear } from './background.js';

const CALLING_OFF = new Set(dataWordList('words', 'calling-off-verbs.txt'));
/** Verbs that halt only an activity told as their gerund ("stopped shipping"): "stopping the fight" ends no undertaking. */
const HALTING = new Set(dataWordList('words', 'halting-verbs.txt'));
/** WordNet's noun.act (4) and noun.event (11): what can be called off. */
const ACT_FILES = new Set([4, 11]);
const RELATIVE_PRONOUNS = new Set(['which', 'that']);

/** Is the word (of the parse) a noun of an undertaking: an event word, or a noun whose first sense is an act or an event? */
function undertakingNoun(ctx: DocumentContext, w: number): boolean {
  const word = ctx.syntax!.words[w];
  if (word.upos !== 'NOUN') return false;
  if (EVENT_NOUNS.has(word.text.toLowerCase()) || EVENT_NOUNS.has(word.lemma.toLowerCase())) return true;
  // "revoked an eleventh-hour rule": a rule laid down is undone as an undertaking is called off
  return firstSenseIsAct(word.lemma.toLowerCase()) || isDirectiveWord(word.text.toLowerCase());
}

/**
 * What verb v calls off: its objects and passive subjects. None in a relative clause on what it calls off ("the offer,
 * which its directors have rejected as inadequate"): that describes the undertaking, the news is told elsewhere.
 */
function calledOff(ctx: DocumentContext, v: number): number[] {
  const syn = ctx.syntax!;
  // "called off the auction": the parse may take the particle for the case word of an oblique
  const offObliques = dependents(syn, v, 'obl').filter((o) => caseMarker(syn, o) === 'off');
  const objects = [...dependents(syn, v, 'obj', 'nsubj:pass'), ...offObliques];
  return objects.some((o) => RELATIVE_PRONOUNS.has(syn.words[o].text.toLowerCase())) ? [] : objects;
}

/**
 * What verb v halts as a complement of its own: "stopped shipping the product", and "suspended work on the plant", where
 * the parser takes the object noun for a bare verb. None of these verbs takes a bare infinitive, so a complement with no
 * "to" and no subject is the activity halted: a gerund, or a bare form whose first noun sense is an act.
 */
function haltedActivities(ctx: DocumentContext, v: number): number[] {
  const syn = ctx.syntax!;
  return dependents(syn, v, 'xcomp').filter((x) => {
    const word = syn.words[x];
    if (word.upos !== 'VERB' || dependents(syn, x, 'mark', 'nsubj', 'aux').length) return false;
    const text = word.text.toLowerCase();
    return text.endsWith('ing') || (text === word.lemma.toLowerCase() && firstSenseIsAct(word.lemma.toLowerCase()));
  });
}

/** Is the lemma's first WordNet noun sense an act or an event ("work", "service")? */
function firstSenseIsAct(lemma: string): boolean {
  const wn = installedWordNet();
  const first = wn?.synsets(lemma, 'n')[0];
  return !!wn && first !== undefined && ACT_FILES.has(wn.lexFile(first));
}

/** Relations by which a time says when a verb's deed was done ("in the third quarter of 1984", "last year"). */
const TIME_RELATIONS = ['obl', 'obl:tmod', 'nmod:tmod', 'advmod'];

/**
 * Is word w told as done in a year before the story's, by a time hung on it ("stopped paying a dividend in the third
 * quarter of 1984" in a 1989 story)? Such a calling off is history the story recalls, not its news. A time the time
 * stage reads only as a period ("1984-Q3") counts by its year.
 */
function timedInEarlierYear(ctx: DocumentContext, w: number): boolean {
  const syn = ctx.syntax!;
  return dependents(syn, w, ...TIME_RELATIONS).some((d) => {
    const t = ctx.timeAt[syn.words[d].token];
    const value = t >= 0 ? ctx.times[t].value : null;
    return !!value && earlierYear(ctx, value.iso ?? value.timex);
  });
}

/** Is word v a verb of calling off ("call" only with "off"), not in an infinitive? */
function callingOffVerb(ctx: DocumentContext, v: number): boolean {
  const syn = ctx.syntax!;
  const word = syn.words[v];
  // asked of every word of every sentence: the tag before the lemma is lower-cased
  if (word.upos !== 'VERB') return false;
  const lemma = word.lemma.toLowerCase();
  if (!(CALLING_OFF.has(lemma) || HALTING.has(lemma))) return false;
  // "to cancel the sale": an infinitive is an aim or a demand ("wants the court to cancel"), nothing done yet
  if (dependents(syn, v, 'mark').some((k) => syn.words[k].text.toLowerCase() === 'to')) return false;
  // "said it will close the division, and stop originating leases": a bare form with neither subject nor auxiliary of
  // its own shares a modal the parse may hang elsewhere (here "stop" on "said"), so whether it is done cannot be read
  if (word.text.toLowerCase() === lemma && !dependents(syn, v, 'nsubj', 'nsubj:pass', 'aux', 'aux:*').length) return false;
  if (lemma !== 'call') return true;
  const off = (k: number) => syn.words[k].text.toLowerCase() === 'off';
  return dependents(syn, v, 'compound:prt', 'advmod').some(off) || dependents(syn, v, 'obl').some((o) => caseMarker(syn, o) === 'off');
}

/**
 * Sentence s's mentions with its callings off (see above) added where no mention already stands at the verb. An
 * "other" event noun called off ("had suspended their lawsuits") gives way to its calling off: the clause tells one
 * happening, the suspension, and the lawsuits are what it acts on. The mentions as given without a parse.
 */
export function withCallingsOff(ctx: DocumentContext, s: number, found: readonly EventMention[]): EventMention[] {
  const syn = ctx.syntax;
  if (!syn || s + 1 >= syn.sentenceWordStart.length) return [...found];
  const taken = new Set(found.map((m) => m.trigger));
  const added: EventMention[] = [];
  const replaced = new Set<number>();
  for (let v = syn.sentenceWordStart[s]; v < syn.sentenceWordStart[s + 1]; v++) {
    const token = syn.words[v].token;
    if (taken.has(token) || !callingOffVerb(ctx, v)) continue;
    const lemma = syn.words[v].lemma.toLowerCase();
    const undertakings = CALLING_OFF.has(lemma) ? calledOff(ctx, v).filter((o) => o >= 0 && undertakingNoun(ctx, o)) : [];
    const objects = [...undertakings, ...haltedActivities(ctx, v)];
    if (!objects.length || [v, ...objects].some((w) => timedInEarlierYear(ctx, w))) continue;
    const m = parsedVerbMention(ctx, token, v, s, ctx.sentStart[s], ctx.sentStart[s + 1], { type: 'other', lemma, form: 'ed' });
    if (!m || m.status !== 'asserted') continue;
    // a calling off of its own kind: only the same one told again joins it
    m.theme = `off:${lemma}`;
    added.push(m);
    for (const o of objects) replaced.add(syn.words[o].token);
  }
  if (!added.length) return [...found];
  return [...found.filter((m) => !(m.kind === 'noun' && m.type === 'other' && replaced.has(m.trigger))), ...added];
}
