// The name a reader sees for a place on the map and its entity page. The gazetteer's city and
// region names come from sources that often give the local spelling ("Genève", "Nord-Kivu"):
// shown beside an English text that writes "Geneva", such a name reads as a mistake, so a place
// found through another of its names is shown as the text writes it.
import type { Entry, Gazetteer } from './gazetteer.js';
import { parsePlaceName, stripDecorations } from './mention.js';
import { nameKey } from './normalize.js';
import { dataWordList } from '../lexicon-files.js';

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

/** Whether one key's words run inside the other's ("new york" in "new york city", "texas" in "texas state"). */
function oneInOther(a: string, b: string): boolean {
  return a !== b && (` ${b} `.includes(` ${a} `) || ` ${a} `.includes(` ${b} `));
}

/**
 * The display name of `e` as the mention `written` names it: the text's own spelling when it is a
 * reader's ("Geneva", "Montreal", not the source's "Genève", "Montréal"), else the entry's spelling
 * of that name ("GENEVA" → "Geneva"). A country's or macro-region's name always (their names come
 * from English sources, and "U.S." or "Britain" is no better a label), and so is the gazetteer's
 * name where it only adds to the written one ("New York City", "Washington, D.C.") or the text adds
 * a kind word ("Texas state"): those say which place is meant.
 */
export function placeDisplayName(g: Gazetteer, e: Entry, written: string): string {
  if (e.kind === 'C' || e.kind === 'M') return e.name;
  const bare = stripDecorations(written);
  if (keepsKindWord(g, e, written)) return isAllCaps(bare) ? readerCase(bare) : bare;
  // An abbreviation ("L.A.") or code is no name to show.
  if (/\./.test(bare) || bare.replace(/\W/g, '').length <= 3) return e.name;
  if (writtenKeys(written).some((k) => oneInOther(k, nameKey(e.name)))) return e.name;
  const spellings = g.spellings(e).filter((n) => !isAllCaps(n));
  const forms = [written.trim(), bare].map((w) => w.toLowerCase());
  const same = spellings.find((n) => forms.includes(n.toLowerCase()));
  if (same) return same;
  if (!isAllCaps(bare)) return bare;
  // the written letters in a reader's case ("MONTREAL" → "Montreal", not the source's "Montréal")
  return writesName(e.name, written) ? readerCase(bare) : (spellings.find((n) => writesName(n, written)) ?? e.name);
}

/**
 * A region written with its kind word ("the Moscow region") whose bare name is also a town's of the
 * same country: the kind word is all that tells the two apart on the map and in an export, so it stays.
 */
function keepsKindWord(g: Gazetteer, e: Entry, written: string): boolean {
  if (e.kind !== 'R') return false;
  const parsed = parsePlaceName(written);
  if (parsed.want !== 'region' || nameKey(parsed.name) !== nameKey(e.name)) return false;
  return g.byKey(nameKey(e.name)).some((o) => o.kind === 'P' && o.cc === e.cc);
}

/** Words that stay lower case inside a place name ("Rio de Janeiro", "Dar es Salaam", "Port-au-Prince"). */
const PARTICLES = new Set(dataWordList('words', 'place-name-particles.txt'));

/** "NEW YORK" → "New York": each word capitalised, particles after the first word in lower case. */
export function readerCase(caps: string): string {
  return caps
    .toLowerCase()
    .replace(/\p{L}+/gu, (w, at: number) => (at > 0 && PARTICLES.has(w) ? w : w[0].toUpperCase() + w.slice(1)));
}
