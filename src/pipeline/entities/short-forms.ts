// An organisation's short form tied to the longer name its article gave it earlier: "Northrop
// Grumman" … "Northrop", "United States Air Force" … "the Air Force". Resolution only links a
// short form that starts a longer name before "of" or a company designator, since a parent and its
// unit are often named in one article ("Boeing" … "Boeing Commercial Airplanes"): a unit's name is
// its parent's and words that say what it does. So a short form that starts the longer name is tied
// only when the rest of it is names, words news mostly capitalises (the casing prior: "Grumman",
// "Stanley"), not common words ("Commercial Airplanes", "Investment Bank"); one that ends it is
// tied when it has two words or more (the longer name's first words say whose: "Royal Air Force").
// The tie is the mention's `expands`, stored with it, so resolving stored mentions again ties it too.
import type { Mention } from '../../types.js';
import { nameTokens } from '../../corpus/entities/names.js';
import { isCompanyDesignator } from '../../corpus/entities/resolve.js';
import { isCommonWord } from './sentence-start.js';

/** A name's words as the text writes them, without a leading "the". */
const written = (name: string) => name.replace(/^(?:the|The)\s+/u, '').split(/\s+/u).filter(Boolean);

/** …and without company designators ("Acme Widgets Inc" → Acme Widgets). */
function words(name: string): string[] {
  const out = written(name);
  while (out.length > 1 && isCompanyDesignator(out[out.length - 1].replace(/\.$/u, ''))) out.pop();
  return out;
}

const sameWords = (a: string[], b: string[]) => a.length === b.length && a.every((w, k) => nameTokens(w).join(' ') === nameTokens(b[k]).join(' '));

export function tieShortForms(mentions: Mention[], casing: ReadonlyMap<string, number>): Mention[] {
  let changed = false;
  const out = mentions.map((m) => {
    if (m.type !== 'ORG' || m.title || m.expands) return m;
    const short = words(m.text);
    // a name written with its own designator is a company's full name ("Apple Inc." beside "Apple Corps")
    if (nameTokens(m.text).join('').length < 3 || short.length < written(m.text).length) return m;
    /** the longer names by their words, each with the text of its last mention before this one */
    const longer = new Map<string, string>();
    for (const l of mentions) {
      // a possessive inside a longer name ("the Beatles' Apple Corps"): an owner's, not a longer name
      if (l.type !== 'ORG' || l.start >= m.start || /['’]/u.test(l.text)) continue;
      const full = words(l.text);
      if (full.length <= short.length) continue;
      const rest = full.slice(short.length);
      const starts = sameWords(full.slice(0, short.length), short) && rest.every((w) => /^\p{Lu}\p{Ll}/u.test(w) && !isCommonWord(w, casing));
      const ends = short.length >= 2 && sameWords(full.slice(-short.length), short);
      if (starts || ends) longer.set(nameTokens(full.join(' ')).join(' '), l.text);
    }
    if (longer.size !== 1) return m;
    changed = true;
    return { ...m, expands: [...longer.values()][0] };
  });
  return changed ? out : mentions;
}
