// Obituaries: a story that opens on a person's death and gives the age they died at ("Deep Throat dies at 95",
// "passed away Thursday at age 85", "has died. She was 85.") tells that death as its news; the trials, meetings,
// appointments and other deaths it goes on to recall are the life behind it: background, kept and findable but off
// the timeline. Its untyped happenings ("her body was found by a maid", "a funeral will be held") stay news, as does
// what it tells in its headlines and first body sentences, which alone are read (by the parse) to find an obituary.
import type { EventType, Syntax } from '../../../types.js';
import type { DocumentContext } from '../../context/document.js';
import { caseMarker, dependents } from '../../syntax/query.js';

/** Body sentences, from the first, that may tell the death and the age, and whose happenings stay news. */
const OPENING_BODY_SENTENCES = 2;

const lemma = (syn: Syntax, w: number) => syn.words[w].lemma.toLowerCase();
const text = (syn: Syntax, w: number) => syn.words[w].text.toLowerCase();

/** Is word w a word of dying: "die", "dead", or "pass" with "away"? */
function deathWord(syn: Syntax, w: number): boolean {
  const l = lemma(syn, w);
  if (l === 'die' || l === 'dead') return true;
  return l === 'pass' && dependents(syn, w, 'compound:prt', 'advmod').some((k) => text(syn, k) === 'away');
}

/** Is word n a whole number a life can last ("95"), not a clock time ("1:30", "3 a.m.") or a year? */
function ageNumber(syn: Syntax, n: number): boolean {
  const word = syn.words[n];
  return word.upos === 'NUM' && /^\d{1,3}$/.test(word.text) && Number(word.text) <= 120 && dependents(syn, n, 'nmod', 'nmod:*', 'compound', 'advmod').length === 0;
}

/** Is word n an age: a bare number, or an "age" noun that counts one ("age 85", "the age of 85")? */
function ageWord(syn: Syntax, n: number): boolean {
  if (ageNumber(syn, n)) return true;
  return lemma(syn, n) === 'age' && [...dependents(syn, n, 'nummod'), ...dependents(syn, n, 'nmod')].some((k) => ageNumber(syn, k));
}

/** Does the death word w give the age at death: "dies at 95", "at age 85", "at the age of 85", "dead at 95"? */
function diedAtAge(syn: Syntax, w: number): boolean {
  return dependents(syn, w, 'obl', 'obl:*', 'nmod', 'nmod:*').some((k) => caseMarker(syn, k) === 'at' && ageWord(syn, k));
}

/** "She was 85.": a personal pronoun said to be a bare number, the deceased's age told on its own. */
function ageSentence(syn: Syntax, from: number, to: number): boolean {
  for (let w = from; w < to; w++) {
    if (syn.words[w].deprel !== 'root' || syn.words[w].upos !== 'NUM') continue;
    const subject = dependents(syn, w, 'nsubj');
    if (subject.length === 1 && syn.words[subject[0]].upos === 'PRON' && dependents(syn, w, 'cop').length === 1) return true;
  }
  return false;
}

const cache = new WeakMap<DocumentContext, boolean>();

/** The sentences the check reads: every headline before the body, and the first body sentences. */
function openingSentences(ctx: DocumentContext): { heads: number[]; body: number[] } {
  const heads: number[] = [];
  const body: number[] = [];
  for (let s = 0; s < ctx.sentences.length && body.length < OPENING_BODY_SENTENCES; s++) (ctx.headingSent[s] ? heads : body).push(s);
  return { heads, body };
}

/** Is the story an obituary: its opening tells a death and the age at death ("dies at 95"; "has died." then "She was 85.")? */
export function isObituary(ctx: DocumentContext): boolean {
  const known = cache.get(ctx);
  if (known !== undefined) return known;
  const syn = ctx.syntax;
  let found = false;
  if (syn) {
    const { heads, body } = openingSentences(ctx);
    const opening = [...heads, ...body];
    const words = (s: number) => Array.from({ length: syn.sentenceWordStart[s + 1] - syn.sentenceWordStart[s] }, (_, k) => syn.sentenceWordStart[s] + k);
    const tellsDeath = (s: number) => s >= 0 && words(s).some((w) => deathWord(syn, w));
    found = opening.some((s) => words(s).some((w) => deathWord(syn, w) && diedAtAge(syn, w))) ||
      opening.some((s) => tellsDeath(s - 1) && ageSentence(syn, syn.sentenceWordStart[s], syn.sentenceWordStart[s + 1]));
  }
  cache.set(ctx, found);
  return found;
}

/**
 * Is a happening of type `type`, told as done in sentences `sentences`, the past an obituary recalls: a typed
 * event, none of whose mentions is in a headline or the opening body sentences?
 */
export function obituaryPast(ctx: DocumentContext, type: EventType, sentences: readonly number[]): boolean {
  if (type === 'other' || !isObituary(ctx)) return false;
  const { heads, body } = openingSentences(ctx);
  return !sentences.some((s) => heads.includes(s) || body.includes(s));
}
