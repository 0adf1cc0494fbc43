// The name a reader sees for a place on the map and its entity page. The gazetteer's city and
// region names come from sources that often give the local spelling ("Genève", "Nord-Kivu"):
// shown beside an English text that writes "Geneva", such a name reads as a mistake, so a place
// found through another of its names is shown as the text writes it.
import type { Entry, Gazetteer } from './gazetteer.js';
import { stripDecorations } from './mention.js';
import { nameKey } from './normalize.js';

/** All capitals, as in a wire dateline ("THE HAGUE"): not the spelling a reader expects. */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** The written name with its article ("The Hague") when the gazetteer's name carries one, else without. */
function writtenKeys(written: string): string[] {
  const withArticle = written.trim().replace(/['’]s$/i, '').replace(/['’]$/, '');
  return [nameKey(stripDecorations(written)), nameKey(withArticle)];
}

/** Whether `name` is the written name, spelled with or without diacritics and article. */
export function writesName(name: string, written: string): boolean {
  return writtenKeys(written).includes(nameKey(name));
}

/**
 * The display name of `e` as the mention `written` names it: the gazetteer's own name when the
 * text writes that name; a country's or macro-region's name always (their names come from English
 * sources, and "U.S." or "Britain" is no better a label); else the text's own spelling, taken from
 * the entry's names when the text writes it in capitals ("GENEVA" → "Geneva").
 */
export function placeDisplayName(g: Gazetteer, e: Entry, written: string): string {
  if (e.kind === 'C' || e.kind === 'M' || writesName(e.name, written)) return e.name;
  const bare = stripDecorations(written);
  // An abbreviation ("L.A.") or code is no name to show.
  if (/\./.test(bare) || bare.replace(/\W/g, '').length <= 3) return e.name;
  if (!isAllCaps(bare)) return bare;
  return g.spellings(e).find((n) => !isAllCaps(n) && writesName(n, written)) ?? e.name;
}
