// "Jayark Corp." … "Jayark said": an article that names a company with its designator writes the
// name without it for the same company, though the tagger, reading each sentence alone, calls the
// short form a person or the gazetteer's town of that name a place. A mention that is exactly
// such a company's name less its designator is that company (one entity per name per article).
// A country, region or well-known town stays a place ("Texas Co." does not make "Texas" a
// company), and a titled name, a name whose type is settled, or a person's surname the article
// writes in full ("Steve Forbes … Forbes Inc. … Forbes said") stays as it is.
import type { Mention } from '../../types.js';
import { isCompanyDesignator } from '../../corpus/entities/names.js';
import { candidates } from '../places/resolve.js';
import { gazetteer } from '../places/gazetteer.js';
import { isKnownPlace } from '../places/known-places.js';
import { isSizeableTown } from './company-units.js';

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
  return mentions.map((m) => {
    if (m.type === 'ORG' || m.title || m.typeSettled || keep.has(m.text) || !names.has(m.text) || surnames.has(m.text) || isPlace(m.text)) return m;
    return { ...m, type: 'ORG', typeSettled: true };
  });
}
