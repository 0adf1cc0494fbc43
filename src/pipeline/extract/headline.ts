// Headline cues: is a line headline-shaped, and does the headline say who found or
// reported the story ("Reuters found out about …", "… is real – FSB").

import { ABBREVIATIONS, NUMBER_ABBREVIATIONS, TITLES } from '../lexicons/abbreviations.js';
import { isFunctionWord } from './language.js';

/**
 * A stop, then any closing quotes or brackets: TimeML copy closes a quote with two apostrophes (''),
 * and tokenised copy sets a space before it ('… the ideal choice . "').
 */
const SENTENCE_END = /[.!?…:;](?:\s*["”’')\]])*$/;

/** Short, no closing full stop, starts with a capital or digit: a title or sub-heading. */
export function isHeadlineLike(line: string): boolean {
  const t = line.trim();
  if (t.length < 8 || t.length > 250) return false;
  if (!/^[\p{Lu}\p{N}"“‘'«]/u.test(t)) return false;
  if (/\.["”’)]?$/.test(t) && !/\.\.\.$|…$/.test(t)) return false;
  return t.split(/\s+/).length >= 2;
}

/** A word whose full stop rarely ends a sentence: a title ("Sen.", "vs."), an abbreviation ("Inc."), an initial. */
function keepsItsStop(word: string): boolean {
  return word.length === 1 || TITLES.has(word) || ABBREVIATIONS.has(word) || NUMBER_ABBREVIATIONS.has(word) || /\p{L}\.\p{L}/u.test(word);
}

/** A sentence ends inside the line before another starts ("… the union said. The"), not at a title or abbreviation. */
function endsSentenceInside(line: string): boolean {
  for (const m of line.matchAll(/(\S+?)[.!?]["”’)]?\s+["“‘]?\p{Lu}/gu)) {
    if (!keepsItsStop(m[1].replace(/^[("“‘']+/u, ''))) return true;
  }
  return false;
}

/**
 * A block that reads as running prose, cut off or not ("More crossings are expected to be cancelled on
 * Monday, the union said, with talks set for the"), never a Title-Case headline or teaser.
 * Judged by its words, not by one full stop: most words after the first are written lower-case
 * (a Title-Case teaser's are not), and a quarter are function words ("the", "on", "said") that
 * headlines leave out; a sixth will do where a sentence ends inside the block. 80 characters or more.
 * A sentence-case teaser or caption reads as prose too: see paragraphAtEnd.
 */
export function readsAsProse(line: string): boolean {
  const t = line.trim();
  if (t.length < 80) return false;
  const words = t.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < 8) return false;
  const lowerAfterFirst = words.slice(1).filter((w) => /^\p{Ll}/u.test(w)).length / (words.length - 1);
  if (lowerAfterFirst < 0.5) return false;
  const functionShare = words.filter((w) => isFunctionWord(w)).length / words.length;
  return functionShare >= 0.25 || (functionShare >= 0.15 && endsSentenceInside(t));
}

/**
 * Prose holding a whole sentence and more ("… the union said. The harbour master said that"): never a
 * headline, which is one sentence, however long it runs or however many articles a translated
 * headline keeps ("Source: intelligence services of the … of the IG").
 */
export function holdsSentence(line: string): boolean {
  return readsAsProse(line) && endsSentenceInside(line.trim());
}

/**
 * A last block with no closing full stop that is still a paragraph: prose that ends a sentence inside
 * it, or that looks cut off mid-sentence (a wire copy stopped at "… with talks set for the" or at a
 * comma). Sentence-case prose that is one whole clause ending on a content word ("How the oldest mill
 * in the valley kept its wheel turning through the drought") is a teaser or a caption.
 */
export function paragraphAtEnd(line: string): boolean {
  const t = line.trim();
  if (!readsAsProse(t)) return false;
  if (endsSentenceInside(t) || /,["”’)]*$/u.test(t)) return true;
  const last = /(\p{L}[\p{L}'’-]*)\P{L}*$/u.exec(t)?.[1];
  return last !== undefined && NEEDS_WHAT_FOLLOWS.has(last);
}

/**
 * English words a sentence cannot stop on: articles, possessive determiners, coordinating conjunctions
 * and prepositions that are not verb particles ("went on", "pulled out" end sentences; "for the" does
 * not). Not language.ts's function words: "it", "said" and "was" close a clause, as German "wurde" does.
 */
const NEEDS_WHAT_FOLLOWS = new Set(
  'the a an its their our your my and or but nor of to for with from at into onto than between among during'.split(' '),
);

export function endsLikeSentence(line: string): boolean {
  return SENTENCE_END.test(line.trim());
}

const SOURCE = "((?:[A-Z][\\p{L}&.'’-]*|[A-Z]{2,})(?:\\s+(?:[A-Z][\\p{L}&.'’-]*|of|for|the)){0,4})";
const FOUND_RE = new RegExp(
  `^${SOURCE}\\s+(?:has\\s+|have\\s+)?(?:found out|finds out|found|finds|learned|learnt|learns|discovered|discovers|revealed|reveals|uncovered|uncovers|reported|reports|investigation(?: finds| shows)?|exposed|exposes|obtained)\\b`,
  'u',
);
const SUFFIX_RE = new RegExp(`\\s[–—-]\\s*${SOURCE}\\s*$`, 'u');
const GENERIC = /^(?:The|A|An|This|That|It|He|She|They|We|Police|Study|Report|Research|Scientists|Officials)$/;

/** Who the headline credits with the finding, or null. */
export function headlineAttribution(headline: string): string | null {
  const found = FOUND_RE.exec(headline.trim());
  if (found && !GENERIC.test(found[1])) return found[1];
  const suffix = SUFFIX_RE.exec(headline.trim());
  if (suffix && suffix[1].split(/\s+/).length <= 4 && !GENERIC.test(suffix[1])) return suffix[1];
  return null;
}
