// Investigators at work: "Investigators have been sifting through the rubble", "Detectives were at the scene
// trying to determine the cause". What people whose job is to investigate are told doing is an investigation,
// whatever the verb; what they say, think or feel is not ("investigators said", "detectives believe"). The
// investigator is a noun with a WordNet sense that is, or is a kind of, a detective ("investigators",
// "detectives", "sleuths"), the active subject of the clause by the parse; the verb's kind is its first
// WordNet sense's lexicographer file.
import type { FactsContext } from '../context.js';
import { firstTokenAtOrAfter } from '../context.js';
import { installedWordNet, isKindOf } from '../../../corpus/events/wordnet.js';
import { caseMarker, children, dependents, subtree } from '../../syntax/query.js';
import { verbStatus, type StatusCues } from './parse.js';
import type { EventMention } from './mentions.js';

/** WordNet's lexicographer file of nouns for people (noun.person). */
const NOUN_PERSON = 18;
/** Verb files of saying, thinking, feeling and being: cognition, communication, emotion, stative. */
const NOT_DOING = new Set([31, 32, 37, 42]);
/** Case markers of a place one is at ("were at the scene", "are in the building"). */
const AT_CASES = new Set(['at', 'in', 'inside', 'on']);

const investigatorCache = new Map<string, boolean>();
/** Has the noun a WordNet sense that is, or is within two steps a kind of, detective ("investigator", "sleuth")? */
function isInvestigatorWord(word: string): boolean {
  let yes = investigatorCache.get(word);
  if (yes !== undefined) return yes;
  const wn = installedWordNet();
  yes = !!wn && wn.synsets(word, 'n').some((id) => isKindOf(wn, id, (s) => s.lexFile === NOUN_PERSON && s.words.includes('detective'), { maxHops: 2 }));
  investigatorCache.set(word, yes);
  return yes;
}

/** Is the verb one of doing: its first WordNet verb sense not of saying, thinking, feeling or being? */
function doingVerb(lemma: string): boolean {
  const wn = installedWordNet();
  const first = wn?.synsets(lemma, 'v')[0];
  return !!wn && !!first && !NOT_DOING.has(wn.lexFile(first));
}

/** Investigations told by investigators at work in sentence s, where no typed mention already covers the clause. */
export function investigatorsAtWork(ctx: FactsContext, s: number, typed: readonly EventMention[], cues: StatusCues): EventMention[] {
  const syn = ctx.syntax;
  if (!syn || ctx.headingSent[s]) return [];
  const out: EventMention[] = [];
  for (let w = syn.sentenceWordStart[s]; w < syn.sentenceWordStart[s + 1]; w++) {
    const subj = syn.words[w];
    if (subj.deprel !== 'nsubj' || subj.head < 0 || subj.upos !== 'NOUN' || !isInvestigatorWord(subj.text.toLowerCase())) continue;
    const h = subj.head;
    const head = syn.words[h];
    // "were at the scene": a copula with a place one is at; otherwise a verb of doing
    const atPlace = head.upos !== 'VERB' && children(syn, h).some((k) => syn.words[k].deprel === 'cop') && AT_CASES.has(caseMarker(syn, h) ?? '');
    if (!atPlace && !(head.upos === 'VERB' && doingVerb(head.lemma.toLowerCase()))) continue;
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
      actors: [[actorStart, st + 1]], targets: [], counts: {}, countRanges: [], status, placeRanges: [[trigger + 1, Math.min(ctx.sentStart[s + 1], trigger + 12)]], ownTime: -1,
    });
  }
  return out;
}
