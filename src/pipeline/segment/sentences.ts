// Sentence boundaries over the token stream. A boundary falls after
// terminal punctuation (plus closing quotes/brackets) before a likely sentence
// start, after an abbreviation only before a typical sentence opener, and at
// every line break that ends a paragraph, heading or stand-alone line.

import { classOf, LOWER, UPPER, UNCASED } from './chars.js';
import { SENTENCE_OPENERS } from './abbreviations.js';
import { Gap, Kind, type RawTokens } from './tokenize.js';

/** Returns, for each sentence, the index of its first token (plus a final tokens.length). */
export function sentenceStarts(text: string, raw: RawTokens): number[] {
  const { starts, ends, kinds, gaps } = raw;
  const n = kinds.length;
  const out: number[] = [];
  if (n === 0) return [0];
  out.push(0);
  for (let i = 0; i < n - 1; i++) {
    let last = i;
    let split = false;
    const kind = kinds[i];
    if (kind === Kind.Terminal || kind === Kind.Abbrev || kind === Kind.Initial) {
      // Closing quotes and brackets glued to the punctuation stay in this sentence.
      let closers = 0;
      while (last + 1 < n && gaps[last + 1] === Gap.None && isCloser(kinds[last + 1])) {
        last++;
        closers++;
      }
      if (last + 1 < n) split = endsHere(i, last, closers);
    }
    if (!split && last + 1 < n && gaps[last + 1] >= Gap.HardNewline) split = true;
    if (split && last + 1 < n) out.push(last + 1);
    i = last;
  }
  out.push(n);
  return out;

  function endsHere(i: number, last: number, closers: number): boolean {
    const next = last + 1;
    const gap = gaps[next];
    const nextKind = kinds[next];
    const code = text.charCodeAt(starts[next]);
    const first = classOf(code);
    if (kinds[i] !== Kind.Terminal) {
      // Abbreviation or initial: only before a sentence opener or after a closing quote.
      if (gap === Gap.None) return false;
      // "(U.S.) 6-3" keeps going; “… in the U.S.” Then … ends.
      if (closers > 0) return !isBracket(text.charCodeAt(starts[last])) && (nextKind === Kind.Open || nextKind === Kind.Quote || (nextKind === Kind.Word && first === UPPER));
      if (nextKind !== Kind.Word) return false;
      const word = text.slice(starts[next], ends[next]);
      return SENTENCE_OPENERS.has(word) && (kinds[i] !== Kind.Initial || word.length > 1);
    }
    if (gap === Gap.None) {
      // "airport.Ataturk", "History...LET": a missing space before a capitalised word.
      return (nextKind === Kind.Word && first === UPPER && ends[next] - starts[next] > 1 && i > 0 && kinds[i - 1] === Kind.Word && ends[i - 1] - starts[i - 1] > 1);
    }
    if (startsSentence(nextKind, code)) return true;
    // A lower-case start after a plain full stop that follows an ordinary word (odd capitalisation in translations).
    return (closers === 0 && first === LOWER && nextKind === Kind.Word && ends[i] - starts[i] === 1 && text.charCodeAt(starts[i]) === 0x2e &&
      i > 0 && kinds[i - 1] === Kind.Word && ends[i - 1] - starts[i - 1] >= 4 && classOf(text.charCodeAt(starts[i - 1])) === LOWER);
  }
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
