// The tagger sometimes runs two names into one span over a lower-case common word between them:
// "the Communist Party daily Granma", "a Ferren Group analyst Olga Marsh". A name's own lower-case
// words are closed-class ("Bank of England", "Trinidad and Tobago") or particles ("Ludwig van
// Beethoven"); a noun or adjective the parse reads as such, and WordNet knows, is no part of
// either name, so the span splits there and each side that holds a capitalised word keeps the
// span's type. A side before the word that is only a nationality ("Palestinian self-rule
// Authority") is the next name's modifier, as CoNLL-2003 writes it, and stays joined.
import type { Mention, Syntax } from '../../types.js';
import { wordsInSpan } from '../syntax/query.js';
import { installedWordNet, type WordNet, type WordNetPos } from '../lexicons/wordnet.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { nameKey } from '../gazetteer/normalize.js';

/** A word of lower-case letters, hyphenated parts allowed ("daily", "truck-refrigeration"). */
const LOWER_WORD = /^\p{Ll}+(?:-\p{Ll}+)*$/u;
/** Particles and function words of names in other languages, which the parse may read as nouns
 *  ("Ludwig van Beethoven", "Dar es Salaam", "Commission des Operations de Bourse"), and "amp",
 *  an ampersand lost in conversion ("Booz-Allen amp Hamilton", see index.ts). */
const PARTICLES = new Set(['al', 'amp', 'bin', 'bint', 'ibn', 'da', 'das', 'de', 'del', 'della', 'dello', 'der', 'den', 'des', 'di', 'do', 'dos', 'du', 'e', 'el', 'es', 'et', 'het', 'la', 'las', 'le', 'les', 'lo', 'los', 'op', 'van', 'von', 'ten', 'ter', 'y', 'zu']);
const CONTENT_TAGS: ReadonlyMap<string, WordNetPos> = new Map([['NOUN', 'n'], ['ADJ', 'a']]);
const CAPITALISED = /\p{Lu}/u;

export function splitAtCommonWords(text: string, mentions: Mention[], syn: Syntax | undefined, wn: WordNet | null = installedWordNet()): Mention[] {
  if (!syn || !wn) return mentions;
  let changed = false;
  const out = mentions.flatMap((m) => {
    const pieces = splitMention(text, m, syn, wn);
    if (pieces.length === 1 && pieces[0] === m) return [m];
    changed = true;
    return pieces;
  });
  return changed ? out : mentions;
}

function splitMention(text: string, m: Mention, syn: Syntax, wn: WordNet): Mention[] {
  if (!/\s\p{Ll}/u.test(m.text)) return [m];
  const words = wordsInSpan(syn, m);
  // a common word with a capitalised word on each side of it, inside the span
  const cut = words.findIndex((w, k) => k > 0 && k < words.length - 1 && isCommonWord(syn.words[w], wn));
  if (cut < 0) return [m];
  const before = words.slice(0, cut);
  const after = words.slice(cut + 1);
  if (!before.some((w) => CAPITALISED.test(syn.words[w].text)) || !CAPITALISED.test(syn.words[after[0]].text)) return [m];
  const left = piece(text, m, syn.words[before[0]].start, syn.words[before[before.length - 1]].end);
  if (left === null || isNationality(left.text)) return [m];
  // a title written with the name ("Mr") stays with the left side, where it stands
  const right = piece(text, m, syn.words[after[0]].start, syn.words[after[after.length - 1]].end, true);
  if (right === null) return [m];
  // the right side may hold another common word ("X daily Y weekly Z")
  return [left, ...splitMention(text, right, syn, wn)];
}

function piece(text: string, m: Mention, start: number, end: number, untitled = false): Mention | null {
  if (start < m.start || end > m.end || start >= end) return null;
  const out: Mention = { ...m, start, end, text: text.slice(start, end) };
  if (untitled) delete out.title;
  return out;
}

function isCommonWord(w: Syntax['words'][number], wn: WordNet): boolean {
  const pos = CONTENT_TAGS.get(w.upos);
  if (pos === undefined || !LOWER_WORD.test(w.text) || PARTICLES.has(w.text)) return false;
  return wn.synsets(w.lemma.toLowerCase(), pos).length > 0 || wn.synsets(w.text, pos).length > 0;
}

function isNationality(name: string): boolean {
  return !/\s/u.test(name) && gazetteer().demonym(nameKey(name)) !== undefined;
}
