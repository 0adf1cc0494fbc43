// "Tom Benson underwent surgery on Monday", "she suffered a heart attack", "a deputy suffered a minor injury":
// the object of a verb of going through (data/words/going-through-verbs.txt) names a happening of its own,
// with the verb's subject as who it happened to, when WordNet reads the noun as a medical procedure, an
// illness's onset or an injury. Losses, declines and setbacks are suffered too, but are no such happening; nor
// are wounds and injuries many suffered (an attack's toll, told with the attack) or a history of several or old ones.
import type { DocumentContext } from '../../context/document.js';
import { firstTokenAtOrAfter } from '../../context/document.js';
import { installedWordNet, isKindOf } from '../../lexicons/wordnet.js';
import { dataWordList } from '../../lexicon-files.js';
import { dependents } from '../../syntax/query.js';
import { ranges, verbArguments, verbStatus, type Range, type StatusCues } from './parse.js';
import type { EventMention } from './mentions.js';
import { unrealisedStatus } from './unrealised.js';
import { earlierYear } from './background.js';

const GOING_THROUGH_VERBS: ReadonlySet<string> = new Set(dataWordList('words', 'going-through-verbs.txt'));

/**
 * WordNet synsets whose kinds befall a body at one time: procedures done to it, attacks of illness, injuries
 * (not ill health at large: "had suffered health problems for years" tells a state, not a happening).
 */
const BODILY_KINDS: ReadonlySet<string> = new Set(['medical_procedure', 'affliction', 'injury']);
/** Kinds among those that are another happening's toll: a wound ("sustained a gunshot wound") is what an attack did. */
const TOLL_KINDS: ReadonlySet<string> = new Set(['wound']);
/** Dependents that may carry a time said of the happening ("in 1988", "on Monday"). */
const TIME_RELATIONS = ['obl', 'obl:tmod', 'obl:unmarked', 'nmod', 'nmod:tmod', 'nmod:unmarked'];
/** How many of a noun's senses count: "surgery" is a branch of medicine and a room before it is an operation. */
const SENSES_READ = 4;

const bodilyCache = new Map<string, boolean>();
/** Is one of the noun's first senses a kind of bodily happening? */
export function isBodilyHappening(lemma: string): boolean {
  let yes = bodilyCache.get(lemma);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  const senses = wn ? wn.synsets(lemma, 'n').slice(0, SENSES_READ) : [];
  const ofKind = (id: string, kinds: ReadonlySet<string>) => isKindOf(wn!, id, (s) => s.words.some((w) => kinds.has(w)), { maxHops: 5 });
  // the toll is read from the first sense alone: "injury" is also a word of a combat wound's synset
  yes = senses.some((id) => ofKind(id, BODILY_KINDS)) && !(senses.length > 0 && ofKind(senses[0], TOLL_KINDS));
  bodilyCache.set(lemma, yes);
  return yes;
}

/** The noun's name as WordNet may list it: with its compound modifier first ("heart attack"), else alone. */
function nounLemma(ctx: DocumentContext, noun: number): { lemma: string; first: number } | null {
  const syn = ctx.syntax!;
  const word = syn.words[noun];
  const compound = dependents(syn, noun, 'compound').filter((c) => c === noun - 1);
  const wn = installedWordNet();
  if (compound.length && wn) {
    const joined = `${syn.words[noun - 1].lemma}_${word.lemma}`.toLowerCase();
    if (wn.synsets(joined, 'n').length) return isBodilyHappening(joined) ? { lemma: joined.replace('_', ' '), first: noun - 1 } : null;
  }
  return isBodilyHappening(word.lemma.toLowerCase()) ? { lemma: word.lemma.toLowerCase(), first: noun } : null;
}

/**
 * The verb of going through that takes the noun: its head verb, or a form of one the tagger misread as the
 * noun's own modifier ("underwent/ADJ surgery", "undergo/ADV surgery"). -1 when none.
 */
function goingThroughVerb(ctx: DocumentContext, noun: number): number {
  const syn = ctx.syntax!;
  const word = syn.words[noun];
  const isForm = (k: number) => GOING_THROUGH_VERBS.has(syn.words[k].text.toLowerCase());
  if (word.deprel === 'obj' && word.head >= 0 && syn.words[word.head].upos === 'VERB' && isForm(word.head)) return word.head;
  return dependents(syn, noun, 'amod', 'advmod').find((k) => k < noun && syn.words[k].upos !== 'VERB' && isForm(k)) ?? -1;
}

/** Who the happening befell: the verb's subject, or for a misread verb the noun's own subject or the name it hangs on. */
function undergoer(ctx: DocumentContext, noun: number, verb: number): Range[] {
  const syn = ctx.syntax!;
  if (syn.words[verb].upos === 'VERB') return verbArguments(ctx, verb, syn.words[verb].lemma.toLowerCase()).actors;
  const word = syn.words[noun];
  const subject = dependents(syn, noun, 'nsubj');
  const named = (word.deprel === 'list' || word.deprel === 'appos') && word.head >= 0 && syn.words[word.head].upos === 'PROPN' ? [word.head] : [];
  return ranges(ctx, syn, subject.length ? subject : named, noun);
}

/**
 * Is the happening a history rather than news: dated in a year before the story's ("had undergone surgery in
 * 2009"), or at two times at once ("underwent heart surgery twice, in 1988 and 1996"), which is more than one?
 */
function recalledHistory(ctx: DocumentContext, words: readonly number[]): boolean {
  const syn = ctx.syntax!;
  const timeOf = (w: number) => ctx.timeAt[syn.words[w].token];
  const timed = words.flatMap((w) => dependents(syn, w, ...TIME_RELATIONS)).filter((w) => timeOf(w) >= 0);
  const joined = timed.flatMap((w) => dependents(syn, w, 'conj')).filter((w) => timeOf(w) >= 0);
  return joined.length > 0 || timed.some((w) => earlierYear(ctx, ctx.times[timeOf(w)].value.iso));
}

/** Mentions in sentence s of bodily happenings a verb of going through takes as its object, where no typed mention names them. */
export function bodilyHappenings(ctx: DocumentContext, s: number, typed: readonly EventMention[], cues: StatusCues): EventMention[] {
  const syn = ctx.syntax;
  if (!syn || ctx.headingSent[s]) return [];
  const out: EventMention[] = [];
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) {
    const word = syn.words[w];
    if (word.upos !== 'NOUN') continue;
    // "both had suffered head injuries", "two officers suffered minor injuries": many are a toll of what hurt them
    if (word.text.toLowerCase() !== word.lemma.toLowerCase()) continue;
    const verb = goingThroughVerb(ctx, w);
    if (verb < 0) continue;
    const named = nounLemma(ctx, w);
    if (!named) continue;
    const trigger = firstTokenAtOrAfter(ctx.toks, syn.words[named.first].start);
    const head = firstTokenAtOrAfter(ctx.toks, word.start);
    if (ctx.quoteAt[head] >= 0 || typed.some((m) => m.trigger <= head && head < m.triggerEnd) || recalledHistory(ctx, [verb, w])) continue;
    // the status is the verb's, or for a misread verb that of the clause the noun sits in ("is scheduled to undergo surgery")
    const clause = syn.words[verb].upos === 'VERB' ? verb : word.head >= 0 && syn.words[word.head].upos === 'VERB' ? word.head : w;
    const status = unrealisedStatus(syn, w) ?? verbStatus(ctx, clause, cues);
    out.push({
      type: 'other', trigger, triggerEnd: head + 1, sent: s, para: ctx.paraOfSent[s], kind: 'clause', strong: true, isNew: false, definite: false, lightVerb: false,
      actors: [], targets: undergoer(ctx, w, verb), counts: {}, countRanges: [], status, placeRanges: [], ownTime: -1, theme: named.lemma,
    });
  }
  return out;
}
