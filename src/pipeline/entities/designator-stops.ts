// "… competition from Hewlett-Packard Co. Recently, analysts said": an abbreviated company
// designator's period may also end the sentence, and the tagger, reading on, runs the company into
// the next sentence's first word ("Hewlett-Packard Co. Recently") or its first name ("led by
// Goldman, Sachs & Co. Hertz Corp. --"). A span with such a designator inside it ends there: the
// words before are the company; the words after are a name of their own when one of them is no
// common word (the model's casing prior, as at sentence starts), and a company when they end in a
// designator of their own. "Daiwa Securities Co. Ltd." and "Reiss & Co. B.V." stay whole: nothing
// but designators follows.
import type { Mention } from '../../types.js';
import { isCompanyDesignator } from './names.js';
import { isCommonWord } from './sentence-start.js';

/** A designator written short, with the period that may end a sentence. */
const ABBREVIATED_DESIGNATOR = /^(?:Co|Corp|Inc|Ltd)\.$/u;

/** "B.V.", "N.V.", "S.A.": initials, as other countries' designators are written. */
const DOTTED_LETTERS = /^(?:\p{L}\.)+$/u;

const isDesignator = (word: string) => isCompanyDesignator(word.replace(/\.$/u, ''));

export function cutAtDesignatorStops(text: string, mentions: Mention[], casing: ReadonlyMap<string, number>): Mention[] {
  return mentions.flatMap((m) => (m.title || m.type === 'LOC' ? [m] : cut(text, m, casing)));
}

function cut(text: string, m: Mention, casing: ReadonlyMap<string, number>): Mention[] {
  const words = [...m.text.matchAll(/\S+/gu)];
  for (let i = 1; i < words.length - 1; i++) {
    // a word, not dotted letters: "Reiss & Co. B.V." is one company's name, "B.V." its Dutch designator
    if (!ABBREVIATED_DESIGNATOR.test(words[i][0]) || !/^\p{Lu}/u.test(words[i + 1][0]) || DOTTED_LETTERS.test(words[i + 1][0])) continue;
    const rest = words.slice(i + 1).map((w) => w[0]);
    if (rest.every(isDesignator)) continue;
    const leftEnd = m.start + words[i].index + words[i][0].length;
    const company: Mention = { ...m, type: 'ORG', end: leftEnd, text: text.slice(m.start, leftEnd) };
    if (rest.every((w) => isCommonWord(w.replace(/[^\p{L}]/gu, ''), casing))) return [company];
    const restStart = m.start + words[i + 1].index;
    const next: Mention = { ...m, start: restStart, text: text.slice(restStart, m.end), type: isDesignator(rest[rest.length - 1]) ? 'ORG' : m.type };
    return [company, ...cut(text, next, casing)];
  }
  return [m];
}
