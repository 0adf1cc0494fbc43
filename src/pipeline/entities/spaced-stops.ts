// Tokenised text (CoNLL-2003, ECB+) splits an abbreviation's period off its word: "Warner Bros .
// entrusted", "Acme Inc . , a supplier". Where a comma, a semicolon or a lower-case word follows,
// that period cannot be its sentence's stop: it is the abbreviation's own, and a company's name
// ending in a short designator takes it, as untokenised text writes "Inc." whole. A period that may
// end the sentence is left out, as CoNLL-2003 writes a sentence-final stop outside the name. A
// state's abbreviation ("Troy , Mich . police") stays as state-abbreviations.ts cuts it: the gold
// files written over ECB+ disagree on its period.
import type { Mention } from '../../types.js';

/** Company designators written short. */
const NAME_ENDINGS = new Set(['Inc', 'Corp', 'Co', 'Ltd', 'Bros']);
/** A period split off the word before it, then what shows it ends no sentence. */
const OWN_STOP = /[ \t]\.(?=[ \t]*(?:[,;]|\p{Ll}))/uy;
/** The last word of a name, as its own letters ("Bros" in "Warner Bros"). */
const LAST_WORD = /(?:^|[\s(])(\p{Lu}\p{Ll}{0,4})$/u;

/** Each mention ending in a short designator whose split-off period ends no sentence, extended over that period. */
export function keepSpacedStops(text: string, mentions: Mention[]): Mention[] {
  let changed = false;
  const out = mentions.map((m) => {
    const last = LAST_WORD.exec(m.text)?.[1];
    if (!last || !NAME_ENDINGS.has(last)) return m;
    OWN_STOP.lastIndex = m.end;
    if (!OWN_STOP.test(text)) return m;
    // a mention the tagger already started at the period keeps it
    if (mentions.some((n) => n !== m && n.start < OWN_STOP.lastIndex && n.end > m.end)) return m;
    changed = true;
    return { ...m, end: OWN_STOP.lastIndex, text: text.slice(m.start, OWN_STOP.lastIndex) };
  });
  return changed ? out : mentions;
}
