// A happening named as the object of a clause that reports a deed: "Protesters decried the bombing",
// "the board has completed its acquisition of Borr". A passing event noun (no date, place or named party
// of its own) only joins an event told elsewhere in the text; where none is told, a specific one ("the",
// "its", "two") that a past or present-perfect, asserted verb of doing or saying takes as its object is
// itself the report. Verbs of thinking and feeling ("were considering a merger", "feared an attack",
// "confirmed the arrest": confirm's first sense is one of cognition) say nothing of whether it happened;
// nor do verbs that stop it ("prevented the attack"), ask for it or put it forward ("ordered the raid",
// "recommended a merger"), call it off or put it off, nor "said", whose noun object
// is mostly a misparsed clause. Read from the parse and WordNet's verb senses; a constant amount of work per mention.
import type { Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { installedWordNet, isKindOf, rememberedPerWordNet } from '../../lexicons/wordnet.js';
import { dependents, wordOfToken } from '../../syntax/query.js';
import { ALLEGED_CUES, PROSPECT_MODIFIERS, REPORTING_LEMMAS } from '../../lexicons/events.js';
import { pastClause, SPECIFIERS } from './generic.js';
import { verbStatus, type StatusCues } from './parse.js';
import { heldStatus, type EventMention } from './mentions.js';
import { movedStatus } from './rescheduled.js';
import { firstVerbSenseFile } from '../../senses/word-senses.js';

/** WordNet's verb files of the mind: verb.cognition ("consider", "study") and verb.emotion ("fear", "regret"). */
const MIND_FILES = new Set([31, 37]);
/** The articles: a determiner that is neither ("every", "any", "all") is a quantifier. */
const ARTICLES = new Set(['the', 'a', 'an']);
/** Relative pronouns. */
const RELATIVE_WORDS = new Set(['which', 'that', 'who', 'whom', 'whose']);
/**
 * Senses a verb's first sense may be a kind of for its object not to have happened, or not yet: keeping it
 * from happening ("prevent", "avert", "stop"), asking for it ("order", "request") and putting it forward
 * ("recommend", "propose"). Not arguing ("argue"): "defended the accord" is as much a kind of it as "opposed the merger".
 */
const UNREALISING_SENSES = ['prevent', 'request', 'propose'];
/** "thwarted the attack": a thwarted (foiled, frustrated) attempt was made, so that sense is not one of prevention. */
const ATTEMPTED_SENSE = 'thwart';

const verbSenseCache = new Map<string, 'mind' | 'unrealising' | 'deed'>();
/** What the verb's first WordNet sense makes of its object: one thought of, one kept from happening or asked for, or a deed; unknown verbs count as of the mind. */
function verbSense(lemma: string): 'mind' | 'unrealising' | 'deed' {
  let kind = verbSenseCache.get(lemma);
  if (kind) return kind;
  const wn = installedWordNet();
  const first = wn?.synsets(lemma, 'v')[0];
  if (!wn || !first || MIND_FILES.has(firstVerbSenseFile(lemma))) kind = 'mind';
  else if (!wn.synset(first)?.words.includes(ATTEMPTED_SENSE) && isKindOf(wn, first, (s) => s.words.some((x) => UNREALISING_SENSES.includes(x)), { maxHops: 2 })) kind = 'unrealising';
  else kind = 'deed';
  verbSenseCache.set(lemma, kind);
  return kind;
}

/** Is the verb's first WordNet sense thwarting ("thwart", "foil", "frustrate")? What it takes as its object was attempted. */
const isThwartingIn = rememberedPerWordNet((wn, lemma) => {
  const first = wn.synsets(lemma, 'v')[0];
  return first !== undefined && !!wn.synset(first)?.words.includes(ATTEMPTED_SENSE);
});
function thwarting(lemma: string): boolean {
  const wn = installedWordNet();
  return !!wn && isThwartingIn(wn, lemma);
}

/** The auxiliaries of a present perfect. */
const PERFECT_AUX = new Set(['has', 'have']);

/** Is the relative clause one the noun is the subject or object of: "which will be signed", "the sides hope to sign", not "under which creditors would receive cash"? */
function aboutTheNoun(syn: Syntax, clause: number): boolean {
  let last = clause;
  for (let guard = 0; guard < 6; guard++) {
    const next = dependents(syn, last, 'xcomp')[0];
    if (next === undefined) break;
    last = next;
  }
  const relativeWord = (k: number) => syn.words[k].upos === 'PRON' && RELATIVE_WORDS.has(syn.words[k].text.toLowerCase());
  // a relative pronoun in any other role than subject or object ("under which", "by whom") is a relative of something else
  if ([clause, last].some((c) => dependents(syn, c, 'obl', 'obl:*', 'nmod', 'nmod:*').some(relativeWord))) return false;
  if (dependents(syn, clause, 'nsubj', 'nsubj:pass').some(relativeWord)) return true;
  return dependents(syn, last, 'obj').length === 0;
}

/** Is the verb a past, or a present perfect ("has condemned", "have completed")? */
function pastOrPerfect(ctx: DocumentContext, verb: number): boolean {
  const syn = ctx.syntax!;
  if (pastClause(syn, verb)) return true;
  const v = syn.words[verb];
  return v.text.toLowerCase() !== v.lemma.toLowerCase() && dependents(syn, verb, 'aux').some((k) => PERFECT_AUX.has(syn.words[k].text.toLowerCase()));
}

/** The word of the parse a noun mention's object role is read from: the noun, or the first of the nouns it is coordinated with ("the bombing, the shooting and the kidnapping"). */
function objectWord(ctx: DocumentContext, w: number): number {
  const syn = ctx.syntax!;
  // the parse may hang the second of a list on the first as an apposition ("the bombing, the shooting and …")
  for (let guard = 0; guard < 10 && (syn.words[w].deprel === 'conj' || syn.words[w].deprel === 'appos') && syn.words[w].head >= 0; guard++) w = syn.words[w].head;
  return w;
}

/**
 * Is the noun mention the specific object of a past or present-perfect, asserted verb that is neither one of
 * the mind nor one that keeps it from happening or asks for it ("decried the attack", "has completed the
 * merger"), where that verb is no event of its own (`triggers`: the tokens of the text's event words)?
 * False for clauses, and without a parse.
 */
export function reportedObject(ctx: DocumentContext, m: EventMention, cues: StatusCues, triggers: ReadonlySet<number>): boolean {
  const syn = ctx.syntax;
  if (!syn || m.kind !== 'noun' || m.status !== 'asserted' || m.anchor || ctx.headingSent[m.sent]) return false;
  const w = wordOfToken(syn, m.trigger);
  if (w < 0) return false;
  const obj = objectWord(ctx, w);
  if (syn.words[obj].deprel !== 'obj') return false;
  const verb = syn.words[obj].head;
  if (verb < 0 || syn.words[verb].upos !== 'VERB') return false;
  // "every bombing", "any attack", "all bombings": a quantifier says nothing of a particular one; "the", "another", "its", "two" do
  const specific = m.definite || m.isNew || dependents(syn, w, ...SPECIFIERS).some((k) => syn.words[k].deprel !== 'det' || ARTICLES.has(syn.words[k].text.toLowerCase()));
  if (!specific) return false;
  // "the alleged attack", "the proposed merger", "the deal the sides hope to sign next month"
  const modifiers = dependents(syn, w, 'amod').map((k) => syn.words[k].text.toLowerCase());
  if (modifiers.some((t) => ALLEGED_CUES.has(t) || PROSPECT_MODIFIERS.has(t)) || heldStatus(ctx, w) !== 'asserted') return false;
  // "the merger, which will close next week", "the deal the sides hope to sign": a relative clause that plans or hopes for it
  // ("under which creditors would receive …" says what it holds, not whether it happened: only a relative clause the noun is the subject or object of counts)
  const relatives = [...dependents(syn, w, 'acl:relcl'), ...dependents(syn, verb, 'advcl:relcl')].filter((c) => aboutTheNoun(syn, c));
  if (relatives.some((c) => verbStatus(ctx, c, cues) !== 'asserted' || verbSense(syn.words[c].lemma.toLowerCase()) !== 'deed')) return false;
  const lemma = syn.words[verb].lemma.toLowerCase();
  // "shareholders approved the merger": the object of another event's word is what that event is about; but an attack
  // "thwarted" or "foiled" was still made, a happening of its own beside the operation that stopped it
  if (triggers.has(syn.words[verb].token) && !thwarting(lemma)) return false;
  // "It said the partnership … will buy": a noun object of "said" is mostly the subject of a clause the parse missed
  if ((REPORTING_LEMMAS.has(lemma) && lemma !== 'report') || dependents(syn, verb, 'ccomp', 'parataxis').length > 0) return false;
  if (!pastOrPerfect(ctx, verb) || verbStatus(ctx, verb, cues) !== 'asserted' || movedStatus(ctx, obj) !== null) return false;
  // "have recorded nine attacks since January": a number of them up to now is a tally, not one
  if (!pastClause(syn, verb) && dependents(syn, w, 'nummod').length > 0) return false;
  return verbSense(lemma) === 'deed';
}

/** Are the two noun mentions coordinated objects of one verb ("condemned the bombing and the shooting")? Each is then an event of its own. */
export function coordinatedObjects(ctx: DocumentContext, a: EventMention, b: EventMention): boolean {
  const syn = ctx.syntax;
  if (!syn) return false;
  const wa = wordOfToken(syn, a.trigger);
  const wb = wordOfToken(syn, b.trigger);
  return wa >= 0 && wb >= 0 && wa !== wb && objectWord(ctx, wa) === objectWord(ctx, wb);
}
