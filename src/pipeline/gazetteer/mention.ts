// Turns a place mention as written into the name to look up and what kind of place it must be:
// "the Krasnodar region" → Krasnodar as a region; "Istanbul Ataturk Airport" → a site in Istanbul.

export type Want = 'any' | 'region' | 'site';

export interface ParsedName {
  /** The name to look up, without article, possessive or kind word. */
  name: string;
  want: Want;
  /** For sites: the whole name as written, without article. */
  siteName?: string;
}

const KIND_WORDS = 'region|oblast|krai|kray|province|territory|republic|governorate|prefecture|autonomous okrug|okrug|state|voivodeship|county|district';
const KIND_SUFFIX = new RegExp(`^(.+?)[\\s-]+(?:${KIND_WORDS})$`, 'i');
const KIND_PREFIX = /^(?:republic|region|province|oblast|state) of\s+(.+)$/i;
const AIRPORT = /^(.+?)\s+(?:international\s+|intl\.?\s+)?airport$/i;

/** A point of the compass in lower case: "north", "south-east", "southwest", "east". */
const COMPASS_POINT = '(?:(?:north|south)(?:-?(?:east|west))?|east|west)';

/**
 * "upstate", "downstate": American English for the part of a state away from (or around) its
 * largest city; like "northern", they speak of part of the state ("upstate New York").
 */
const STATE_PART = '(?:up|down)state';

/** "northern", "south-eastern", "central", "west", "upstate" written in lower case before a capitalised name. */
const COMPASS_ADJECTIVE = new RegExp(`^${COMPASS_POINT}(?:ern)?\\s+(?=\\p{Lu})|^(?:central|${STATE_PART})\\s+(?=\\p{Lu})`, 'u');

/**
 * The name without a compass word in lower case before it ("northern Aegean": Aegean), which
 * describes part of the place; null when there is none. Looked up only where the whole is no
 * name ("south Africa" is still South Africa).
 */
export function withoutCompassWord(name: string): string | null {
  return COMPASS_ADJECTIVE.test(name) ? name.replace(COMPASS_ADJECTIVE, '') : null;
}

/** An adjective of direction ("northern", "south-eastern", "upstate") in lower case, ending the text: the part of an area. */
export const DIRECTION_BEFORE = new RegExp(`\\b(?:${COMPASS_POINT}ern|${STATE_PART})\\s+$`);

export function stripDecorations(text: string): string {
  return text
    .trim()
    .replace(/^(?:near|outside|in|at|around)\s+/i, '')
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/i, '')
    .replace(/['’]$/, '')
    .trim();
}

export function parsePlaceName(text: string): ParsedName {
  const bare = stripDecorations(text);
  const airport = AIRPORT.exec(bare);
  if (airport) return { name: airport[1], want: 'site', siteName: bare };
  const suffix = KIND_SUFFIX.exec(bare);
  if (suffix) return { name: suffix[1], want: 'region' };
  const prefix = KIND_PREFIX.exec(bare);
  if (prefix) return { name: prefix[1], want: 'region' };
  return { name: bare, want: 'any' };
}

/**
 * A kind word written just after the mention ("Krasnodar territory", "Kursk Oblast") that the
 * tagger left out: returns how many characters to extend the mention by, or 0.
 * "state" and "republic" count only in lower case ("Washington State University" is not one).
 */
export function kindWordAfter(text: string, end: number): number {
  const m = /^[\s-]+(?:(region|oblast|krai|kray|province|territory|governorate|prefecture|okrug)|(state|republic))\b/i.exec(text.slice(end, end + 24));
  if (!m) return 0;
  if (m[2] && m[2] !== m[2].toLowerCase()) return 0;
  return m[0].length;
}

/** Nouns that, written just after a name, make it an organisation's: "the Ifo institute", "the Lagos firm". */
const ORGANISATION_AFTER = /^[\s-]+(?:institute|university|college|bank|group|company|firm|club|party|foundation|agency|association|council|newspaper|magazine|broadcaster|airline|team)\b/;

/** Whether the words after a place-like name say it names an organisation, not a place. */
export function namesOrganisation(text: string, end: number): boolean {
  return ORGANISATION_AFTER.test(text.slice(end, end + 24));
}
