// Investigators at work: "Investigators have been sifting through the rubble", "Detectives were at the scene
// trying to determine the cause". What people whose job is to investigate are told doing is an investigation,
// whatever the verb; what they say, think or feel is not ("investigators said", "detectives believe"). The
// investigator is a noun with a WordNet sense that is, or is a kind of, a detective ("investigators",
// "detectives", "sleuths"), or any noun a forensic modifier makes a team of them ("forensic police"), the
// active subject of the clause by the parse; the verb's kind is its first WordNet sense's lexicographer file,
// one of doing something to, at or with things (perception, contact, motion, possession …), or one of
// thinking whose object is a place ("examining the store"): "detectives played football" (competition),
// "attended a dinner" (social) or "examined the evidence" is no investigation. "Were at the scene" counts where the copula's noun is a place (a place name, or a WordNet
// location or artifact: "scene", "building"), not a state of mind ("were in no doubt", "at a loss").
import type { Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { firstTokenAtOrAfter } from '../../context/document.js';
import { installedWordNet } from '../../lexicons/wordnet.js';
import { caseMarker, children, dependents, subtree } from '../../syntax/query.js';
import { verbStatus, type StatusCues } from './parse.js';
import { placeWindowEnd, type EventMention } from './mentions.js';
import { NOUN_PERSON } from '../../senses/person-words.js';
import { firstSenseIsKindOf, firstVerbSenseFile } from '../../senses/word-senses.js';
import { dataWordList } from '../../lexicon-files.js';

/** "forensic police", "forensic teams": a modifier that makes any team investigators (data/words/investigating-modifiers.txt). */
const INVESTIGATING_MODIFIERS = new Set(dataWordList('words', 'investigating-modifiers.txt'));

/**
 * Verb files of doing (lexnames): body, change, consumption, contact, motion, perception, possession
 * ("sifting through the rubble", "combing the wreckage", "arrived at the house", "found a knife"). Not
 * cognition, communication, competition, creation, emotion, social, stative or weather.
 */
const DOING_FILES = new Set([29, 30, 34, 35, 38, 39, 40]);
/** WordNet's noun files of places one can be at: noun.artifact ("building", "farmhouse") and noun.location ("scene", "site"). */
const PLACE_FILES = new Set([6, 15]);
/** Case markers of a place one is at ("were at the scene", "are in the building"). */
const AT_CASES = new Set(['at', 'in', 'inside', 'on']);

const investigatorCache = new Map<string, boolean>();
/**
 * Is the noun a word for investigators: one WordNet gives as a synonym of detective in some sense ("investigator",
 * "detective"), or whose first sense is within two steps a kind of detective ("sleuth")? A word with a detective
 * sense below others ("operative": a secret agent first, a private detective second) is not.
 */
function isInvestigatorWord(word: string): boolean {
  let yes = investigatorCache.get(word);
  if (yes === undefined) {
    const wn = installedWordNet();
    yes = !!wn && wn.synsets(word, 'n').some((id) => { const s = wn.synset(id); return !!s && s.lexFile === NOUN_PERSON && s.words.includes('detective'); });
    investigatorCache.set(word, yes);
  }
  return yes || firstSenseIsKindOf(firstSenseDetective, word, ['detective'], 2, NOUN_PERSON);
}
const firstSenseDetective = new Map<string, boolean>();

/** Is the noun at word w modified as a team that investigates ("forensic police", "forensic experts")? */
function investigatingTeam(syn: Syntax, w: number): boolean {
  return dependents(syn, w, 'amod').some((m) => INVESTIGATING_MODIFIERS.has(syn.words[m].text.toLowerCase()));
}

/** Is the verb one of doing: its first WordNet verb sense in a file of doing (DOING_FILES)? */
function doingVerb(lemma: string): boolean {
  return DOING_FILES.has(firstVerbSenseFile(lemma));
}

/** Is the noun at word w a place one can be at: a place name the tagger found, or a common noun whose first WordNet sense is a location or an artifact? */
function placeNoun(ctx: DocumentContext, w: number): boolean {
  const syn = ctx.syntax!;
  const word = syn.words[w];
  const t = firstTokenAtOrAfter(ctx.toks, word.start);
  if (ctx.mentions[ctx.mentionAt[t]]?.type === 'LOC') return true;
  if (word.upos !== 'NOUN') return false;
  const wn = installedWordNet();
  const first = wn?.synsets(word.lemma.toLowerCase(), 'n')[0];
  return !!wn && !!first && PLACE_FILES.has(wn.lexFile(first));
}

/** WordNet's verb file of thinking (verb.cognition): "examine", "study", "survey". */
const COGNITION_FILE = 31;

/** "were examining the store", "studied the scene": a verb of thinking whose object is a place is looking it over. */
function studiesPlace(ctx: DocumentContext, verb: number): boolean {
  const syn = ctx.syntax!;
  return firstVerbSenseFile(syn.words[verb].lemma.toLowerCase()) === COGNITION_FILE && dependents(syn, verb, 'obj').some((o) => placeNoun(ctx, o));
}

/** Investigations told by investigators at work in sentence s, where no typed mention already covers the clause. */
export function investigatorsAtWork(ctx: DocumentContext, s: number, typed: readonly EventMention[], cues: StatusCues): EventMention[] {
  const syn = ctx.syntax;
  if (!syn || ctx.headingSent[s]) return [];
  const out: EventMention[] = [];
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) {
    const subj = syn.words[w];
    if (subj.deprel !== 'nsubj' || subj.head < 0 || subj.upos !== 'NOUN' || !(isInvestigatorWord(subj.text.toLowerCase()) || investigatingTeam(syn, w))) continue;
    const h = subj.head;
    const head = syn.words[h];
    // "were at the scene": a copula with a place one is at; otherwise a verb of doing
    const atPlace = head.upos !== 'VERB' && children(syn, h).some((k) => syn.words[k].deprel === 'cop') && AT_CASES.has(caseMarker(syn, h) ?? '') && placeNoun(ctx, h);
    if (!atPlace && !(head.upos === 'VERB' && (doingVerb(head.lemma.toLowerCase()) || studiesPlace(ctx, h)))) continue;
    const t = firstTokenAtOrAfter(ctx.toks, head.start);
    const st = firstTokenAtOrAfter(ctx.toks, subj.start);
    if (ctx.quoteAt[t] >= 0 || ctx.quoteAt[st] >= 0) continue;
    // "detectives arrested two men", "investigators opened an inquiry": the clause's own event is told already
    const span = new Set(subtree(syn, h).map((x) => firstTokenAtOrAfter(ctx.toks, syn.words[x].start)));
    if (typed.some((m) => span.has(m.trigger) && m.kind === 'clause') || typed.some((m) => m.type === 'investigation' && span.has(m.trigger))) continue;
    const status = atPlace ? 'asserted' : verbStatus(ctx, h, cues);
    if (status !== 'asserted') continue;
    const trigger = atPlace ? st : t;
    // the investigators' phrase: the noun and the words before it that modify it ("forensic investigators")
    const actorStart = firstTokenAtOrAfter(ctx.toks, syn.words[Math.min(w, ...dependents(syn, w, 'det', 'amod', 'compound', 'nmod:poss'))].start);
    out.push({
      type: 'investigation', trigger, triggerEnd: trigger + 1, sent: s, para: ctx.paraOfSent[s], kind: 'clause', strong: true, isNew: false, definite: false, lightVerb: false,
      actors: [[actorStart, st + 1]], targets: [], counts: {}, countRanges: [], status, placeRanges: [[trigger + 1, placeWindowEnd(ctx, trigger + 1, ctx.sentStart[s + 1])]], ownTime: -1,
    });
  }
  return out;
}
