// A headline written in title case ("Singer Checks Into Clinic After Crash") capitalises its common
// words, so the tagger reads the whole line as one long name and types it from its last words
// ("… Checks Into Clinic" an organisation), and that wrong type then spreads to the article's own
// mentions of the name. The tagger reads such a line as running text would write it: a word news
// mostly writes in lower case (the model's casing prior) is given to it in lower case; words the
// prior does not know, or knows as names, keep their capitals, and so does a word the article
// writes capitalised inside a sentence of its own lines ("Golden" of "The Golden Compass").
// Spans stay on the text as written.
import type { Segmentation } from '../../types.js';
import { sentenceTokenRanges } from '../segment/sentence-starts.js';
import { isCommonWord } from './sentence-start.js';
import type { TaggerWord } from './spaced-abbreviations.js';

/** A line this short is a label or a name on its own, not a headline. */
const MIN_WORDS = 4;
/** The share of a line's words that start with a capital for it to be written in title case. */
const TITLE_SHARE = 0.8;
const TITLE_WORD = /^\p{Lu}\p{Ll}+$/u;
const WORD = /^\p{L}/u;

/** Whether the words fill a line of their own (a line break or the text's edge on each side). */
function ownLine(text: string, start: number, end: number): boolean {
  const before = text.lastIndexOf('\n', start - 1);
  const after = text.indexOf('\n', end);
  return !/\S/u.test(text.slice(before + 1, start)) && !/\S/u.test(text.slice(end, after < 0 ? text.length : after));
}

/** Whether the sentence's words are a title-case line of their own. */
export function titleCaseLine(text: string, forms: readonly string[], start: number, end: number): boolean {
  const lettered = forms.filter((f) => WORD.test(f));
  return lettered.length >= MIN_WORDS && lettered.filter((f) => /^\p{Lu}/u.test(f)).length >= TITLE_SHARE * lettered.length && ownLine(text, start, end);
}

/** Words the article writes capitalised after the first word of a sentence, outside title-case lines. */
export function capitalisedInRunningText(text: string, seg: Segmentation): Set<string> {
  const out = new Set<string>();
  for (const { from, to } of sentenceTokenRanges(seg)) {
    const tokens = seg.tokens.slice(from, to);
    if (tokens.length === 0 || titleCaseLine(text, tokens.map((t) => t.text), tokens[0].start, tokens[tokens.length - 1].end)) continue;
    for (const t of tokens.slice(1)) if (TITLE_WORD.test(t.text)) out.add(t.text);
  }
  return out;
}

/**
 * The tagger's word forms for one sentence: as written, except in a title-case line of its own,
 * where common words are lower-cased.
 */
export function headlineForms(text: string, seg: Segmentation, words: readonly TaggerWord[], casing: ReadonlyMap<string, number>, namesInBody: ReadonlySet<string>): string[] {
  const forms = words.map((w) => w.form);
  if (forms.length === 0 || !titleCaseLine(text, forms, seg.tokens[words[0].from].start, seg.tokens[words[words.length - 1].to - 1].end)) return forms;
  return forms.map((f) => (TITLE_WORD.test(f) && isCommonWord(f, casing) && !namesInBody.has(f) ? f.toLowerCase() : f));
}
