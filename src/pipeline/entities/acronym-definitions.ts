// An acronym defined in the text: "the Centre for Rural Transport Studies (CRTS)". When the
// initials of a capitalised phrase spell the acronym in brackets after it, both are one
// organisation's names, whether or not the tagger saw them. Three letters at least: two are
// as often a person's initials ("Tom Reed (TR)").
import type { Mention } from '../../types.js';
import { acronymOf } from '../../corpus/entities/names.js';

const DEFINITION = /((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:of|for|and|the|on|in|\p{Lu}[\p{L}'’-]*))+)\s+\(\s*(\p{Lu}{3,8})\.?\s*\)/gu;

export function definedAcronyms(text: string, mentions: Mention[]): Mention[] {
  let out = mentions;
  for (const d of text.matchAll(DEFINITION)) {
    const acronym = d[2];
    // the phrase may start with words that are not part of the name ("Fellows with the Centre …"):
    // keep the shortest tail whose initials spell the acronym
    const words = [...d[1].matchAll(/\S+/g)];
    let start = -1;
    for (let k = words.length - 2; k >= 0; k--) {
      const phrase = d[1].slice(words[k].index);
      if (/^\p{Lu}/u.test(phrase) && acronymOf(phrase) === acronym.toLowerCase()) {
        start = d.index + words[k].index;
        break;
      }
    }
    if (start < 0) continue;
    const nameEnd = d.index + d[1].length;
    const acronymStart = d.index + d[0].indexOf(acronym, d[1].length);
    const type = out.find((m) => m.start <= start && m.end >= nameEnd)?.type ?? 'ORG';
    const name: Mention = { start, end: nameEnd, type, text: text.slice(start, nameEnd) };
    const short: Mention = { start: acronymStart, end: acronymStart + acronym.length, type, text: acronym };
    out = out.filter((m) => !overlaps(m, name) && !overlaps(m, short)).concat(name, short);
  }
  return out === mentions ? mentions : out.sort((a, b) => a.start - b.start);
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
