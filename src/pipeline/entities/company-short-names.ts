// "Jayark Corp." … "Jayark said": an article that names a company with its designator writes the
// name without it for the same company, though the tagger, reading each sentence alone, calls the
// short form a person or the gazetteer's town of that name a place. A mention that is exactly
// such a company's name less its designator is that company (one entity per name per article).
// So are its first words where the tagger called them a person or a thing ("Lipper" of "Lipper
// Analytical Services Inc."): business news shortens a company's name that way too.
// A country, region or well-known town stays a place ("Texas Co." does not make "Texas" a
// company), and a titled name, a name whose type is settled, or a person's surname the article
// writes in full ("Steve Forbes … Forbes Inc. … Forbes said") stays as it is.
import type { Mention } from '../../types.js';
import { isCompanyDesignator } from './names.js';
import { isGivenNameWord } from './resolve.js';
import { candidates } from '../gazetteer/resolve.js';
import { gazetteer } from '../gazetteer/gazetteer.js';
import { isKnownPlace } from '../gazetteer/known-places.js';
import { isSizeableTown } from './company-units.js';
import { nameKey } from '../gazetteer/normalize.js';
import { shippedGroupWords } from './group-words.js';

/** The name before a company's designator ("Jayark" of "Jayark Corp."); null for other names. */
export function nameBeforeDesignator(m: Mention): string | null {
  if (m.type !== 'ORG') return null;
  const words = m.text.split(/\s+/u);
  if (words.length < 2 || !isCompanyDesignator(words[words.length - 1].replace(/\.$/u, ''))) return null;
  const name = words.slice(0, -1).join(' ').replace(/,$/u, '');
  return /^\p{Lu}/u.test(name) ? name : null;
}

/** Whether a name is a country, a region or a well-known or sizeable town (the gazetteer's). */
export function isPlaceName(name: string): boolean {
  const g = gazetteer();
  return candidates(g, name).entries.some((e) => e.kind !== 'P' || isKnownPlace(g, e) || isSizeableTown(e));
}

export function typeCompanyShortNames(mentions: Mention[], keep: ReadonlySet<string>): Mention[] {
  const names = new Set(mentions.map(nameBeforeDesignator).filter((n): n is string => n !== null));
  if (names.size === 0) return mentions;
  const places = new Map<string, boolean>();
  const isPlace = (name: string) => places.get(name) ?? places.set(name, isPlaceName(name)).get(name)!;
  const surnames = new Set<string>();
  for (const m of mentions) {
    const words = m.type === 'PER' ? m.text.split(/\s+/u) : [];
    if (words.length >= 2) surnames.add(words[words.length - 1]);
  }
  const openings = openingWords(names);
  return mentions.map((m) => {
    // only a name before a designator or a longer name's opening words can change: the others
    // are not asked the gazetteer
    if (!names.has(m.text) && !openings.has(m.text)) return m;
    if (m.type === 'ORG' || m.title || m.typeSettled || keep.has(m.text) || surnames.has(m.text) || isPlace(m.text)) return m;
    // the first words of a longer company's name ("Lipper" of "Lipper Analytical Services Inc."),
    // read so only where the tagger called them a person or a thing, never a people ("American")
    // nor a lone word WordNet reads as a given name ("Mark" of "Mark Resources Inc.": a person's)
    const opening =
      (m.type === 'PER' || m.type === 'MISC') &&
      openings.has(m.text) &&
      gazetteer().demonym(nameKey(m.text)) === undefined &&
      !shippedGroupWords().all.has(m.text) &&
      (/\s/u.test(m.text) || !isGivenNameWord(m.text));
    if (!names.has(m.text) && !opening) return m;
    return { ...m, type: 'ORG', typeSettled: true };
  });
}

/**
 * "Lipper Analytical Services Inc." … "according to Lipper": business news shortens a company's
 * name to its first words as well as by its designator. The leading words of each name of two or
 * more words before a designator, ending in a word of two or more letters (not "T." of "T. Rowe
 * Price Associates").
 */
function openingWords(names: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const words = name.split(/\s+/u);
    for (let k = 1; k < words.length; k++) {
      if (/^\p{Lu}[\p{L}'’-]+$/u.test(words[k - 1])) out.add(words.slice(0, k).join(' '));
    }
  }
  return out;
}
