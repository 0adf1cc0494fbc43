// Titles before a person's name (data/honorifics.txt): "Mr Howard", "Dr Ng", "Sir Alan Budd".
// News house styles put a title before most later mentions of a person; the title marks the
// name as a person and, for linking, is not part of the name.
import { readFileSync } from 'node:fs';
import { projectPath } from '../../paths.js';

export interface Honorifics {
  titles: Set<string>;
  /** Words that after a title name an office, not a person ("Lord Chancellor"). */
  offices: Set<string>;
  /** Letters after a person's name ("QC", "MP"). */
  postNominals: Set<string>;
  /** Titles followed by a given (regnal) name, never a surname ("King Hussein", "Princess Haya"). */
  givenName: Set<string>;
  /** Ranks and offices among `titles` ("Sgt", "Gov"): outside the name's span. */
  ranks: Set<string>;
}

export function parseHonorifics(text: string): Honorifics {
  const titles = new Set<string>();
  const offices = new Set<string>();
  const postNominals = new Set<string>();
  const givenName = new Set<string>();
  const ranks = new Set<string>();
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (line.startsWith('!')) offices.add(line.slice(1));
    else if (line.startsWith('+')) postNominals.add(line.slice(1));
    else if (line.startsWith('=')) givenName.add(line.slice(1));
    else if (line.startsWith('-')) {
      titles.add(line.slice(1));
      ranks.add(line.slice(1));
    }
    else titles.add(line);
  }
  return { titles, offices, postNominals, givenName, ranks };
}

let shipped: Honorifics | undefined;

export function shippedHonorifics(): Honorifics {
  shipped ??= parseHonorifics(readFileSync(projectPath('data', 'honorifics.txt'), 'utf8'));
  return shipped;
}

// a title's stop may stand apart in pre-tokenised text ("Sgt . Ray")
const LEADING = /^(\p{Lu}[\p{L}]*)(?: ?\.)?\s+(?=(\p{Lu}[\p{L}'’-]*))/u;

/** "Mr Howard" → { title: "Mr", name: "Howard" }; a name without a title → { title: null, name }. */
export function splitHonorific(text: string, h: Honorifics = shippedHonorifics()): { title: string | null; name: string } {
  const m = LEADING.exec(text);
  if (!m || !h.titles.has(m[1]) || h.offices.has(m[2])) return { title: null, name: text };
  return { title: m[1], name: text.slice(m[0].length) };
}

/** "King Hussein" → { title: "King", name: "Hussein" }: a title that names by given name; else { title: null, name }. */
export function splitGivenNameTitle(text: string, h: Honorifics = shippedHonorifics()): { title: string | null; name: string } {
  const m = LEADING.exec(text);
  if (!m || !h.givenName.has(m[1])) return { title: null, name: text };
  return { title: m[1], name: text.slice(m[0].length) };
}

// spaces only between title and name: a line break ends the title's line ("Biloxi, Miss." closing a
// paragraph is no "Miss" of the name opening the next)
const TRAILING = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}]*)(?: ?\.)?[ \t]+$/u;

/** The title written just before offset `start` of `text` ("Mr " before "Howard"), if any. */
export function titleBefore(text: string, start: number, h: Honorifics = shippedHonorifics(), titles: Set<string> = h.titles): string | null {
  const m = TRAILING.exec(text.slice(Math.max(0, start - 16), start));
  if (!m || !titles.has(m[1])) return null;
  const next = /^\p{Lu}[\p{L}'’-]*/u.exec(text.slice(start));
  if (next && h.offices.has(next[0])) return null;
  return m[1];
}

/** "Guy Mansfield QC" → { name: "Guy Mansfield", letters: "QC", plural: false }; "Labour MPs" → plural. */
export function splitPostNominal(text: string, h: Honorifics = shippedHonorifics()): { name: string; letters: string | null; plural: boolean } {
  const m = /(?:^|\s+)(\p{Lu}+)(s?)$/u.exec(text);
  if (!m || !h.postNominals.has(m[1])) return { name: text, letters: null, plural: false };
  return { name: text.slice(0, m.index), letters: m[1], plural: m[2] === 's' };
}
