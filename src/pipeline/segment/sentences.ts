// Sentence boundaries over the token stream. A boundary falls after
// terminal punctuation (plus closing quotes/brackets) before a likely sentence
// start, after an abbreviation only before a typical sentence opener, and at
// every line break that ends a paragraph, heading or stand-alone line. A short capitalised
// word that no list knows ("Cie.", "Cia.") is read as an abbreviation where the text shows it
// is one: the document writes it elsewhere with its period before a lower-case word, or it
// closes a firm's name joined by "&", "et", "y", "e" or "und" ("Michelin et Cie."); so is a title's
// plural ("Sens.", "Reps.", "Drs.") before the names it heads.

import { classOf, LOWER, UPPER, UNCASED } from './chars.js';
import { ABBREVIATIONS, NUMBER_ABBREVIATIONS, SENTENCE_OPENERS, TITLES } from '../lexicons/abbreviations.js';
import { Gap, Kind, type RawTokens } from './tokenize.js';
import { baseForms, installedWordNet, type WordNet, type WordNetPos } from '../lexicons/wordnet.js';

const POS: readonly WordNetPos[] = ['n', 'v', 'a'];

/** Whether WordNet has the word in lower case: as a verb or adjective, or as a noun in some sense not written as a name. */
function commonWord(word: string, wn: WordNet): boolean {
  const lemma = word.toLowerCase();
  return POS.some((pos) => {
    const forms = baseForms(lemma, pos);
    return forms.some((f) => wn.synsets(f, pos).some((id) => {
      if (pos !== 'n') return true;
      const syn = wn.synset(id);
      const k = syn ? syn.words.findIndex((w) => w === f) : -1;
      return syn !== null && k >= 0 && syn.lowerCase?.[k] !== false;
    }));
  });
}

/**
 * A lower-case word after "Word." that shows the period abbreviates: written all in lower case (not "iPhone",
 * "eBay": names that start so) and a word of the language (a short function word, or one WordNet knows), not a typo.
 * Without WordNet every such word counts, as before WordNet was asked: a long word is not taken for a typo
 * merely because no dictionary is installed.
 */
function plainLowerWord(word: string, wn: WordNet | null): boolean {
  if (!/^\p{Ll}+$/u.test(word)) return false;
  return word.length <= 5 || wn === null || commonWord(word, wn);
}

/**
 * A short capitalised word that may be an unlisted abbreviation ("Cie", "Cia"): no common word ("Roll", "Sons").
 * Without WordNet any such word may be one, as before WordNet was asked.
 */
function unknownWord(word: string, wn: WordNet | null): boolean {
  return wn === null || !commonWord(word, wn);
}

/**
 * Returns, for each sentence, the index of its first token (plus a final tokens.length). `wn`: the WordNet that tells a
 * word of the language from a name or typo in the evidence for unlisted abbreviations (the installed one by default).
 */
export function sentenceStarts(text: string, raw: RawTokens, wn: WordNet | null = installedWordNet()): number[] {
  const { starts, ends, kinds, gaps } = raw;
  const n = kinds.length;
  const out: number[] = [];
  if (n === 0) return [0];
  out.push(0);
  const seenAbbreviated = shortWordsBeforeLowerCase(text, raw, wn);
  for (let i = 0; i < n - 1; i++) {
    let last = i;
    let split = false;
    const spaced = raw.tokensApart && kinds[i] === Kind.Terminal ? spacedStopKind(text, raw, i) : null;
    const kind = spaced ?? (kinds[i] === Kind.Terminal && (actsAsAbbreviation(text, raw, i, seenAbbreviated, wn) || spacedTitleStop(text, raw, i)) ? Kind.Abbrev : kinds[i]);
    if (kind === Kind.Terminal || kind === Kind.Abbrev || kind === Kind.Initial) {
      // Closing quotes and brackets glued to the punctuation stay in this sentence.
      let closers = 0;
      while (last + 1 < n && gaps[last + 1] === Gap.None && isCloser(kinds[last + 1])) {
        last++;
        closers++;
      }
      if (last + 1 < n) split = endsHere(i, kind, last, closers);
    }
    if (!split && last + 1 < n && gaps[last + 1] >= Gap.HardNewline) split = true;
    if (split && last + 1 < n) out.push(last + 1);
    i = last;
  }
  out.push(n);
  return out;

  function endsHere(i: number, kind: Kind, last: number, closers: number): boolean {
    const next = last + 1;
    const gap = gaps[next];
    const nextKind = kinds[next];
    const code = text.charCodeAt(starts[next]);
    const first = classOf(code);
    if (kind !== Kind.Terminal) {
      // Abbreviation or initial: only before a sentence opener or after a closing quote.
      if (gap === Gap.None) return false;
      // "(U.S.) 6-3" keeps going; “… in the U.S.” Then … ends.
      if (closers > 0) return !isBracket(text.charCodeAt(starts[last])) && (nextKind === Kind.Open || nextKind === Kind.Quote || (nextKind === Kind.Word && first === UPPER));
      if (nextKind !== Kind.Word) return false;
      const word = text.slice(starts[next], ends[next]);
      return SENTENCE_OPENERS.has(word) && (kind !== Kind.Initial || word.length > 1);
    }
    if (gap === Gap.None) {
      // "airport.Ataturk", "History...LET": a missing space before a capitalised word.
      return (nextKind === Kind.Word && first === UPPER && ends[next] - starts[next] > 1 && i > 0 && kinds[i - 1] === Kind.Word && ends[i - 1] - starts[i - 1] > 1);
    }
    if (startsSentence(nextKind, code)) return true;
    // "iPhone sales fell.", "eBay said …": a name written with a lower-case first letter and a capital inside opens a sentence
    if (nextKind === Kind.Word && first === LOWER && closers === 0 && /^\p{Ll}+\p{Lu}/u.test(text.slice(starts[next], ends[next]))) return true;
    // A lower-case start after a plain full stop that follows an ordinary word (odd capitalisation in translations).
    return (closers === 0 && first === LOWER && nextKind === Kind.Word && ends[i] - starts[i] === 1 && text.charCodeAt(starts[i]) === 0x2e &&
      i > 0 && kinds[i - 1] === Kind.Word && ends[i - 1] - starts[i - 1] >= 4 && classOf(text.charCodeAt(starts[i - 1])) === LOWER);
  }
}

/** Conjunctions that join the names of a firm's partners ("Smith & Co.", "Michelin et Cie.", "Bunge y Cia."). */
const FIRM_JOINERS: ReadonlySet<string> = new Set(['&', 'et', 'y', 'e', 'und']);

/** A capitalised word of two to four letters ("Cie", "Cia"), the shape of an unlisted abbreviation. */
function isShortCapitalised(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len < 2 || len > 4 || classOf(text.charCodeAt(start)) !== UPPER) return false;
  for (let j = start + 1; j < end; j++) if (classOf(text.charCodeAt(j)) !== LOWER) return false;
  return true;
}

/** The short capitalised word glued to the single full stop at i, or null. */
function wordBeforeStop(text: string, raw: RawTokens, i: number): string | null {
  const { starts, ends, kinds, gaps } = raw;
  if (i === 0 || ends[i] - starts[i] !== 1 || text.charCodeAt(starts[i]) !== 0x2e || gaps[i] !== Gap.None) return null;
  if (kinds[i - 1] !== Kind.Word || !isShortCapitalised(text, starts[i - 1], ends[i - 1])) return null;
  return text.slice(starts[i - 1], ends[i - 1]);
}

/** Short capitalised words the document writes with a period before a lower-case word or a comma: abbreviations there. */
function shortWordsBeforeLowerCase(text: string, raw: RawTokens, wn: WordNet | null): Set<string> {
  const { starts, kinds, gaps } = raw;
  const out = new Set<string>();
  for (let i = 1; i + 1 < kinds.length; i++) {
    if (kinds[i] !== Kind.Terminal) continue;
    const word = wordBeforeStop(text, raw, i);
    if (word === null) continue;
    const next = text.charCodeAt(starts[i + 1]);
    const follower = kinds[i + 1] === Kind.Word ? text.slice(starts[i + 1], raw.ends[i + 1]) : '';
    if (((gaps[i + 1] === Gap.Space && kinds[i + 1] === Kind.Word && classOf(next) === LOWER && plainLowerWord(follower, wn)) || next === 0x2c) && unknownWord(word, wn)) out.add(word);
  }
  return out;
}

/** A title's plural before names ("Sens. Bob Dole and Robert Byrd", "Drs. Ali and Khan"); not a word whose stem ends in "s" ("Press"). */
function pluralTitle(word: string): boolean {
  return word.endsWith('s') && !word.endsWith('ss') && TITLES.has(word.slice(0, -1));
}

/**
 * Whether the full stop at i is a listed title's, written one space apart as tokenised text writes
 * it ("Lt . Ann Hale"): the title's period, which ends a sentence only before an opener, as when it
 * is written "Lt.".
 */
function spacedTitleStop(text: string, raw: RawTokens, i: number): boolean {
  const { starts, ends, kinds, gaps } = raw;
  if (i === 0 || ends[i] - starts[i] !== 1 || text.charCodeAt(starts[i]) !== 0x2e || gaps[i] !== Gap.Space) return false;
  return kinds[i - 1] === Kind.Word && TITLES.has(text.slice(starts[i - 1], ends[i - 1]));
}

/** A single letter ("J", "U" of "U . S .", "a" of "a . m .", ".38" written "a . 38"). */
const SINGLE_LETTER = /^\p{L}$/u;
/** A short number that a spaced stop and digits after it make a decimal ("6 . 1", "$ 2 . 6 million"). */
const SHORT_NUMBER = /^\d{1,3}$/;

/**
 * In tokenised text a full stop is set one space apart from the word it abbreviates as well as from
 * the sentence it ends ("Michael L . Farmer", "the U . S . team", "Oct . 18", "a 6 . 1 quake"): what
 * the stop is, read from the word before it as if the two were written together, or null where
 * that word would not keep it (an ordinary word: the stop ends the sentence as before).
 */
function spacedStopKind(text: string, raw: RawTokens, i: number): Kind | null {
  const { starts, ends, kinds, gaps } = raw;
  if (i === 0 || ends[i] - starts[i] !== 1 || text.charCodeAt(starts[i]) !== 0x2e || gaps[i] !== Gap.Space) return null;
  const word = text.slice(starts[i - 1], ends[i - 1]);
  const next = i + 1 < kinds.length ? kinds[i + 1] : Kind.Other;
  if (kinds[i - 1] === Kind.Number) return SHORT_NUMBER.test(word) && next === Kind.Number && gaps[i + 1] === Gap.Space ? Kind.Title : null;
  if (kinds[i - 1] !== Kind.Word) return null;
  if (SINGLE_LETTER.test(word)) return classOf(word.charCodeAt(0)) === UPPER ? Kind.Initial : Kind.Abbrev;
  if (TITLES.has(word) || (NUMBER_ABBREVIATIONS.has(word) && next === Kind.Number)) return Kind.Title;
  return ABBREVIATIONS.has(word) ? Kind.Abbrev : null;
}

/** Whether the full stop at i closes an unlisted abbreviation rather than a sentence. */
function actsAsAbbreviation(text: string, raw: RawTokens, i: number, seen: ReadonlySet<string>, wn: WordNet | null): boolean {
  const word = wordBeforeStop(text, raw, i);
  if (word === null) return false;
  if (seen.has(word) || pluralTitle(word)) return true;
  const { starts, ends, kinds } = raw;
  if (i < 3 || !FIRM_JOINERS.has(text.slice(starts[i - 2], ends[i - 2]))) return false;
  return kinds[i - 3] === Kind.Word && classOf(text.charCodeAt(starts[i - 3])) === UPPER && unknownWord(word, wn);
}

function isBracket(code: number): boolean {
  return code === 0x29 || code === 0x5d || code === 0x7d;
}

function isCloser(kind: Kind): boolean {
  return kind === Kind.Close || kind === Kind.Quote || kind === Kind.Terminal;
}

function startsSentence(kind: Kind, code: number): boolean {
  const first = classOf(code);
  switch (kind) {
    case Kind.Word:
    case Kind.Title:
    case Kind.Abbrev:
    case Kind.Initial:
    case Kind.Link:
      return first === UPPER || first === UNCASED;
    case Kind.Number:
    case Kind.Open:
    case Kind.Quote:
    case Kind.Dash:
      return true;
    case Kind.Other:
      // Bullets, currency signs … but not , ; : % which continue a sentence.
      return code !== 0x2c && code !== 0x3b && code !== 0x3a && code !== 0x25;
    default:
      return false;
  }
}
