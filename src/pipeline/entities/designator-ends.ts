// A company designator ends a company's name: where the tagger runs two companies of a list
// together ("… led by Goldman, Sachs & Co. Hertz Corp. -- $100 million of notes", a wire table with
// no comma between entries), the span is two names, each ending in its own designator.
import type { Mention } from '../../types.js';
import { isCompanyDesignator } from '../../corpus/entities/names.js';

const WORD = /\S+/gu;
const bare = (word: string) => word.replace(/[.,]+$/u, '');

/** The organisation spans split after each inner designator that a capitalised name ending in a designator follows. */
export function splitAtDesignators(text: string, mentions: Mention[]): Mention[] {
  let changed = false;
  const out = mentions.flatMap((m) => {
    if (m.type !== 'ORG') return [m];
    const parts = split(text, m);
    if (parts.length > 1) changed = true;
    return parts;
  });
  return changed ? out : mentions;
}

function split(text: string, m: Mention): Mention[] {
  const words = [...m.text.matchAll(WORD)].map((w) => ({ text: w[0], start: m.start + w.index }));
  if (words.length < 4 || !isCompanyDesignator(bare(words.at(-1)!.text))) return [m];
  const cuts: number[] = [];
  for (let i = 1; i < words.length - 2; i++) {
    const next = words[i + 1].text;
    // "Co. Ltd.", "Corp. Inc.": designators in a row belong to one name
    // only an abbreviated designator ends a name there: "Swiss Bank Corporation International Ltd." is one
    if (/^\p{Lu}\p{L}{1,3}\.,?$/u.test(words[i].text) && isCompanyDesignator(bare(words[i].text)) && /^\p{Lu}/u.test(next) && !isCompanyDesignator(bare(next))) cuts.push(i + 1);
  }
  // the next name is capitalised words and designators only ("Robert Co. Brown and Co Inc" is one)
  if (cuts.length === 0 || words.slice(cuts[0]).some((w) => !/^\p{Lu}/u.test(w.text))) return [m];
  const out: Mention[] = [];
  let from = 0;
  for (const cut of [...cuts, words.length]) {
    const start = words[from].start;
    const last = words[cut - 1];
    const end = last.start + last.text.replace(/,+$/u, '').length;
    out.push({ ...m, start, end, text: text.slice(start, end) });
    from = cut;
  }
  return out;
}
