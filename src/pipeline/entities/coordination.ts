// Two names joined by "and" that the tagger read as one ("challenged by Deutsche Bank and
// Gazpromneft"). The parse says where the coordination is: the words after "and" are a conjunct
// of the head of the words before it. A name that itself contains "and" is kept whole: "Marks and
// Spencer", "Securities and Exchange Commission" (one word before "and"); "Ministry of Trade and
// Industry" (the conjunct hangs on a word inside the first part); "First Bank and Trust Co", "State
// Law and Order Restoration Council", "Savings and Loan Association of Beloit" (the second part
// has a word saying what kind of body it is, a company designator or a body's head noun, which
// the parser may attach to either side: split only after a first part that ends in its own
// designator, "Kelso Foods Inc and Barrow Corp"); "Basque Homeland and Freedom", "Food and
// Drug Administration" (every word after "and" is mostly a common word in news: the model's
// casing prior, as at sentence starts). Where the parse hangs the second name on a word outside
// the first ("French banks Credit Lyonnais and Societe Generale", "Merrill Lynch, Goldman Sachs and
// Kidder Peabody"), two capitalised names of two words or more on either side of a coordinating
// "and" are still two: one body's name with "and" has one word on a side ("Florida Power and
// Light") or a lower-case word in it.
import type { Mention, Syntax } from '../../types.js';
import { wordsInSpan } from '../syntax/query.js';
import { endsInBodyHead } from './head-nouns.js';
import { isCommonWord } from './sentence-start.js';
import { isCompanyDesignator } from './names.js';
import { isBodyHeadNoun } from './postrules.js';

/** Types whose names are split; places ("Trinidad and Tobago") are often one name with "and". */
const SPLIT_TYPES = new Set<Mention['type']>(['PER', 'ORG']);

export function splitCoordinatedNames(text: string, mentions: Mention[], syn: Syntax | undefined, casing: ReadonlyMap<string, number>): Mention[] {
  if (!syn || syn.words.length === 0) return mentions;
  return mentions.flatMap((m) => (SPLIT_TYPES.has(m.type) && /\sand\s/u.test(m.text) ? splitAtAnd(text, m, syn, casing) : [m]));
}

function splitAtAnd(text: string, m: Mention, syn: Syntax, casing: ReadonlyMap<string, number>): Mention[] {
  const words = wordsInSpan(syn, m);
  for (let k = 2; k < words.length - 1; k++) {
    const cc = words[k];
    const w = syn.words[cc];
    if (w.text !== 'and' || w.deprel !== 'cc') continue;
    const conjunct = w.head;
    if (!words.slice(k + 1).includes(conjunct) || syn.words[conjunct].deprel !== 'conj') continue;
    // each part is one phrase, the second a conjunct of the first's head
    if (!headsWords(syn, syn.words[conjunct].head, words.slice(0, k)) || !headsWords(syn, conjunct, words.slice(k + 1))) continue;
    const after = words.slice(k + 1).map((i) => syn.words[i].text);
    const before = words.slice(0, k).map((i) => syn.words[i].text);
    if (!/^\p{Lu}/u.test(after[0]) || namesOneBody(m, before, after, casing)) continue;
    return splitAround(text, m, syn.words[words[k - 1]].end, syn.words[words[k + 1]].start);
  }
  return splitUnparsedPair(text, m, syn, words, casing) ?? [m];
}

/** The parts either side of "and" name one body together ("Clean Rivers and Forests", "First Bank and Trust Co"). */
function namesOneBody(m: Mention, before: string[], after: string[], casing: ReadonlyMap<string, number>): boolean {
  if (after.every((word) => isCommonWord(word, casing))) return true;
  return m.type === 'ORG' && after.some(saysKindOfBody) && !isCompanyDesignator(before[before.length - 1].replace(/\.$/u, ''));
}

function splitAround(text: string, m: Mention, leftEnd: number, rightStart: number): Mention[] {
  return [
    { start: m.start, end: leftEnd, type: m.type, text: text.slice(m.start, leftEnd) },
    { start: rightStart, end: m.end, type: m.type, text: text.slice(rightStart, m.end) },
  ];
}

/** A capitalised word of a name ("Lyonnais", "U.S.", "O'Hara"). */
const NAME_WORD = /^\p{Lu}[\p{L}.'’-]*$/u;

/** Two names of two capitalised words or more joined by the one "and" of the span, which the parse makes a coordinator (of what, it may get wrong). */
function splitUnparsedPair(text: string, m: Mention, syn: Syntax, words: number[], casing: ReadonlyMap<string, number>): Mention[] | null {
  const ands = words.map((w, k) => (syn.words[w].text === 'and' ? k : -1)).filter((k) => k >= 0);
  if (ands.length !== 1) return null;
  const k = ands[0];
  if (syn.words[words[k]].deprel !== 'cc') return null;
  const before = words.slice(0, k).map((i) => syn.words[i].text);
  const after = words.slice(k + 1).map((i) => syn.words[i].text);
  if (before.length < 2 || after.length < 2 || ![...before, ...after].every((w) => NAME_WORD.test(w))) return null;
  if (namesOneBody(m, before, after, casing)) return null;
  return splitAround(text, m, syn.words[words[k - 1]].end, syn.words[words[k + 1]].start);
}

/** "Co", "Inc.", "Bank", "Council": a word that says what kind of body a name is. */
function saysKindOfBody(word: string): boolean {
  return isCompanyDesignator(word.replace(/\.$/u, '')) || endsInBodyHead(word) || isBodyHeadNoun(word);
}

/** Whether the head is in the group and every other word of it hangs (directly or not) on the head, inside the group. */
function headsWords(syn: Syntax, head: number, group: number[]): boolean {
  const inside = new Set(group);
  if (!inside.has(head)) return false;
  return group.every((g) => {
    let w = g;
    while (w !== head) {
      w = syn.words[w].head;
      if (!inside.has(w)) return false;
    }
    return true;
  });
}
