import { isDisclaimer } from './boilerplate-lexicon.js';
import { MONTH_PATTERN } from './explicit-dates.js';

// Authors from bylines and credit lines: "By X and Y", "Reporting by X; Editing by Y"
// (the reporters and writers are authors, editors are not), and end-of-article author bios
// ("X and Y are senior fellows …"). A name is 1–4 capitalised words; anything else is refused,
// so a sentence fragment never becomes an author.

const NAME_WORD = "(?:[A-Z][\\p{L}'’.-]*|(?:de|da|van|von|der|al|el|bin|ibn|le|la|du|dos|di)(?=\\s))";
const NAME_RE = new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}$`, 'u');
const NOT_NAMES = /^(?:The|Staff|Reuters|AP|AFP|Associated Press|Agencies|Editor|Editors|Our|Correspondent|Staff Writer|News|Admin|Team|Desk)$/;

/** A name with a word that is a role or an account, not a person ("Site Admin", "News Team"): markup marks accounts as authors. */
export function hasRoleWord(name: string): boolean {
  return name.split(/\s+/).some((w) => NOT_NAMES.test(w));
}

/** Words that make a "name" an organisation ("Meridian News Agency", "Staff Desk"): not an author. */
const ORGANISATION = /\b(?:News|Press|Agency|Times|Herald|Journal|Tribune|Gazette|Magazine|Media|Wire|Service|Network|Online|Bureau|Desk|Staff|Newsroom|Editorial)\b/i;
/** A web address or e-mail written as a name ("Example.com", "desk@example.org"): never a person. */
const WEB_ADDRESS = /\p{L}\.[a-z]{2,}\b|@/u;

export function cleanName(raw: string): string | null {
  const name = raw
    .replace(/\s+in\s+[A-Z][\p{L} ,.-]*$/u, '') // "X in Moscow"
    .replace(/\s*\(.*?\)\s*/g, ' ')
    .replace(/^(?:and|&)\s+/i, '')
    .replace(/[.,;:|]+$/, '')
    .trim();
  if (name.length < 3 || name.length > 60) return null;
  if (WEB_ADDRESS.test(name)) return null;
  if (!NAME_RE.test(name) || NOT_NAMES.test(name) || ORGANISATION.test(name) || /[’']s\b/.test(name)) return null;
  if (!/[a-z]/.test(name) && name.split(/\s+/).length < 2) return null;
  return name.split(/\s+/).some((w) => /^[A-Z]/.test(w)) ? name : null;
}

/** Split "X, Y and Z" into names; null when any part is not a name. */
export function splitNames(list: string): string[] | null {
  const parts = list
    .split(/\s*(?:,|;|\band\b|&|\bund\b|\bet\b)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  const names: string[] = [];
  for (const p of parts) {
    const n = cleanName(p);
    if (!n) return null;
    names.push(n);
  }
  return names.length > 0 ? names : null;
}

const CREDIT_RE = /^(?:(?:additional )?reporting|writing|written|text|story|reported|words)\s+by\s+/i;

const BY_RE = /^(?:by|written by|words by|story by|text by|reporting by|reported by|von|par|por|(?:authors?|words|text|reporter|writer)\s*:)\s+(.+)$/i;
// Where the names end: a timestamp, a separator, or "for The Outlet" ("By A | Updated …", "By A June 14, 2025", "By A for X",
// "By A on Monday, May 4th, 2026", "By A - 2026-05-04").
const BYLINE_END = new RegExp(
  `\\s*(?:[|•·]|\\s[-–—]\\s+(?=\\d)|\\s+on\\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|${MONTH_PATTERN}\\s+\\d|\\d)|\\b(?:updated|published|posted|last modified)\\b|\\s(?:for|with|from)\\s+(?:the\\s+)?[A-Z]|,?\\s+(?:${MONTH_PATTERN}\\s+\\d|\\d{1,2}\\s+${MONTH_PATTERN}|\\d{1,2}[:/.]\\d)|\\s+\\d+\\s+(?:min|hours?|days?)\\b)`,
  'iu',
);
/** Outlet-looking words: a part of a byline after the names ("By A, Reuters", "By A, BBC News"). */
const OUTLET = /\b(?:News|Press|Agency|Times|Post|Herald|Journal|Daily|Monitor|Tribune|Gazette|Ledger|Observer|Review|Magazine|Media|Wire|Service|TV|Radio|Network|Online|Today|Insight|Brief|Bureau|Desk|Staff|Correspondents?|Reporters?|Writers?|Editors?)\b|^[A-Z]{2,6}$/;
/** An acronym and a capitalised word after a name ("CNN Business", "AP Auto Writer"): an outlet or desk. */
const ACRONYM_OUTLET = /^[A-Z]{2,6}\s+[A-Z][a-z]/;

const ROLE_SUFFIX = /\s*,?\s*(?:staff writer|staff reporter|special correspondent|(?:senior |chief |foreign |political |security |\w+ )?(?:correspondent|reporter|editor|writer)|contributor|columnist)$/i;

/**
 * Names of a "By …" list. Parts after the first that are outlets, roles or single words (a place)
 * end it; any other part that is not a name refuses the whole line ("By Tuesday, the army …").
 * A byline name has at least two words: "By Tuesday" is not one.
 */
function bylineNames(list: string): string[] | null {
  const parts = list.replace(ROLE_SUFFIX, '').split(/\s*,\s*/);
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i].replace(ROLE_SUFFIX, '');
    if (i > 0 && (OUTLET.test(p) || ROLE.test(p) || ACRONYM_OUTLET.test(p) || !/\s/.test(p.trim()))) break;
    const split = splitNames(p);
    if (!split || split.some((n) => !/\s/.test(n))) return null;
    names.push(...split);
  }
  return names.length > 0 ? names : null;
}

/**
 * Names of an author field in page metadata ("Jill Doe, Example Business", "By A, AP Writer",
 * "Ann Roe. Example International"): like a byline, parts after the first that are outlets, roles
 * or web addresses end the list, but one-word names are kept (a metadata field is meant to hold names).
 */
export function metaAuthorNames(value: string): string[] | null {
  const list = value
    .trim()
    .replace(/^by\s+/i, '')
    // "Name. Outlet": names are listed with commas and "and", so a full stop after a word (not
    // an initial) ends the names.
    .replace(/(?<=\p{Ll}{2})\.\s+\p{Lu}.*$/u, '');
  const parts = list.split(/\s*[,|]\s*/).filter(Boolean);
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i].trim();
    const p = raw.replace(ROLE_SUFFIX, '').trim();
    if (i > 0 && (!p || OUTLET.test(raw) || ROLE.test(raw) || ACRONYM_OUTLET.test(raw) || WEB_ADDRESS.test(raw))) break;
    const split = splitNames(p);
    if (!split) return i > 0 ? (names.length > 0 ? names : null) : null;
    names.push(...split);
  }
  return names.length > 0 ? names : null;
}

/** A byline block ("By X and Y", "By X, Reuters", "Reporting by X; Editing by Y") → authors, or null. */
export function parseByline(line: string): string[] | null {
  const text = line.trim();
  if (text.length > 300) return null;
  const by = BY_RE.exec(text);
  if (by && !/;/.test(by[1])) {
    const cut = BYLINE_END.exec(by[1]);
    const list = (cut ? by[1].slice(0, cut.index) : by[1]).trim();
    return list ? bylineNames(list) : null;
  }
  if (!/\b(?:reporting|writing|written|reported|words)\s+by\b/i.test(text)) return null;
  const authors: string[] = [];
  for (const clause of text.split(/\s*;\s*/)) {
    const c = clause.replace(/^\(|\)\.?$/g, '').trim();
    if (!CREDIT_RE.test(c)) continue;
    const names = splitNames(c.replace(CREDIT_RE, '').replace(/\.$/, ''));
    if (names) authors.push(...names);
  }
  return authors.length > 0 ? authors : null;
}

const ROLE = /\b(?:journalists?|correspondents?|reporters?|editors?|writers?|fellows?|authors?|analysts?|professors?|contributors?|columnists?|researchers?|scholars?|director|lecturer|freelance)\b/i;
const BIO_RE = /^((?:[A-Z][\p{L}'’.-]+\s+){1,3}[A-Z][\p{L}'’.-]+(?:\s*(?:,|and|&)\s*(?:[A-Z][\p{L}'’.-]+\s+){1,3}[A-Z][\p{L}'’.-]+)*)\s+(?:is|are|was|writes|covers|has been)\s+/u;

/** An author bio ("X and Y are senior fellows with …") → the names, or null. */
export function parseAuthorBio(block: string): string[] | null {
  if (block.length > 700 || isDisclaimer(block)) return null;
  const m = BIO_RE.exec(block);
  if (!m) return null;
  // "X covers …" / "X writes about …" is a bio by itself; "X is …" needs a role word.
  if (!/\s(?:covers|writes)\s+$/.test(m[0]) && !ROLE.test(block)) return null;
  return splitNames(m[1]);
}
